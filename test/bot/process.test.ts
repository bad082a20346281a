import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeVersionProblem } from '../../bot/requireNode';
import { runScript, startBotProcess } from '../fixtures/botProcess';
import { Resident, texts } from '../fixtures/resident';
import { ROOT, useTempDir } from '../fixtures/services';
import { REFERENCE } from '../fixtures/walk';

describe('the bot as a process (npm start, CLIs)', function () {
  this.timeout(90_000);
  const tmp = useTempDir();

  it('refuses to start in production without a Microsoft app id, naming the setting', () => {
    const r = runScript('bot/index.ts', [], {
      NODE_ENV: 'production',
      DATA_DIR: tmp.dir,
      WEBCHAT_ENABLED: 'false',
      STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Setting MicrosoftAppId: is required when NODE_ENV is production/);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  });

  it('refuses to start in production with the web chat on but no Direct Line secret (its token endpoint could only fail)', () => {
    const r = runScript('bot/index.ts', [], {
      NODE_ENV: 'production',
      DATA_DIR: tmp.dir,
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
    });
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    assert.match(r.stderr, /^Setting DIRECTLINE_SECRET: is required when NODE_ENV is production and the web chat is on/);
  });

  it('on an older Node.js, stops with a message naming the version needed (it used to crash with none)', function () {
    const old = '/usr/bin/node';
    if (!existsSync(old) || !execFileSync(old, ['--version'], { encoding: 'utf8' }).startsWith('v20')) {
      // The check itself, without a Node 20 on this machine to run it under.
      assert.match(nodeVersionProblem('20.20.2') ?? '', /needs Node\.js 22 or later .*this is Node\.js 20\.20\.2/);
      assert.equal(nodeVersionProblem('24.1.0'), undefined);
      return;
    }
    const r = spawnSync(old, [path.join(ROOT, 'node_modules/.bin/tsx'), 'bot/index.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: tmp.dir, PORT: '0' },
      timeout: 30_000,
    });
    assert.equal(r.status, 1, `exit status (signal ${r.signal})`);
    assert.match(r.stderr, /This bot needs Node\.js 22 or later \(Node\.js 24 LTS recommended\); this is Node\.js 20\./);
  });

  it('stops at start-up on a bad setting with one line naming it', () => {
    const r = runScript('bot/index.ts', [], { PORT: 'seventy', DATA_DIR: tmp.dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim(), 'Setting PORT: must be a whole number between 1 and 65535 (got "seventy")');
  });

  it('starts, files a report, and shuts down gracefully on SIGTERM; the reports CLI shows it', async () => {
    const bot = await startBotProcess('bot/index.ts', { DATA_DIR: tmp.dir, LOG_LEVEL: 'info' });
    const { url } = bot;
    const resident = new Resident(url);
    await resident.join();
    let last = '';
    for (const t of [
      'Report something',
      'Someone dumped rubbish and a fridge by the garages',
      'Yes',
      'No',
      'I saw it',
      'today',
      'DA10 0AA',
      'Skip',
      'No',
      'Skip',
      'Stay anonymous',
      'Send it',
    ]) {
      last = texts(await resident.say(t));
    }
    const reference = REFERENCE.exec(last)?.[0];
    assert.ok(reference, last);
    assert.equal(await bot.stop(), 0, 'a clean exit after SIGTERM');
    assert.match(bot.output(), /shutting down/);

    const show = runScript('bot/cli/reports.ts', ['show', reference.toLowerCase()], { DATA_DIR: tmp.dir });
    assert.equal(show.status, 0, show.stderr);
    const shown = JSON.parse(show.stdout);
    assert.equal(shown.reference, reference);
    assert.deepEqual(shown.queues, ['dartford-environment']);
    assert.deepEqual(
      shown.deliveries.map((d: { queueId: string }) => d.queueId),
      ['dartford-environment'],
    );

    const exported = runScript('bot/cli/reports.ts', ['export', '--since', '2020-01-01'], { DATA_DIR: tmp.dir });
    assert.equal(exported.status, 0, exported.stderr);
    const all = JSON.parse(exported.stdout);
    assert.equal(all.length, 1);
    assert.equal(all[0].schemaVersion, 1);
    assert.equal(all[0].where.borough, 'dartford');
    const none = runScript('bot/cli/reports.ts', ['export', '--since', '2999-01-01'], { DATA_DIR: tmp.dir });
    assert.deepEqual(JSON.parse(none.stdout), []);

    const list = runScript('bot/cli/reports.ts', ['list'], { DATA_DIR: tmp.dir });
    assert.match(list.stdout, new RegExp(`^${reference}\\t.*\\tdartford\\tenvironmental\\t-\\tdartford-environment$`, 'm'));

    const missing = runScript('bot/cli/reports.ts', ['show', 'DG-22222-22222'], { DATA_DIR: tmp.dir });
    assert.notEqual(missing.status, 0);
    const bad = runScript('bot/cli/reports.ts', ['export', '--since', 'yesterday-ish'], { DATA_DIR: tmp.dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--since must be an ISO 8601 date/);
  });

  it('classify reads JSON lines and writes one JSON line each (docs/architecture.md 4.1)', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Loud music every night from the flat upstairs' }),
      JSON.stringify({ id: 'b', text: 'He has a knife and is outside my door right now' }),
      'not json',
    ].join('\n');
    const r = runScript('bot/cli/classify.ts', [], {}, input);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.deepEqual(Object.keys(lines[0]), ['id', 'categories', 'hate', 'strands', 'danger', 'emergency']);
    assert.equal(lines[0].danger, 'none');
    assert.equal(lines[1].danger, 'now');
    assert.equal(lines[0].id, 'a');
    assert.equal(lines[0].categories[0], 'noise');
    assert.equal(lines[1].emergency, true);
    assert.equal(lines[2].error, 'not JSON');
  });
});
