import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { migrate, openPostgres, openSqlite, type Dialect } from '../../services/store/database';
import type { Database } from '../../services/store/schema';
import { SqlReportStore } from '../../services/store/sqlStore';
import { SqlStaffStore } from '../../services/staff/sqlStaffStore';
import { grantFor } from '../../services/staff/staff';
import { sampleReport } from '../fixtures/delivery';
import { requirePostgres, tempPostgres } from '../fixtures/postgres';
import { tempDir } from '../fixtures/services';

const BACKENDS: Array<{ dialect: Dialect; create(): Promise<{ db: Kysely<Database>; remove(): Promise<void> }> }> = [
  {
    dialect: 'sqlite',
    async create() {
      const tmp = tempDir();
      return { db: openSqlite(tmp.dir), remove: async () => tmp.remove() };
    },
  },
  {
    dialect: 'postgres',
    async create() {
      const pg = await tempPostgres();
      return { db: openPostgres(pg.url, 4).db, remove: () => pg.drop() };
    },
  },
];

const LIMITS = { idleMs: 30 * 60_000, absoluteMs: 10 * 3_600_000 };

for (const backend of BACKENDS)
  describe(`staff store contract: ${backend.dialect} (statuses, notes, audit, sessions)`, function () {
    let database: Awaited<ReturnType<(typeof BACKENDS)[number]['create']>>;
    let reports: SqlReportStore;
    let staff: SqlStaffStore;
    before(async function () {
      if (backend.dialect === 'postgres') await requirePostgres(this);
    });
    beforeEach(async () => {
      database = await backend.create();
      await migrate(database.db);
      // Each report arrives a second after the one before (the inbox's order is arrival in the queue).
      let tick = Date.parse('2026-11-21T12:00:00Z');
      reports = new SqlReportStore(database.db, 'DG', () => new Date((tick += 1000)), backend.dialect);
      staff = new SqlStaffStore(database.db);
    });
    afterEach(async () => {
      await reports.close();
      await database.remove();
    });

    const file = async (createdAt: string, queues: string[], extra: Parameters<typeof sampleReport>[1] = {}) =>
      (await reports.submit(`k-${createdAt}-${Math.random()}`, (ref) => sampleReport(ref, { createdAt, queues, ...extra }))).reference;

    it('inbox: one queue only, newest first, filters, keyset pages that neither skip nor repeat, counts of new', async () => {
      const refs: string[] = [];
      for (let i = 0; i < 7; i++) refs.push(await file(`2026-11-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`, ['dartford-csu']));
      const hate = await file('2026-11-20T09:00:00.000Z', ['dartford-csu', 'kent-police-hate-crime'], {
        hate: true,
        strands: ['race'],
        categories: ['intimidation'],
      });
      await file('2026-11-21T09:00:00.000Z', ['domestic-abuse'], { categories: ['domestic_abuse'] });
      const first = await staff.inbox({ queue: 'dartford-csu' }, 3);
      assert.deepEqual(
        first.map((r) => r.reference),
        [hate, refs[6], refs[5]],
      );
      const pages = [first];
      while (pages.at(-1)!.length === 3) {
        const last = pages.at(-1)!.at(-1)!;
        pages.push(await staff.inbox({ queue: 'dartford-csu', after: `${last.arrivedAt}|${last.reference}` }, 3));
      }
      assert.deepEqual(
        pages.flat().map((r) => r.reference),
        [hate, ...[...refs].reverse()],
        'every report once, newest first',
      );
      // Back again: the page just newer than the last page's first row is the page before it, still newest first.
      const lastPage = pages.at(-1)!;
      const back = await staff.inbox({ queue: 'dartford-csu', before: `${lastPage[0]!.arrivedAt}|${lastPage[0]!.reference}` }, 3);
      assert.deepEqual(
        back.map((r) => r.reference),
        pages.at(-2)!.map((r) => r.reference),
      );
      assert.deepEqual(
        (await staff.inbox({ queue: 'dartford-csu', hate: true }, 10)).map((r) => r.reference),
        [hate],
      );
      assert.equal((await staff.inbox({ queue: 'dartford-csu', category: 'noise', from: '2026-11-12', to: '2026-11-13' }, 10)).length, 2);
      assert.deepEqual(await staff.countNew(['dartford-csu', 'domestic-abuse', 'prevent']), { 'dartford-csu': 8, 'domestic-abuse': 1, prevent: 0 });
      const officer = await staff.addUser({ email: 'o@dartford.gov.uk', role: 'officer', queues: ['dartford-csu'], source: 'local' });
      await staff.change(refs[2]!, 'dartford-csu', officer, { kind: 'assigned', assigneeId: officer.id }, new Date());
      assert.deepEqual(
        (await staff.inbox({ queue: 'dartford-csu', assignedTo: officer.id }, 10)).map((r) => r.reference),
        [refs[2]],
        'assigned to me',
      );
      assert.equal((await staff.countNew(['dartford-csu']))['dartford-csu'], 7, 'assigning acknowledges');
    });

    it('statuses, assignment and notes per queue, with their history; a status filter and the counts follow', async () => {
      const ref = await file('2026-11-20T10:00:00.000Z', ['dartford-csu', 'kent-police']);
      const officer = await staff.addUser({ email: 'Olu@Dartford.gov.uk', role: 'officer', queues: ['dartford-csu'], source: 'local' });
      assert.equal(officer.email, 'olu@dartford.gov.uk');
      const at = new Date('2026-11-21T09:00:00Z');
      await staff.change(ref, 'dartford-csu', officer, { kind: 'assigned', assigneeId: officer.id }, at);
      await staff.change(ref, 'dartford-csu', officer, { kind: 'note', text: 'Called the housing officer' }, at);
      await staff.change(ref, 'dartford-csu', officer, { kind: 'status', status: 'closed', outcome: 'referred' }, at);
      const cases = await staff.cases(ref);
      assert.deepEqual(
        cases.map((c) => [c.queueId, c.status, c.assignee, c.outcome]),
        [
          ['dartford-csu', 'closed', 'olu@dartford.gov.uk', 'referred'],
          ['kent-police', 'new', null, null],
        ],
      );
      assert.deepEqual(
        (await staff.events(ref)).map((e) => [e.kind, e.detail]),
        [
          ['assigned', 'olu@dartford.gov.uk'],
          ['note', 'Called the housing officer'],
          ['status', 'closed:referred'],
        ],
      );
      assert.equal((await staff.inbox({ queue: 'dartford-csu', status: 'new' }, 10)).length, 0);
      assert.equal((await staff.inbox({ queue: 'dartford-csu', status: 'closed' }, 10)).length, 1);
      assert.equal((await staff.inbox({ queue: 'kent-police', status: 'new' }, 10)).length, 1);
      assert.deepEqual(await staff.countNew(['dartford-csu', 'kent-police']), { 'dartford-csu': 0, 'kent-police': 1 });
      // Erasing the report takes its cases and history with it.
      assert.ok(await reports.eraseReport(ref));
      assert.deepEqual(await staff.events(ref), []);
    });

    it('sessions: idle and absolute limits, sign-out everywhere; one-time links work once and expire', async () => {
      const user = await staff.addUser(
        { email: 'mo@gravesham.gov.uk', role: 'manager', queues: ['gravesham-csu'], source: 'local' },
        { tokenHash: 'h1', expiresAt: new Date('2026-11-22T00:00:00Z') },
      );
      assert.equal(await staff.takeSetupToken('h1', new Date('2026-11-23T00:00:00Z')), undefined, 'expired');
      assert.equal(await staff.takeSetupToken('h1', new Date('2026-11-21T00:00:00Z')), undefined, 'and gone once tried');
      const t0 = new Date('2026-11-21T08:00:00Z');
      await staff.createSession('s1', user.id, t0);
      await staff.createSession('s2', user.id, t0);
      const later = (min: number) => new Date(t0.getTime() + min * 60_000);
      assert.equal((await staff.touchSession('s1', later(29), LIMITS))?.email, 'mo@gravesham.gov.uk');
      assert.equal(await staff.touchSession('s2', later(31), LIMITS), undefined, 'idle 31 minutes');
      assert.equal(await staff.touchSession('s2', later(1), LIMITS), undefined, 'and deleted');
      for (let t = 54; t <= 579; t += 25) assert.ok(await staff.touchSession('s1', later(t), LIMITS), `active at ${t} min`);
      assert.equal(await staff.touchSession('s1', later(601), LIMITS), undefined, 'absolute 10 hours, though used 22 minutes ago');
      await staff.createSession('s3', user.id, t0);
      await staff.createSession('s4', user.id, t0);
      await staff.endAllSessions(user.id);
      assert.equal(await staff.touchSession('s3', later(1), LIMITS), undefined);
      assert.equal(await staff.touchSession('s4', later(1), LIMITS), undefined);
    });

    it('accounts: role and queues changed (local only), disabled with their sessions ended, a new one-time link in place of the password', async () => {
      const now = new Date('2026-11-21T09:00:00Z');
      const local = await staff.addUser({ email: 'jo@dartford.gov.uk', role: 'officer', queues: ['dartford-csu'], source: 'local' });
      await staff.updateUser(local.id, { role: 'manager', queues: ['kent-police', 'dartford-csu', 'kent-police'] });
      assert.deepEqual(
        [(await staff.userById(local.id))?.role, (await staff.userById(local.id))?.queues],
        ['manager', ['dartford-csu', 'kent-police']],
      );
      const entra = await staff.entraUser({ oid: 'oid-9', email: 'en@dartford.gov.uk' }, { role: 'officer', queues: ['dartford-csu'] }, now);
      await staff.updateUser(entra!.id, { role: 'admin', queues: ['prevent'] });
      assert.equal((await staff.userById(entra!.id))?.role, 'officer', 'an Entra account keeps what its groups grant');

      await staff.createSession('s1', local.id, now);
      await staff.setDisabled(local.id, true, now);
      assert.equal((await staff.userById(local.id))?.disabled, true);
      assert.equal(await staff.touchSession('s1', now, LIMITS), undefined);
      await staff.setDisabled(local.id, false, now);
      assert.equal((await staff.userById(local.id))?.disabled, false);

      await staff.setPassword(local.id, 'old-hash');
      await staff.createSession('s2', local.id, now);
      await staff.resetPassword(local.id, { tokenHash: 'new-link', expiresAt: new Date('2026-11-24T09:00:00Z') });
      assert.equal((await staff.userByEmail('jo@dartford.gov.uk'))?.passwordHash, null);
      assert.equal(await staff.touchSession('s2', now, LIMITS), undefined);
      assert.equal((await staff.takeSetupToken('new-link', now))?.id, local.id);
    });

    it('statistics: a queue over a period, by status, type and outcome, with medians of time to first action and to close', async () => {
      const a = await file('2026-11-10T09:00:00.000Z', ['dartford-csu'], { hate: true, strands: ['race'], categories: ['intimidation'] });
      const b = await file('2026-11-11T09:00:00.000Z', ['dartford-csu'], { emergencyIndicated: true });
      await file('2026-11-12T09:00:00.000Z', ['dartford-csu']);
      await file('2026-10-01T09:00:00.000Z', ['dartford-csu'], { categories: ['drugs'] });
      await file('2026-11-12T09:00:00.000Z', ['kent-police']);
      const officer = await staff.addUser({ email: 'o@dartford.gov.uk', role: 'officer', queues: ['dartford-csu'], source: 'local' });
      await staff.change(a, 'dartford-csu', officer, { kind: 'status', status: 'acknowledged' }, new Date('2026-11-10T11:00:00Z'));
      await staff.change(a, 'dartford-csu', officer, { kind: 'status', status: 'closed', outcome: 'advice_given' }, new Date('2026-11-12T09:00:00Z'));
      await staff.change(b, 'dartford-csu', officer, { kind: 'note', text: 'called' }, new Date('2026-11-11T13:00:00Z'));
      await staff.link(a, b, 'linked', officer, { mine: 'dartford-csu', theirs: 'dartford-csu' }, new Date('2026-11-12T10:00:00Z'));
      const stats = await staff.statistics('dartford-csu', '2026-11-01', '2026-11-30');
      assert.equal(stats.reports, 3, 'only this queue, only this period');
      assert.deepEqual(stats.byStatus, { new: 2, acknowledged: 0, in_progress: 0, closed: 1 });
      assert.deepEqual(stats.byCategory, { intimidation: 1, noise: 2 });
      assert.deepEqual(stats.byOutcome, { advice_given: 1 });
      assert.deepEqual([stats.hate, stats.danger, stats.linked], [1, 1, 2]);
      assert.equal(stats.medianHoursToFirstAction, 3, 'median of 2 h and 4 h');
      assert.equal(stats.medianHoursToClose, 48);
      assert.equal((await staff.statistics('dartford-csu', '2026-12-01', '2026-12-31')).medianHoursToClose, null);
    });

    it('audit: appended in order, read by reference, newest first', async () => {
      const ref = await file('2026-11-20T10:00:00.000Z', ['dartford-csu']);
      await staff.audit({ userEmail: 'a@x.gov.uk', action: 'view', reference: ref, detail: '' }, new Date('2026-11-21T09:00:00Z'));
      await staff.audit(
        { userEmail: 'b@x.gov.uk', action: 'search', reference: null, detail: '{"queue":"dartford-csu"}' },
        new Date('2026-11-21T09:01:00Z'),
      );
      await staff.audit({ userEmail: 'a@x.gov.uk', action: 'change', reference: ref, detail: '{"kind":"note"}' }, new Date('2026-11-21T09:02:00Z'));
      assert.deepEqual(
        (await staff.readAudit({ reference: ref, limit: 10 })).map((e) => e.action),
        ['change', 'view'],
      );
      assert.equal((await staff.readAudit({ limit: 10 })).length, 3);
    });

    it('links: duplicate of or linked to, one link per pair whichever way, history on both; copy and move to another queue', async () => {
      const now = new Date('2026-11-21T09:00:00Z');
      const a = await file('2026-11-20T10:00:00.000Z', ['dartford-csu']);
      const b = await file('2026-11-20T11:00:00.000Z', ['dartford-csu', 'kent-police']);
      const officer = await staff.addUser({ email: 'o@dartford.gov.uk', role: 'officer', queues: ['dartford-csu'], source: 'local' });
      const queues = { mine: 'dartford-csu', theirs: 'dartford-csu' };
      await staff.link(a, b, 'duplicate', officer, queues, now);
      assert.deepEqual(await staff.links(a), [{ reference: b, kind: 'duplicate', outgoing: true }]);
      assert.deepEqual(await staff.links(b), [{ reference: a, kind: 'duplicate', outgoing: false }]);
      // Made the other way round, it takes the place of the first.
      await staff.link(b, a, 'linked', officer, queues, now);
      assert.deepEqual(await staff.links(a), [{ reference: b, kind: 'linked', outgoing: false }]);
      assert.deepEqual(
        (await staff.events(b)).map((e) => `${e.kind} ${e.detail}`),
        [`linked duplicate-from:${a}`, `linked linked:${a}`],
      );
      assert.equal(await staff.unlink(a, b, officer, queues, now), true);
      assert.equal(await staff.unlink(a, b, officer, queues, now), false);
      assert.deepEqual(await staff.links(a), []);

      // Copy to the police: the report lists the queue, a delivery is queued, both histories say so.
      assert.equal(await staff.reroute(a, { from: 'dartford-csu', to: 'kent-police', move: false, deliveredInStore: false }, officer, now), true);
      assert.deepEqual((await reports.getReport(a))?.queues, ['dartford-csu', 'kent-police']);
      const delivery = (await reports.deliveries(a)).find((d) => d.queueId === 'kent-police');
      assert.equal(delivery?.status, 'pending');
      assert.equal(await staff.reroute(a, { from: 'dartford-csu', to: 'kent-police', move: false, deliveredInStore: false }, officer, now), false);
      assert.equal((await staff.inbox({ queue: 'kent-police' }, 10)).length, 2);
      // Move: closed as referred where it was.
      assert.equal(await staff.reroute(b, { from: 'dartford-csu', to: 'domestic-abuse', move: true, deliveredInStore: true }, officer, now), true);
      const cases = Object.fromEntries((await staff.cases(b)).map((c) => [c.queueId, [c.status, c.outcome]]));
      assert.deepEqual(cases, { 'dartford-csu': ['closed', 'referred'], 'domestic-abuse': ['new', null], 'kent-police': ['new', null] });
      assert.equal((await reports.deliveries(b)).find((d) => d.queueId === 'domestic-abuse')?.status, 'delivered');
      assert.deepEqual(
        (await staff.events(b)).filter((e) => e.kind !== 'linked').map((e) => `${e.queueId} ${e.kind} ${e.detail}`),
        ['domestic-abuse routed moved from:dartford-csu', 'dartford-csu routed moved to:domestic-abuse', 'dartford-csu status closed:referred'],
      );
    });

    it('Entra ID accounts: found by object id, their grant replaced at each sign-in, a local account taken over by address, none made without a grant', async () => {
      const now = new Date('2026-11-21T09:00:00Z');
      const officer = { role: 'officer' as const, queues: ['dartford-csu'] };
      assert.equal(await staff.entraUser({ oid: 'oid-1', email: 'Ann@Dartford.gov.uk' }, undefined, now), undefined);
      assert.equal((await staff.listUsers()).length, 0, 'no account without a grant');

      const ann = await staff.entraUser({ oid: 'oid-1', email: 'Ann@Dartford.gov.uk' }, officer, now);
      assert.deepEqual([ann?.email, ann?.source, ann?.role, ann?.queues], ['ann@dartford.gov.uk', 'entra', 'officer', ['dartford-csu']]);
      // Renamed in the directory, and promoted: the same account.
      const renamed = await staff.entraUser({ oid: 'oid-1', email: 'ann.smith@dartford.gov.uk' }, { role: 'manager', queues: ['kent-police'] }, now);
      assert.equal(renamed?.id, ann?.id);
      assert.deepEqual([renamed?.email, renamed?.role, renamed?.queues], ['ann.smith@dartford.gov.uk', 'manager', ['kent-police']]);

      // A local account with the same address becomes the Entra one: its password no longer works.
      const local = await staff.addUser({ email: 'bob@dartford.gov.uk', role: 'officer', queues: ['gravesham-csu'], source: 'local' });
      await staff.setPassword(local.id, 'a-hash');
      const bob = await staff.entraUser({ oid: 'oid-2', email: 'bob@dartford.gov.uk' }, officer, now);
      assert.equal(bob?.id, local.id);
      const stored = await staff.userByEmail('bob@dartford.gov.uk');
      assert.deepEqual([stored?.source, stored?.passwordHash, stored?.queues], ['entra', null, ['dartford-csu']]);

      // Someone else signing in with an address another account holds does not take it over.
      const carol = await staff.entraUser({ oid: 'oid-3', email: 'carol@dartford.gov.uk' }, officer, now);
      const clash = await staff.entraUser({ oid: 'oid-3', email: 'bob@dartford.gov.uk' }, officer, now);
      assert.equal(clash?.id, carol?.id);
      assert.equal(clash?.email, 'carol@dartford.gov.uk');

      // Without a grant now, the account keeps no queue and no session.
      await staff.createSession('session-hash', bob!.id, now);
      assert.equal(await staff.entraUser({ oid: 'oid-2', email: 'bob@dartford.gov.uk' }, undefined, now), undefined);
      assert.deepEqual((await staff.userById(bob!.id))?.queues, []);
      assert.equal(await staff.touchSession('session-hash', now, LIMITS), undefined);
    });
  });

describe('what Entra ID groups grant (grantFor)', () => {
  const access = [
    { id: 'AAAAAAAA-0000-4000-8000-000000000001', role: 'officer' as const, queues: ['dartford-csu', 'gravesham-csu'] },
    { id: 'aaaaaaaa-0000-4000-8000-000000000002', role: 'manager' as const, queues: ['kent-police', 'dartford-csu'] },
  ];
  it('the union of the queues and the highest role of the groups someone is in (group ids in any case); nothing for no group', () => {
    assert.deepEqual(grantFor(['aaaaaaaa-0000-4000-8000-000000000001'], access), { role: 'officer', queues: ['dartford-csu', 'gravesham-csu'] });
    assert.deepEqual(grantFor(['aaaaaaaa-0000-4000-8000-000000000001', 'AAAAAAAA-0000-4000-8000-000000000002'], access), {
      role: 'manager',
      queues: ['dartford-csu', 'gravesham-csu', 'kent-police'],
    });
    assert.equal(grantFor(['bbbbbbbb-0000-4000-8000-000000000001'], access), undefined);
    assert.equal(grantFor([], access), undefined);
  });
});
