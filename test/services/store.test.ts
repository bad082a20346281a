import assert from 'node:assert/strict';
import { Kysely, SqliteDialect } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { SqlBotStorage, hashKey } from '../../services/store/botStorage';
import { migrate, openPostgres, openSqlite, type Dialect } from '../../services/store/database';
import type { Database } from '../../services/store/schema';
import { SqlReportStore } from '../../services/store/sqlStore';
import { sampleReport } from '../fixtures/delivery';
import { requirePostgres, tempPostgres } from '../fixtures/postgres';
import { newReference, parseReference, REFERENCE_ALPHABET } from '../../services/reports/reference';
import type { RoutedReport } from '../../services/reports/routedReport';
import { tempDir } from '../fixtures/services';

interface Backend {
  dialect: Dialect;
  /** A fresh, migrated database; `open` gives more connections to the same one. */
  create(): Promise<{ open(): Kysely<Database>; remove(): Promise<void> }>;
}

const BACKENDS: Backend[] = [
  {
    dialect: 'sqlite',
    async create() {
      const tmp = tempDir();
      return { open: () => openSqlite(tmp.dir), remove: async () => tmp.remove() };
    },
  },
  {
    dialect: 'postgres',
    async create() {
      const pg = await tempPostgres();
      return { open: () => openPostgres(pg.url, 4).db, remove: () => pg.drop() };
    },
  },
];

