/**
 * Delivery throughput: reports from the outbox to a local webhook receiver (signed HTTP POSTs), by the real worker
 * on a real SQLite store, at a few worker concurrencies; then the same with every report also routed to a second
 * partner whose receiver takes every request and never answers (each attempt ends at the queue's 10 s timeout):
 * how fast the healthy partner still gets its reports.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { QueueOf } from '../services/config/deployment';
import { createLogger } from '../services/logging/logger';
import { WebhookTransport } from '../services/delivery/transports/webhook';
import { DeliveryWorker } from '../services/delivery/worker';
import { migrate, openSqlite, SqlReportStore } from '../services/store/sqlStore';
import { sampleReport } from '../test/fixtures/delivery';
import { saveResult, table } from './lib';

/** A local receiver: answers 200 at once, or (hang) takes the request and never answers. */
async function receiver(hang: boolean) {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      if (hang) return;
      res.writeHead(200);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const queue: QueueOf<'webhook'> = {
    id: hang ? 'bench-hanging' : 'bench-webhook',
    name: 'Bench',
    partner: 'Bench',
    transport: 'webhook',
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/reports`,
    signingKeySetting: 'X',
    timeoutMs: 10_000,
  };
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { queue, received: () => received, close };
}

async function run(concurrency: number, reports: number, withHangingPartner = false) {
  const partners = [await receiver(false), ...(withHangingPartner ? [await receiver(true)] : [])];
  const [healthy] = partners;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-delivery-'));
  const db = openSqlite(dir);
  await migrate(db);
  const store = new SqlReportStore(db, 'DG');
  const queues = partners.map((p) => p.queue);
  // The hanging partner's row comes first in each report, so it is first in the outbox.
  for (let i = 0; i < reports; i++) await store.submit(`bench-${i}`, (ref) => sampleReport(ref, { queues: queues.map((q) => q.id).reverse() }));
  const transports = new Map(queues.map((q) => [q.id, new WebhookTransport(q, 'bench-key')]));
  const worker = new DeliveryWorker({ outbox: store, queues, transports, log: createLogger('silent'), concurrency, pollMs: 5 });
  const started = process.hrtime.bigint();
  worker.start();
  const pending = () =>
    db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('queue_id', '=', healthy!.queue.id)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
  while ((await pending()).n > 0) await new Promise((r) => setTimeout(r, 5));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const p of partners) p.close();
  await worker.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    concurrency,
    reports,
    withHangingPartner,
    received: healthy!.received(),
    seconds: +seconds.toFixed(2),
    reportsPerSecond: Math.round(reports / seconds),
  };
}

export async function benchDelivery(reports = Number(process.env.BENCH_DELIVERY_REPORTS ?? 1000)) {
  const runs = [];
  for (const concurrency of [1, 4, 16]) runs.push(await run(concurrency, reports));
  for (const concurrency of [4, 16]) runs.push(await run(concurrency, reports, true));
  const file = saveResult('delivery', { transport: 'webhook (local receiver, SQLite outbox)', runs });
  console.log(`Delivery throughput (${reports} reports, outbox → local webhook receiver)`);
  console.log(
    table(
      runs.map((r) => [
        `worker concurrency ${r.concurrency}${r.withHangingPartner ? ', a second partner hangs' : ''} (reports/s)`,
        r.reportsPerSecond,
        `${r.received} received in ${r.seconds} s`,
      ]),
    ),
  );
  console.log(`  → ${file}`);
  return runs;
}

if (require.main === module) void benchDelivery();
