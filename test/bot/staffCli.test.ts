import assert from 'node:assert/strict';
import { createLogger } from '../../services/logging/logger';
import { DeliveryWorker } from '../../services/delivery/worker';
import { PermanentDeliveryError, TransientDeliveryError, type Transport } from '../../services/delivery/transport';
import { loadDeploymentConfig } from '../../services/config/deployment';
import { waitFor } from '../fixtures/waitFor';
import { submitReports, tempStore } from '../fixtures/delivery';
import { runScript } from '../fixtures/botProcess';
import { CONFIG_DIR } from '../fixtures/services';
import { LogCapture } from '../fixtures/app';

const cli = (dataDir: string, ...args: string[]) => runScript('bot/cli/reports.ts', args, { DATA_DIR: dataDir });

describe('staff CLI: deliveries, dead letters, retry, history', function () {
  this.timeout(60_000);

  it('lists deliveries by queue and status, shows dead letters with their error, retries them, and shows history', async () => {
    const st = await tempStore();
    try {
      const deployment = loadDeploymentConfig(CONFIG_DIR);
      const keys = await submitReports(st.store, 2, ['kent-police', 'gravesham-csu']);
      // kent-police refuses for good; gravesham-csu fails once, then takes it.
      let calls = 0;
      const transports = new Map<string, Transport>([
        ['kent-police', { send: async () => Promise.reject(new PermanentDeliveryError('http_403')) }],
        ['gravesham-csu', { send: async () => (calls++ < 2 ? Promise.reject(new TransientDeliveryError('http_503')) : undefined) }],
      ]);
      const worker = new DeliveryWorker({
        outbox: st.store,
        queues: deployment.queues,
        transports,
        log: createLogger('silent'),
        baseDelayMs: 10,
        maxDelayMs: 10,
        random: () => 0,
      });
      // Until every row has its final state (the retry is due 10 ms after the failure).
      await waitFor(async () => {
        await worker.runOnce();
        return (await st.store.stats()).pending === 0;
      }, 'every delivery delivered or dead');

      const dead = cli(st.dir, 'dead-letters');
      assert.equal(dead.status, 0, dead.stderr);
      const deadRows = dead.stdout.trim().split('\n').slice(1);
      assert.equal(deadRows.length, 2);
      for (const row of deadRows) assert.match(row, /\tkent-police\tdead\t1\t.*\thttp_403$/);

      const byQueue = cli(st.dir, 'deliveries', '--queue', 'gravesham-csu');
      assert.equal(
        byQueue.stdout
          .trim()
          .split('\n')
          .slice(1)
          .filter((l) => /\tgravesham-csu\tdelivered\t2\t/.test(l)).length,
        2,
      );
      const delivered = cli(st.dir, 'deliveries', '--status', 'delivered');
      assert.equal(delivered.stdout.trim().split('\n').length - 1, 2);
      assert.match(cli(st.dir, 'deliveries', '--status', 'lost').stderr, /--status must be pending, delivered or dead/);

      const reference = keys[0]!.split(':')[0]!;
      const shown = JSON.parse(cli(st.dir, 'show', reference).stdout);
      const police = shown.deliveries.find((d: { queueId: string }) => d.queueId === 'kent-police');
      assert.deepEqual(
        police.history.map((h: { outcome: string; errorClass: string }) => [h.outcome, h.errorClass]),
        [['dead', 'http_403']],
      );
      const csu = shown.deliveries.find((d: { queueId: string }) => d.queueId === 'gravesham-csu');
      assert.deepEqual(
        csu.history.map((h: { outcome: string }) => h.outcome),
        ['retry', 'delivered'],
      );

      const firstDeadId = deadRows[0]!.split('\t')[0]!;
      assert.match(cli(st.dir, 'retry', firstDeadId).stdout, /^1 delivery will be tried again now\./);
      assert.match(cli(st.dir, 'retry', '--all-dead').stdout, /^1 delivery will be tried again now\./);
      assert.equal((await st.store.stats()).pending, 2);
      assert.equal((await st.store.stats()).dead, 0);
      assert.match(cli(st.dir, 'retry').stderr, /retry needs delivery ids/);
    } finally {
      await st.close();
    }
  });

  it('warns in the log when the oldest undelivered report passes the threshold', async () => {
    const st = await tempStore();
    try {
      await submitReports(st.store, 1, ['kent-police']);
      const logs = new LogCapture();
      let now = new Date();
      const worker = new DeliveryWorker({
        outbox: st.store,
        queues: loadDeploymentConfig(CONFIG_DIR).queues,
        transports: new Map([['kent-police', { send: async () => Promise.reject(new TransientDeliveryError('http_503')) }]]),
        log: createLogger('info', logs),
        backlogWarnMs: 60_000,
        baseDelayMs: 10_000,
        pollMs: 10,
        now: () => now,
      });
      worker.start();
      await waitFor(async () => (await st.store.listDeliveries())[0]!.attempts > 0, 'the first attempt');
      assert.doesNotMatch(logs.text, /outbox backlog/, 'a fresh report is not a backlog');
      now = new Date(Date.now() + 5 * 60_000);
      await waitFor(() => /outbox backlog/.test(logs.text), 'the backlog warning');
      await worker.stop();
      assert.match(logs.text, /"pending":1,"oldestPendingAgeSeconds":3\d\d.*outbox backlog/);
    } finally {
      await st.close();
    }
  });
});
