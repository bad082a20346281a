import assert from 'node:assert/strict';
import { SqlBotStorage, hashKey } from '../../services/store/botStorage';
import { migrate, openSqlite, SqlReportStore } from '../../services/store/sqlStore';
import { newReference, parseReference, REFERENCE_ALPHABET } from '../../services/reports/reference';
import type { RoutedReport } from '../../services/reports/routedReport';
import { tempDir } from '../fixtures/services';

export function sampleReport(reference: string, overrides: Partial<RoutedReport> = {}): RoutedReport {
  return {
    schemaVersion: 1,
    reference,
    createdAt: '2026-11-26T10:00:00.000Z',
    channel: 'webchat',
    categories: ['noise'],
    hate: false,
    strands: [],
    emergencyIndicated: false,
    reporterRole: 'witness',
    narrative: 'Loud music',
    when: { text: 'last night', ongoing: false },
    where: { text: 'Gravesend', borough: 'gravesham' },
    injured: 'no',
    anonymous: true,
    queues: ['gravesham-environment'],
    signposted: [],
    classification: { source: 'embedded', categories: ['noise'], hate: false, strands: [], confirmedByResident: true },
    ...overrides,
  };
}

describe('SQLite report store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: SqlReportStore;
  beforeEach(async () => {
    tmp = tempDir();
    const db = openSqlite(tmp.dir);
    await migrate(db);
    store = new SqlReportStore(db, 'DG');
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  it('stores a report and one outbox row per queue, and reads it back', async () => {
    const { reference, created } = await store.submit('draft-1', (ref) => sampleReport(ref, { queues: ['kent-police', 'dartford-csu'] }));
    assert.equal(created, true);
    assert.match(reference, /^DG-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    const report = await store.getReport(reference);
    assert.equal(report?.reference, reference);
    const deliveries = await store.deliveries(reference);
    assert.deepEqual(deliveries.map((d) => [d.queueId, d.idempotencyKey, d.status, d.attempts]), [
      ['kent-police', `${reference}:kent-police`, 'pending', 0],
      ['dartford-csu', `${reference}:dartford-csu`, 'pending', 0],
    ]);
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
    await assert.rejects(store.submit('draft-4', (ref) => ({ ...sampleReport(ref), userId: 'u-1' }) as RoutedReport), /Unrecognized key/);
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

  it('marks activities once', async () => {
    assert.equal(await store.markActivity('h1'), true);
    assert.equal(await store.markActivity('h1'), false);
    await store.unmarkActivity('h1');
    assert.equal(await store.markActivity('h1'), true);
  });

  it('purges stale conversation state and activity marks', async () => {
    const storage = new SqlBotStorage(store.db, () => new Date('2026-11-01T00:00:00Z'));
    await storage.write({ 'webchat/conversations/old/': { draft: 'x' } });
    await new SqlReportStore(store.db, 'DG', () => new Date('2026-11-01T00:00:00Z')).markActivity('old-mark');
    const removed = await store.purgeStale(new Date('2026-11-02T00:00:00Z'));
    assert.equal(removed.states, 1);
    assert.equal(await store.markActivity('old-mark'), true);
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
    const rows = await (storage as unknown as { db: import('kysely').Kysely<import('../../services/store/schema').Database> }).db.selectFrom('bot_state').selectAll().execute();
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