for (const backend of BACKENDS)
  describe(`report store contract: ${backend.dialect}`, function () {
    let database: Awaited<ReturnType<Backend['create']>>;
    let store: SqlReportStore;
    let now = new Date('2026-11-26T10:00:00Z');
    before(async function () {
      if (backend.dialect === 'postgres') await requirePostgres(this);
    });
    beforeEach(async () => {
      database = await backend.create();
      const db = database.open();
      await migrate(db);
      now = new Date('2026-11-26T10:00:00Z');
      store = new SqlReportStore(db, 'DG', () => now, backend.dialect);
    });
    afterEach(async () => {
      await store.close();
      await database.remove();
    });

    it('stores a report and one outbox row per queue, and reads it back', async () => {
      const { reference, created } = await store.submit('draft-1', (ref) => sampleReport(ref, { queues: ['kent-police', 'dartford-csu'] }));
      assert.equal(created, true);
      assert.match(reference, /^DG-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
      const report = await store.getReport(reference);
      assert.equal(report?.reference, reference);
      const deliveries = await store.deliveries(reference);
      assert.deepEqual(
        deliveries.map((d) => [d.queueId, d.idempotencyKey, d.status, d.attempts]),
        [
          ['kent-police', `${reference}:kent-police`, 'pending', 0],
          ['dartford-csu', `${reference}:dartford-csu`, 'pending', 0],
        ],
      );
    });

    it('the same submission key yields the same report and writes nothing again', async () => {
      const a = await store.submit('draft-2', (ref) => sampleReport(ref));
      const b = await store.submit('draft-2', (ref) => sampleReport(ref, { narrative: 'different' }));
      assert.equal(b.reference, a.reference);
      assert.equal(b.created, false);
      assert.equal((await store.listReports()).length, 1);
      assert.equal((await store.deliveries(a.reference)).length, 1);
    });

    it('writes nothing when the report is invalid (one transaction)', async () => {
      await assert.rejects(store.submit('draft-3', (ref) => sampleReport(ref, { queues: [] })));
      await assert.rejects(
        store.submit('draft-4', (ref) => ({ ...sampleReport(ref), userId: 'u-1' }) as RoutedReport),
        /Unrecognized key/,
      );
      assert.equal((await store.listReports()).length, 0);
      const outbox = await store.db.selectFrom('outbox').selectAll().execute();
      assert.equal(outbox.length, 0);
    });

    it('lists reports since a time', async () => {
      await store.submit('k1', (ref) => sampleReport(ref, { createdAt: '2026-10-01T00:00:00.000Z' }));
      await store.submit('k2', (ref) => sampleReport(ref, { createdAt: '2026-11-20T00:00:00.000Z' }));
      assert.equal((await store.listReports()).length, 2);
      assert.equal((await store.listReports({ since: '2026-11-01T00:00:00.000Z' })).length, 1);
    });

    it('purges stale conversation state and lapsed locks', async () => {
      const storage = new SqlBotStorage(store.db, () => new Date('2026-11-01T00:00:00Z'));
      await storage.write({ 'webchat/conversations/old/': { draft: 'x' } });
      await new SqlBotStorage(store.db, () => now).write({ 'webchat/conversations/new/': { draft: 'y' } });
      await store.lockConversation('lapsed', 'crashed-instance', 1000);
      now = new Date(now.getTime() + 5000);
      const removed = await store.purgeStale(new Date('2026-11-02T00:00:00Z'));
      assert.equal(removed.states, 1);
      assert.deepEqual(Object.keys(await storage.read(['webchat/conversations/old/', 'webchat/conversations/new/'])), ['webchat/conversations/new/']);
      assert.equal((await store.db.selectFrom('conversation_locks').selectAll().execute()).length, 0);
    });

    it('retention: purges reports older than the cut-off with their deliveries and attempts (simulated clock)', async () => {
      const old = await store.submit('old', (ref) =>
        sampleReport(ref, { createdAt: '2025-09-01T00:00:00.000Z', queues: ['kent-police', 'dartford-csu'] }),
      );
      const recent = await store.submit('recent', (ref) => sampleReport(ref, { createdAt: '2026-11-20T00:00:00.000Z' }));
      const [claimed] = await store.claimDue('w', 1, 60_000);
      await store.finishAttempt(claimed!.id, 'w', { outcome: 'delivered' }, { at: now, durationMs: 5 });
      const cutOff = new Date(now.getTime() - 400 * 24 * 3600_000);
      assert.deepEqual(await store.purgeReports(cutOff, true), [old.reference], 'dry run lists it');
      assert.ok(await store.getReport(old.reference), 'dry run deletes nothing');
      assert.deepEqual(await store.purgeReports(cutOff, false), [old.reference]);
      assert.equal(await store.getReport(old.reference), undefined);
      assert.deepEqual(await store.deliveries(old.reference), []);
      assert.equal((await store.db.selectFrom('delivery_attempts').selectAll().execute()).length, 0);
      assert.ok(await store.getReport(recent.reference));
      assert.equal((await store.deliveries(recent.reference)).length, 1);
    });

    it('claims: two workers on the same database never get the same row', async () => {
      await Promise.all(Array.from({ length: 30 }, (_, i) => store.submit(`k${i}`, (ref) => sampleReport(ref))));
      const other = new SqlReportStore(database.open(), 'DG', () => now, backend.dialect);
      try {
        const [a, b] = await Promise.all([store.claimDue('worker-a', 20, 60_000), other.claimDue('worker-b', 20, 60_000)]);
        const ids = [...a, ...b].map((r) => r.id);
        assert.equal(new Set(ids).size, ids.length, 'disjoint claims');
        assert.equal(ids.length, 30);
        assert.deepEqual(await store.claimDue('worker-c', 5, 60_000), [], 'nothing left while the leases hold');
        now = new Date(now.getTime() + 61_000);
        assert.equal((await store.claimDue('worker-c', 50, 60_000)).length, 30, 'expired leases are claimed again');
      } finally {
        await other.close();
      }
    });

    it('claims one queue, or every queue but those named, oldest first', async () => {
      for (let i = 0; i < 3; i++)
        await store.submit(`q${i}`, (ref) => sampleReport(ref, { queues: ['kent-police', 'dartford-csu', 'gravesham-csu'] }));
      const csu = await store.claimDue('claim-1', 2, 60_000, { queue: 'dartford-csu' });
      assert.deepEqual(
        csu.map((r) => r.queueId),
        ['dartford-csu', 'dartford-csu'],
      );
      assert.ok(csu[0]!.id < csu[1]!.id, 'oldest first');
      const others = await store.claimDue('claim-2', 10, 60_000, { notIn: ['kent-police', 'dartford-csu'] });
      assert.deepEqual(
        others.map((r) => r.queueId),
        ['gravesham-csu', 'gravesham-csu', 'gravesham-csu'],
      );
      const rest = await store.claimDue('claim-3', 10, 60_000);
      assert.deepEqual(rest.map((r) => r.queueId).sort(), ['dartford-csu', 'kent-police', 'kent-police', 'kent-police']);
      assert.equal(rest[0]!.report.reference, rest[0]!.reference, 'each row comes with its own report');
    });

    it('records attempts: retry, dead, delivered; stats and retry of dead letters', async () => {
      const { reference } = await store.submit('s', (ref) => sampleReport(ref, { queues: ['kent-police', 'dartford-csu'] }));
      const [first, second] = await store.claimDue('w', 2, 60_000);
      await store.finishAttempt(
        first!.id,
        'w',
        { outcome: 'retry', errorClass: 'http_503', nextAttemptAt: new Date(now.getTime() + 5000) },
        { at: now, durationMs: 12 },
      );
      await store.finishAttempt(second!.id, 'w', { outcome: 'dead', errorClass: 'http_400' }, { at: now, durationMs: 7 });
      assert.deepEqual(await store.stats(), { pending: 1, dead: 1, oldestPendingAt: now.toISOString() });
      assert.deepEqual(
        (await store.attempts(first!.id)).map((a) => [a.outcome, a.errorClass, a.durationMs]),
        [['retry', 'http_503', 12]],
      );
      assert.equal(await store.retry('all-dead'), 1);
      const rows = await store.deliveries(reference);
      assert.deepEqual(
        rows.map((r) => [r.status, r.attempts]),
        [
          ['pending', 1],
          ['pending', 0],
        ],
      );
    });

    it('conversation locks: one holder at a time; a lapsed lock can be taken', async () => {
      assert.equal(await store.lockConversation('c1', 'a', 1000), true);
      assert.equal(await store.lockConversation('c1', 'b', 1000), false);
      await store.unlockConversation('c1', 'b');
      assert.equal(await store.lockConversation('c1', 'b', 1000), false, 'only the holder can let go');
      await store.unlockConversation('c1', 'a');
      assert.equal(await store.lockConversation('c1', 'b', 1000), true);
      now = new Date(now.getTime() + 1001);
      assert.equal(await store.lockConversation('c1', 'c', 1000), true, 'a crashed holder does not block for ever');
    });

    it('migrations are safe when two instances start at once', async () => {
      const fresh = await backend.create();
      const [x, y] = [fresh.open(), fresh.open()];
      try {
        await Promise.all([migrate(x), migrate(y)]);
        const s = new SqlReportStore(x, 'DG', () => now, backend.dialect);
        await s.submit('after-migrate', (ref) => sampleReport(ref));
        assert.equal((await s.listReports()).length, 1);
      } finally {
        await x.destroy();
        await y.destroy();
        await fresh.remove();
      }
    });
  });

describe('report durability (SQLite)', () => {
  it('every report commits with synchronous=FULL, even when submissions and other writes overlap', async () => {
    const tmp = tempDir();
    const raw = new BetterSqlite3(path.join(tmp.dir, 'reports.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    // What the connection's synchronous setting was at each COMMIT, and which of them stored a report.
    const commits: Array<{ synchronous: number; report: boolean }> = [];
    let inReport = false;
    const observed = Object.assign(Object.create(raw) as BetterSqlite3.Database, {
      prepare(source: string) {
        if (/^insert into "reports"/i.test(source)) inReport = true;
        if (/^commit/i.test(source)) {
          commits.push({ synchronous: Number(raw.pragma('synchronous', { simple: true })), report: inReport });
          inReport = false;
        }
        return raw.prepare(source);
      },
    });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: observed }) });
    await migrate(db);
    commits.length = 0;
    const store = new SqlReportStore(db, 'DG');
    const storage = new SqlBotStorage(db);
    // Each submission starts while the one before is inside its transaction (two residents sending at once).
    const running: Promise<unknown>[] = [];
    const submit = (i: number): Promise<unknown> =>
      store.submit(`overlap-${i}`, (ref) => {
        if (i < 7) running.push(submit(i + 1), storage.write({ [`conversation-${i}`]: { step: i } }));
        return sampleReport(ref);
      });
    running.push(submit(0));
    while (running.length < 15) await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(running);
    const reports = commits.filter((c) => c.report);
    assert.equal(reports.length, 8);
    assert.deepEqual(
      reports.map((c) => c.synchronous),
      Array(8).fill(2),
      'FULL (2) at every report commit',
    );
    assert.equal(raw.pragma('synchronous', { simple: true }), 1, 'NORMAL again for everything else');
    await db.destroy();
    tmp.remove();
  });
});

