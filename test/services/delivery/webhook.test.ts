import assert from 'node:assert/strict';
import { createLogger } from '../../../services/logging/logger';
import { DeliveryWorker } from '../../../services/delivery/worker';
import { createTransports } from '../../../services/delivery/transports';
import { waitFor } from '../../fixtures/waitFor';
import { configWith, submitReports, tempStore } from '../../fixtures/delivery';
import { WebhookReceiver } from '../../fixtures/receiver';
import { LogCapture } from '../../fixtures/app';

const KEY = 'test-signing-key-not-secret';

describe('webhook delivery (local receiver that verifies signatures)', function () {
  this.timeout(20_000);
  let receiver: WebhookReceiver;
  let st: Awaited<ReturnType<typeof tempStore>>;
  let config: ReturnType<typeof configWith>;
  let worker: DeliveryWorker;
  let logs: LogCapture;

  beforeEach(async () => {
    receiver = await new WebhookReceiver(KEY).start();
    st = await tempStore();
    config = configWith({ 'gravesham-environment': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never });
    const deployment = config.load({ WEBHOOK_KEY: KEY });
    logs = new LogCapture();
    worker = new DeliveryWorker({
      outbox: st.store,
      queues: deployment.queues,
      transports: createTransports({ ...deployment, inboxUrl: (ref) => `https://report.example/staff/reports/${ref}` }),
      log: createLogger('debug', logs),
      baseDelayMs: 10,
      maxDelayMs: 50,
      maxAttempts: 5,
      pollMs: 10,
      random: () => 0.5,
    });
  });
  afterEach(async () => {
    await worker.stop();
    await receiver.stop();
    await st.close();
    config.remove();
  });

  const until = (check: () => Promise<boolean> | boolean, ms = 10_000) => waitFor(check, 'the webhook deliveries', ms);

  it('delivers a signed report once; after a 500 the retry carries the same idempotency key', async () => {
    receiver.respond = (_r, attempt) => ({ status: attempt === 1 ? 500 : 200 });
    const [key] = await submitReports(st.store, 1, ['gravesham-environment']);
    worker.start();
    await until(async () => (await st.store.listDeliveries({ status: 'delivered' })).length === 1);
    assert.equal(receiver.all.length, 2);
    assert.ok(
      receiver.all.every((r) => r.signatureValid),
      'every request is correctly signed',
    );
    assert.deepEqual(
      receiver.all.map((r) => r.key),
      [key, key],
    );
    assert.deepEqual([...receiver.processed.entries()], [[key, 1]], 'processed once');
    const [row] = await st.store.listDeliveries();
    assert.equal(row!.attempts, 2);
    assert.deepEqual(
      (await st.store.attempts(row!.id)).map((a) => [a.outcome, a.errorClass]),
      [
        ['retry', 'http_500'],
        ['delivered', null],
      ],
    );
    assert.ok(!logs.text.includes('Loud music'), 'no report text in logs');
  });

  it('a 400 goes to the dead-letter list at once', async () => {
    receiver.respond = () => ({ status: 400 });
    await submitReports(st.store, 1, ['gravesham-environment']);
    await worker.runOnce();
    const [row] = await st.store.listDeliveries();
    assert.equal(row!.status, 'dead');
    assert.equal(row!.attempts, 1);
    assert.equal(row!.lastError, 'http_400');
    assert.equal(receiver.all.length, 1);
    assert.match(logs.text, /dead-letter list.*"reason":"permanent"|"reason":"permanent".*dead-letter list/);
  });

  it('respects Retry-After on 429', async () => {
    receiver.respond = () => ({ status: 429, headers: { 'retry-after': '3' } });
    await submitReports(st.store, 1, ['gravesham-environment']);
    const before = Date.now();
    await worker.runOnce();
    const [row] = await st.store.listDeliveries();
    assert.equal(row!.status, 'pending');
    assert.equal(row!.lastError, 'http_429');
    assert.ok(Date.parse(row!.nextAttemptAt) - before >= 2900, `next attempt ${row!.nextAttemptAt} is at least 3 s away`);
    assert.equal(await worker.runOnce(), 0, 'not due again before then');
    assert.equal(receiver.all.length, 1);
  });

  it('gives up after the configured number of attempts', async () => {
    receiver.respond = () => ({ status: 503 });
    await submitReports(st.store, 1, ['gravesham-environment']);
    worker.start();
    await until(async () => (await st.store.listDeliveries({ status: 'dead' })).length === 1);
    const [row] = await st.store.listDeliveries();
    assert.equal(row!.attempts, 5);
    assert.equal(receiver.all.length, 5);
    const n = await st.store.retry('all-dead');
    assert.equal(n, 1);
    receiver.respond = () => ({ status: 200 });
    await until(async () => (await st.store.listDeliveries({ status: 'delivered' })).length === 1);
  });

  it('a partner that hangs holds up only its own queue: the others are delivered meanwhile', async () => {
    const hanging = await new WebhookReceiver(KEY).start();
    hanging.delayMs = 60_000;
    const twoPartners = configWith({
      'gravesham-environment': { transport: 'webhook', url: receiver.url, signingKeySetting: 'WEBHOOK_KEY' } as never,
      'kent-police': { transport: 'webhook', url: hanging.url, signingKeySetting: 'WEBHOOK_KEY', timeoutMs: 60_000 } as never,
    });
    const deployment = twoPartners.load({ WEBHOOK_KEY: KEY });
    const lanes = new DeliveryWorker({
      outbox: st.store,
      queues: deployment.queues,
      transports: createTransports({ ...deployment, inboxUrl: (ref) => `https://report.example/staff/reports/${ref}` }),
      log: createLogger('silent'),
      concurrency: 4,
      pollMs: 10,
    });
    try {
      // Each report goes to both; the hanging partner's rows come first in the outbox.
      const keys = await submitReports(st.store, 15, ['kent-police', 'gravesham-environment']);
      lanes.start();
      await until(async () => (await st.store.listDeliveries({ status: 'delivered' })).length === 15);
      assert.deepEqual([...receiver.processed.keys()].sort(), keys.filter((k) => k.endsWith(':gravesham-environment')).sort());
      assert.equal(hanging.open, 4, 'the hanging partner holds its own four deliveries, no more');
      assert.equal(hanging.mostOpen, 4);
      assert.equal((await st.store.stats()).pending, 15, "the hanging partner's reports are still waiting, none lost");
    } finally {
      await hanging.stop();
      await lanes.stop();
      twoPartners.remove();
    }
    const police = await st.store.listDeliveries({ queue: 'kent-police' });
    assert.equal(police.filter((d) => d.attempts === 1).length, 4, 'the four cut off by the partner count as attempts; the rest were never tried');
    assert.ok(police.every((d) => d.status === 'pending'));
  });

  it('a database error in one lane is logged with its queue, and the lane carries on', async () => {
    await submitReports(st.store, 3, ['gravesham-environment']);
    let failures = 2;
    const flaky = Object.assign(Object.create(st.store) as typeof st.store, {
      claimDue: (...args: Parameters<typeof st.store.claimDue>) => {
        const lane = args[3] && 'queue' in args[3] ? args[3].queue : undefined;
        return lane && failures-- > 0 ? Promise.reject(new Error('SQLITE_BUSY: database is locked')) : st.store.claimDue(...args);
      },
    });
    const deployment = config.load({ WEBHOOK_KEY: KEY });
    const lanes = new DeliveryWorker({
      outbox: flaky,
      queues: deployment.queues.filter((q) => q.id === 'gravesham-environment'),
      transports: createTransports({ ...deployment, inboxUrl: (ref) => `https://report.example/staff/reports/${ref}` }),
      log: createLogger('debug', logs),
      pollMs: 10,
    });
    lanes.start();
    try {
      await until(async () => (await st.store.listDeliveries({ status: 'delivered' })).length === 3);
    } finally {
      await lanes.stop();
    }
    const failed = logs.lines
      .map((l) => JSON.parse(l) as { msg: string; queue?: string; err?: { message: string } })
      .filter((l) => l.msg === 'delivery loop failed');
    assert.equal(failed.length, 2);
    assert.ok(failed.every((l) => l.queue === 'gravesham-environment' && l.err?.message === 'SQLITE_BUSY: database is locked'));
  });

  it('rows of a queue no longer configured go to the dead-letter list as unknown_queue', async () => {
    await submitReports(st.store, 2, ['gravesham-environment']);
    const without = new DeliveryWorker({ outbox: st.store, queues: [], transports: new Map(), log: createLogger('silent') });
    assert.equal(await without.runOnce(), 2);
    assert.deepEqual(
      (await st.store.listDeliveries()).map((d) => [d.status, d.lastError]),
      [
        ['dead', 'unknown_queue'],
        ['dead', 'unknown_queue'],
      ],
    );
  });

  it('a receiver that is down: reports wait, then all arrive once it is back', async () => {
    const port = receiver.port;
    await receiver.stop();
    const keys = await submitReports(st.store, 20, ['gravesham-environment']);
    worker.start();
    await until(async () => (await st.store.listDeliveries()).every((d) => d.attempts >= 2));
    assert.equal((await st.store.stats()).pending, 20);
    assert.ok(
      (await st.store.listDeliveries()).every((d) => d.lastError === 'ECONNREFUSED'),
      'connection refused is retried',
    );
    await receiver.start(port);
    await until(async () => (await st.store.listDeliveries({ status: 'delivered' })).length === 20);
    assert.deepEqual([...receiver.processed.keys()].sort(), [...keys].sort());
  });
});
