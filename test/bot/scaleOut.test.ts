import assert from 'node:assert/strict';
import { migrate, openPostgres } from '../../services/store/database';
import { SqlReportStore } from '../../services/store/sqlStore';
import { waitFor } from '../fixtures/waitFor';
import { startBotProcess } from '../fixtures/botProcess';
import { configWith, sampleReport } from '../fixtures/delivery';
import { requirePostgres, tempPostgres } from '../fixtures/postgres';
import { WebhookReceiver } from '../fixtures/receiver';
import { Resident, texts } from '../fixtures/resident';
import { REFERENCE } from '../fixtures/walk';

const KEY = 'scale-out-signing-key';

describe('scale-out: two bot processes on one PostgreSQL database', function () {
  this.timeout(120_000);
  before(async function () {
    await requirePostgres(this);
  });

  it('a conversation alternating between them completes into one report; 200 reports reach the partner exactly once each', async () => {
    const pg = await tempPostgres();
    const receiver = await new WebhookReceiver(KEY).start();
    const config = configWith({
      'kent-police': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never,
      'dartford-csu': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never,
    });
    const { db } = openPostgres(pg.url, 4);
    await migrate(db);
    const env = {
      DATABASE_URL: pg.url,
      CONFIG_DIR: config.dir,
      WEBHOOK_KEY: KEY,
      DELIVERY_POLL_MS: '20',
      DELIVERY_CONCURRENCY: '8',
      PUBLIC_BASE_URL: 'https://report.example/',
    };
    const env2 = { ...env, LOG_LEVEL: 'warn' };
    const [a, b] = await Promise.all([startBotProcess('bot/index.ts', env2), startBotProcess('bot/index.ts', env2)]);
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
      await Promise.all([
        new Resident(a.url).resend(resident.activity({ text: 'help' })),
        new Resident(b.url).resend(resident.activity({ text: 'No' })),
      ]);
      assert.match(await say('I saw it'), /When/, 'the answer "No" was kept and the next question asked');
      for (const [text, expected] of [
        ['last night', /Where/],
        ['Temple Hill', /anyone involved/],
        ['Skip', /hurt/],
        ['No', /affecting/],
        ['Skip', /anonymous/],
        ['Stay anonymous', /Shall I send it/],
      ] as const) {
        assert.match(await say(text), expected);
      }
      const done = await say('Send it');
      const reference = REFERENCE.exec(done)![0];
      const store = new SqlReportStore(db, 'DG', undefined, 'postgres');
      const reports = await store.listReports();
      assert.deepEqual(
        reports.map((r) => r.reference),
        [reference],
      );
      assert.equal(reports[0]!.categories[0], 'drugs');
      assert.equal(reports[0]!.reporterRole, 'witness');
      assert.equal(reports[0]!.where.borough, 'dartford');
      assert.deepEqual(reports[0]!.queues, ['kent-police', 'dartford-csu']);

      // 200 more reports: both instances' workers deliver; each key arrives exactly once.
      const expected = new Set((await store.deliveries(reference)).map((d) => d.idempotencyKey));
      for (let i = 0; i < 200; i++) {
        const { reference: ref } = await store.submit(`bulk-${i}`, (r) =>
          sampleReport(r, { queues: ['kent-police', 'dartford-csu'], where: { text: 'Dartford', borough: 'dartford' } }),
        );
        expected.add(`${ref}:kent-police`).add(`${ref}:dartford-csu`);
      }
      await waitFor(async () => (await store.stats()).pending === 0, 'every delivery', 60_000, 100);
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