describe('bot state storage (SQLite)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let storage: SqlBotStorage;
  let close: () => Promise<void>;
  beforeEach(async () => {
    tmp = tempDir();
    const db = openSqlite(tmp.dir);
    await migrate(db);
    storage = new SqlBotStorage(db);
    close = () => db.destroy();
  });
  afterEach(async () => {
    await close();
    tmp.remove();
  });

  it('reads what it wrote, with a new eTag each time, and keys hashed', async () => {
    const key = 'webchat/conversations/conv-secret-123/';
    await storage.write({ [key]: { count: 1 } });
    const first = await storage.read([key, 'missing']);
    assert.deepEqual(Object.keys(first), [key]);
    assert.equal(first[key].count, 1);
    assert.ok(first[key].eTag);
    await storage.write({ [key]: { ...first[key], count: 2 } });
    const second = await storage.read([key]);
    assert.equal(second[key].count, 2);
    assert.notEqual(second[key].eTag, first[key].eTag);
    const rows = await (storage as unknown as { db: import('kysely').Kysely<import('../../services/store/schema').Database> }).db
      .selectFrom('bot_state')
      .selectAll()
      .execute();
    assert.equal(rows[0]!.key_hash, hashKey(key));
    assert.ok(!JSON.stringify(rows).includes('conv-secret-123'), 'the conversation id is not stored in clear');
  });

  it('refuses a write whose eTag is stale (a newer turn won)', async () => {
    const key = 'k';
    await storage.write({ [key]: { v: 1 } });
    const read = await storage.read([key]);
    await storage.write({ [key]: { ...read[key], v: 2 } });
    await assert.rejects(storage.write({ [key]: { ...read[key], v: 3 } }), /eTag conflict/);
    assert.equal((await storage.read([key]))[key].v, 2);
    await storage.write({ [key]: { v: 4, eTag: '*' } });
    assert.equal((await storage.read([key]))[key].v, 4);
  });

  it('deletes', async () => {
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    await storage.delete(['a']);
    assert.deepEqual(Object.keys(await storage.read(['a', 'b'])), ['b']);
  });

  it("botbuilder's ConversationState on it: a turn's changes are written, the next turn reads them, clear and delete work", async () => {
    const state = new ConversationState(storage);
    const steps = state.createProperty<number>('steps');
    const turn = () =>
      new TurnContext(new TestAdapter(), {
        type: 'message',
        channelId: 'test',
        conversation: { id: 'conv-1' } as never,
        from: { id: 'u', name: 'u' },
        recipient: { id: 'b', name: 'b' },
      });
    const key = 'test/conversations/conv-1/';

    const first = turn();
    assert.equal(await steps.get(first, 0), 0);
    await steps.set(first, 1);
    assert.equal(await steps.get(first), 1, 'the same turn sees its own change without reading again');
    await state.saveChanges(first);
    assert.equal((await storage.read([key]))[key]?.steps, 1);

    const second = turn();
    await steps.set(second, (await steps.get(second, 0))! + 1);
    await state.saveChanges(second);
    assert.equal((await storage.read([key]))[key]?.steps, 2, 'the next turn read what the first wrote');

    const untouched = turn();
    await state.saveChanges(untouched);
    assert.equal((await storage.read([key]))[key]?.steps, 2, 'a turn that never read the state writes nothing');

    const cleared = turn();
    await steps.get(cleared);
    await state.clear(cleared);
    await state.saveChanges(cleared);
    assert.equal((await storage.read([key]))[key]?.steps, undefined, 'clear writes an empty state');

    const deleted = turn();
    await steps.set(deleted, 5);
    await state.delete(deleted);
    await state.saveChanges(deleted);
    assert.deepEqual(await storage.read([key]), {}, 'delete removes it and the end of the turn does not write it back');
  });
});

