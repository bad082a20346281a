/**
 * Delivery throughput: reports from the outbox to a local webhook receiver (signed HTTP POSTs), by the real worker
 * on a real SQLite store, at a few worker concurrencies.
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

async function run(concurrency: number, reports: number) {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reports`;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-delivery-'));
  const db = openSqlite(dir);
  await migrate(db);
  const store = new SqlReportStore(db, 'DG');
  for (let i = 0; i < reports; i++) await store.submit(`bench-${i}`, (ref) => sampleReport(ref, { queues: ['bench-webhook'] }));
  const queue: QueueOf<'webhook'> = { id: 'bench-webhook', name: 'Bench', partner: 'Bench', transport: 'webhook', url, signingKeySetting: 'X', timeoutMs: 10_000 };
  const worker = new DeliveryWorker({ outbox: store, queues: [queue], transports: new Map([[queue.id, new WebhookTransport(queue, 'bench-key')]]), log: createLogger('silent'), concurrency, pollMs: 5 });
  const started = process.hrtime.bigint();
  worker.start();
  while ((await store.stats()).pending > 0) await new Promise((r) => setTimeout(r, 5));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await worker.stop();
  await store.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
  return { concurrency, reports, received, seconds: +seconds.toFixed(2), reportsPerSecond: Math.round(reports / seconds) };
}

export async function benchDelivery(reports = Number(process.env.BENCH_DELIVERY_REPORTS ?? 1000)) {
  const runs = [];
  for (const concurrency of [1, 4, 16]) runs.push(await run(concurrency, reports));
  const file = saveResult('delivery', { transport: 'webhook (local receiver, SQLite outbox)', runs });
  console.log(`Delivery throughput (${reports} reports, outbox → local webhook receiver)`);
  console.log(table(runs.map((r) => [`worker concurrency ${r.concurrency} (reports/s)`, r.reportsPerSecond, `${r.received} received in ${r.seconds} s`])));
  console.log(`  → ${file}`);
  return runs;
}

if (require.main === module) void benchDelivery();
