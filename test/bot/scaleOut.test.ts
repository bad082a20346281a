import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { migrate, openPostgres } from '../../services/store/database';
import { SqlReportStore } from '../../services/store/sqlStore';
import { configWith, sampleReport } from '../fixtures/delivery';
import { requirePostgres, tempPostgres } from '../fixtures/postgres';
import { WebhookReceiver } from '../fixtures/receiver';
import { Resident, texts } from '../fixtures/resident';
import { ROOT } from '../fixtures/services';
import { REFERENCE } from '../fixtures/walk';

const KEY = 'scale-out-signing-key';

/** A bot process (node itself, so signals reach it) on a free port; resolves with its URL. */
async function startBot(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', () => {
      const m = /Bot running: (http:\/\/[^/\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`bot exited ${code}:\n${out}`)));
  });
  return {
    url,
    child,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('scale-out: two bot processes on one PostgreSQL database', function () {
  this.timeout(120_000);
  before(async function () {
    await requirePostgres(this);
  });

  it('a conversation alternating between them completes into one report; 200 reports reach the partner exactly once each', async () => {
    const pg = await tempPostgres();
    const receiver = await new WebhookReceiver(KEY).start();
    const config = configWith({ 'kent-police': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never, 'dartford-csu': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never });
    const db = openPostgres(pg.url, 4);
    await migrate(db);
    const env = { DATABASE_URL: pg.url, CONFIG_DIR: config.dir, WEBHOOK_KEY: KEY, DELIVERY_POLL_MS: '20', DELIVERY_CONCURRENCY: '8', PUBLIC_BASE_URL: 'https://report.example/' };
    const [a, b] = await Promise.all([startBot(env), startBot(env)]);
    try {
      // One resident, each turn to the other instance (as a load balancer might send them).
      const resident = new Resident(a.url);
      const bots = [a.url, b.url];
      let turn = 0;
      const say = async (text: string) => {
        resident.baseUrl = bots[turn++ % 2]!;
        return texts(await resident.say(text));
      };
      await resident.join();
      assert.match(await say('Report something'), /own words/);
      assert.match(await say('Drug dealing from a car in the station car park every night'), /Is that right/);
      // A channel resend of the same activity reaches both instances at once: one answers, the other ignores it.
      const yes = resident.activity({ text: 'Yes' });
      const [ra, rb] = await Promise.all([new Resident(a.url).resend(yes), new Resident(b.url).resend(yes)]);
      assert.equal([ra, rb].filter((r) => r.length > 0).length, 1, 'one instance handled it');
      assert.match(texts([...ra, ...rb]), /because of who/);
      // Two different messages at once, one to each instance, in either order: "help" changes nothing, "No"
      // answers the question. Turns are serialised per conversation across instances (a lock in the database), so
      // whichever runs second sees the first one's state: the answer is never lost to a stale write.
      await Promise.all([new Resident(a.url).resend(resident.activity({ text: 'help' })), new Resident(b.url).resend(resident.activity({ text: 'No' }))]);
      assert.match(await say('I saw it'), /When/, 'the answer "No" was kept and the next question asked');
      for (const [text, expected] of [['last night', /Where/], ['Temple Hill', /anyone involved/], ['Skip', /hurt/], ['No', /affecting/], ['Skip', /anonymous/], ['Stay anonymous', /Shall I send it/]] as const) {
        assert.match(await say(text), expected);
      }
      const done = await say('Send it');
      const reference = REFERENCE.exec(done)![0];
      const store = new SqlReportStore(db, 'DG', undefined, 'postgres');
      const reports = await store.listReports();
      assert.deepEqual(reports.map((r) => r.reference), [reference]);
      assert.equal(reports[0]!.categories[0], 'drugs');
      assert.equal(reports[0]!.reporterRole, 'witness');
      assert.equal(reports[0]!.where.borough, 'dartford');
      assert.deepEqual(reports[0]!.queues, ['kent-police', 'dartford-csu']);

      // 200 more reports: both instances' workers deliver; each key arrives exactly once.
      const expected = new Set((await store.deliveries(reference)).map((d) => d.idempotencyKey));
      for (let i = 0; i < 200; i++) {
        const { reference: ref } = await store.submit(`bulk-${i}`, (r) => sampleReport(r, { queues: ['kent-police', 'dartford-csu'], where: { text: 'Dartford', borough: 'dartford' } }));
        expected.add(`${ref}:kent-police`).add(`${ref}:dartford-csu`);
      }
      const deadline = Date.now() + 60_000;
      while ((await store.stats()).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.equal((await store.stats()).pending, 0);
      assert.equal(receiver.all.length, expected.size, 'no key was sent twice');
      assert.deepEqual(new Set(receiver.all.map((r) => r.key)), expected);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await db.destroy();
      await receiver.stop();
      config.remove();
      await pg.drop();
    }
  });
});
