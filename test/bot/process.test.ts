import assert from 'node:assert/strict';
import { runScript, startBotProcess } from '../fixtures/botProcess';
import { Resident, texts } from '../fixtures/resident';
import { useTempDir } from '../fixtures/services';
import { REFERENCE } from '../fixtures/walk';



describe('the bot as a process (npm start, CLIs)', function () {
  this.timeout(90_000);
  const tmp = useTempDir();

  it('refuses to start in production without a Microsoft app id, naming the setting', () => {
    const r = runScript('bot/index.ts', [], { NODE_ENV: 'production', DATA_DIR: tmp.dir });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Setting MicrosoftAppId: is required when NODE_ENV is production/);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
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
    for (const t of ['Report something', 'Someone dumped rubbish and a fridge by the garages', 'Yes', 'No', 'I saw it', 'today', 'DA10 0AA', 'Skip', 'No', 'Skip', 'Stay anonymous', 'Send it']) {
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
    assert.deepEqual(shown.deliveries.map((d: { queueId: string }) => d.queueId), ['dartford-environment']);

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

  it('classify reads JSON lines and writes one JSON line each (DESIGN.md 4.1)', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Loud music every night from the flat upstairs' }),
      JSON.stringify({ id: 'b', text: 'He has a knife and is outside my door right now' }),
      'not json',
    ].join('\n');
    const r = runScript('bot/cli/classify.ts', [], {}, input);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.deepEqual(Object.keys(lines[0]), ['id', 'categories', 'hate', 'strands', 'emergency']);
    assert.equal(lines[0].id, 'a');
    assert.equal(lines[0].categories[0], 'noise');
    assert.equal(lines[1].emergency, true);
    assert.equal(lines[2].error, 'not JSON');
  });
});
