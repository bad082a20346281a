import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { configWith, submitReports, tempStore } from '../../fixtures/delivery';
import { WebhookReceiver } from '../../fixtures/receiver';
import { ROOT } from '../../fixtures/services';

const KEY = 'crash-test-signing-key';

describe('crash safety: a worker killed with SIGKILL at random points loses nothing, and what it resends carries the same key', function () {
  this.timeout(180_000);

  it('200 reports reach both routed queues; the receiver processes each key once', async () => {
    const receiver = await new WebhookReceiver(KEY).start();
    receiver.delayMs = 40; // partners take a moment: kills land between "received" and "marked delivered"
    const st = await tempStore();
    const config = configWith({
      'kent-police': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never,
      'gravesham-csu': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never,
    });
    const expected = await submitReports(st.store, 200, ['kent-police', 'gravesham-csu']);
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: st.dir,
      CONFIG_DIR: config.dir,
      WEBHOOK_KEY: KEY,
      LOG_LEVEL: 'silent',
      DELIVERY_CONCURRENCY: '4',
      DELIVERY_LEASE_MS: '1000',
      DELIVERY_BASE_DELAY_MS: '20',
      DELIVERY_MAX_DELAY_MS: '200',
      DELIVERY_POLL_MS: '20',
    };
    // A fixed sequence of "random" kill times, so a failure can be replayed.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let kills = 0;
    try {
      for (let round = 0; round < 40; round++) {
        const pending = (await st.store.stats()).pending;
        if (pending === 0) break;
        // node itself (not the tsx launcher, which would outlive a SIGKILL of its own process as an orphan child).
        const child = spawn(process.execPath, ['--import', 'tsx', 'bot/worker.ts'], { cwd: ROOT, env, stdio: 'ignore' });
        const exited = new Promise((resolve) => child.once('exit', resolve));
        const lastRounds = round >= 12;
        // Early rounds: killed 0-1.2 s after the partner saw this worker's first request (start-up time varies with
        // the machine's load, so the clock starts there); later rounds run to the end.
        const before = receiver.all.length;
        if (!lastRounds) {
          const startedBy = Date.now() + 20_000;
          while (receiver.all.length === before && Date.now() < startedBy) await new Promise((r) => setTimeout(r, 5));
          await new Promise((r) => setTimeout(r, random() * 1200));
          child.kill('SIGKILL');
          if (receiver.all.length > before) kills++;
        } else {
          const deadline = Date.now() + 30_000;
          while ((await st.store.stats()).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
          child.kill('SIGTERM');
        }
        await exited;
      }
      const stats = await st.store.stats();
      assert.equal(stats.pending, 0, 'nothing left undelivered');
      assert.equal(stats.dead, 0);
      assert.ok(kills >= 3, `the worker was killed mid-delivery ${kills} times`);
      assert.deepEqual([...receiver.processed.keys()].sort(), [...expected].sort(), 'every report reached every routed queue');
      assert.ok(receiver.all.every((r) => r.signatureValid));
      assert.ok(receiver.all.length > expected.length, 'some deliveries were interrupted after the partner had them, and were sent again');
      const duplicates = receiver.all.length - receiver.processed.size;
      console.log(
        `      ${kills} kills mid-delivery; ${receiver.all.length} requests for ${expected.length} keys (${duplicates} resent, caught by the receiver's dedupe)`,
      );
      const delivered = await st.store.listDeliveries({ status: 'delivered' });
      assert.equal(delivered.length, expected.length);
    } finally {
      await receiver.stop();
      await st.close();
      config.remove();
    }
  });
});