describe('reference numbers', () => {
  it('look like DG-XXXXX-XXXXX without 0, O, 1 or I, and are all different', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const ref = newReference('DG');
      assert.match(ref, /^DG-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
      seen.add(ref);
    }
    assert.equal(seen.size, 2000);
    assert.equal(REFERENCE_ALPHABET.length ** 9 >= 2 ** 40, true, 'at least 40 bits of randomness');
  });

  it('catch one wrong character and two swapped neighbours', () => {
    for (let i = 0; i < 200; i++) {
      const ref = newReference('DG');
      assert.equal(parseReference(ref.toLowerCase().replace(/-/g, ' ')), ref);
      const chars = ref.replace(/-/g, '').slice(2).split('');
      const pos = i % 10;
      const wrong = [...chars];
      wrong[pos] = REFERENCE_ALPHABET[(REFERENCE_ALPHABET.indexOf(chars[pos]!) + 1 + (i % 30)) % 32]!;
      assert.equal(parseReference(`DG-${wrong.slice(0, 5).join('')}-${wrong.slice(5).join('')}`), undefined, `substitution at ${pos}`);
      const swap = [...chars];
      const p = i % 9;
      // Luhn mod 32 misses exactly one transposition: 2 and Z (values 0 and 31).
      if (swap[p] !== swap[p + 1] && [swap[p], swap[p + 1]].sort().join('') !== '2Z') {
        [swap[p], swap[p + 1]] = [swap[p + 1]!, swap[p]!];
        assert.equal(parseReference(`DG-${swap.slice(0, 5).join('')}-${swap.slice(5).join('')}`), undefined, `swap at ${p}`);
      }
    }
  });
});
