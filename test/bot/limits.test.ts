import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { hashKey } from '../../services/store/botStorage';
import { migrate, openPostgres } from '../../services/store/database';
import { waitFor } from '../fixtures/waitFor';
import { startTestApp } from '../fixtures/app';
import { startBotProcess } from '../fixtures/botProcess';
import { requirePostgres, tempPostgres } from '../fixtures/postgres';
import { Resident, texts } from '../fixtures/resident';
import { tempDir } from '../fixtures/services';

type App = Awaited<ReturnType<typeof startTestApp>>;

const token = (url: string, forwardedFor: string) =>
  fetch(`${url}/api/directline/token`, { method: 'POST', headers: { origin: 'http://localhost:3978', 'x-forwarded-for': forwardedFor } });

async function storedConversations(app: App): Promise<number> {
  const row = await app.store.db
    .selectFrom('bot_state')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('rate limits per client address (behind a proxy: the right-most X-Forwarded-For hop)', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  let app: App;
  const start = async (env: Record<string, string>) => {
    tmp = tempDir();
    app = await startTestApp(tmp.dir, { TRUST_PROXY: 'true', ...env });
  };
  afterEach(async () => {
    await app.stop();
    tmp.remove();
  });

  it('chat tokens: a client cannot reset its count by writing its own X-Forwarded-For entries', async () => {
    await start({ TOKEN_RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await token(app.url, `10.9.9.${i}, 198.18.0.${i}, 203.0.113.7`)).status);
    assert.deepEqual(statuses, [200, 200, 200, 429, 429, 429]);
    const refused = await token(app.url, 'anything, 203.0.113.7');
    assert.ok(Number(refused.headers.get('retry-after')) >= 1, 'Retry-After');
    assert.equal((await token(app.url, '203.0.113.8')).status, 200, 'another client is not affected');
  });

  it('/api/messages with authentication off: new conversations per client are limited, and a refused one stores nothing', async () => {
    await start({ CONVERSATION_RATE_LIMIT_PER_HOUR: '3' });
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    const residents = Array.from({ length: 5 }, () => new Resident(app.url, { headers }));
    const statuses = [];
    for (const r of residents)
      statuses.push((await r.post(r.activity({ type: 'conversationUpdate', membersAdded: [{ id: r.userId }] } as never))).status);
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assert.equal(await storedConversations(app), 3, 'the refused conversations left nothing behind');
    assert.match(texts(await residents[0]!.say('Report something')), /own words/, 'a conversation already started carries on');
    // Turns from this machine (the local Direct Line forwarding, tests, benchmarks) are not counted here.
    for (let i = 0; i < 5; i++) assert.equal((await new Resident(app.url).post(new Resident(app.url).activity({ text: 'hi' }))).status, 200);
  });

  it('/api/messages with authentication off: messages per client are limited', async () => {
    await start({ MESSAGE_RATE_LIMIT_PER_MINUTE: '4' });
    const resident = new Resident(app.url, { headers: { 'x-forwarded-for': '203.0.113.10' } });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await resident.post(resident.activity({ text: 'hello' }))).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
  });

  it('the local Direct Line: conversation starts per client are limited', async () => {
    await start({ CONVERSATION_RATE_LIMIT_PER_HOUR: '2' });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const { token: t } = (await (await token(app.url, '203.0.113.11')).json()) as { token: string };
      const res = await fetch(`${app.url}/v3/directline/conversations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t}`, 'x-forwarded-for': '203.0.113.11' },
      });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [201, 201, 429, 429]);
  });
});

describe('scale-out on PostgreSQL: shared limits and conversation locks', function () {
  this.timeout(90_000);
  let pg: Awaited<ReturnType<typeof tempPostgres>>;
  before(async function () {
    await requirePostgres(this);
  });
  beforeEach(async () => {
    pg = await tempPostgres();
  });
  afterEach(async () => {
    await pg.drop();
  });

  it('two instances share one count per client (an attacker cannot multiply it by the number of instances)', async () => {
    const env = { DATABASE_URL: pg.url, TRUST_PROXY: 'true', TOKEN_RATE_LIMIT_PER_MINUTE: '4' };
    const [a, b] = [await startTestApp(tempDir().dir, env), await startTestApp(tempDir().dir, env)];
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await token((i % 2 ? b : a).url, '203.0.113.20')).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
      const rows = await sql<{ key: string }>`select key from rate_limits`.execute(a.store.db);
      assert.deepEqual(
        rows.rows.map((r) => r.key),
        ['tokens:203.0.113.20'],
        'counted in the shared table',
      );
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('a turn that cannot get the conversation lock is answered 503 with Retry-After (the channel resends), never a 200 apology', async () => {
    const app = await startTestApp(tempDir().dir, { DATABASE_URL: pg.url }, undefined, { conversationLock: { waitMs: 300, leaseMs: 5000 } });
    try {
      const resident = new Resident(app.url);
      await resident.join();
      const key = hashKey('directline', resident.conversationId);
      assert.equal(await app.store.lockConversation(key, 'another-instance', 60_000), true);
      const activity = resident.activity({ text: 'Report something' });
      const busy = await resident.post(activity);
      assert.equal(busy.status, 503, busy.raw);
      assert.equal(busy.headers.get('retry-after'), '5');
      assert.equal(busy.replies.length, 0, 'no apology, no reply');
      await app.store.unlockConversation(key, 'another-instance');
      const resent = await resident.resend(activity);
      assert.match(texts(resent), /own words/, 'the resend is processed as new');
    } finally {
      await app.stop();
    }
  });

  it('a crashed instance (SIGKILL mid-turn) holds the conversation only for seconds: the other answers the resend', async () => {
    // An Azure AI Language endpoint that never answers keeps the first instance inside the turn.
    const requests: string[] = [];
    const hanging: Server = createServer((req) => requests.push(req.url ?? ''));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const { db } = openPostgres(pg.url, 2);
    await migrate(db);
    const base = { DATABASE_URL: pg.url, LOG_LEVEL: 'warn' };
    const slow = {
      ...base,
      LANGUAGE_ENDPOINT: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`,
      LANGUAGE_KEY: 'k',
      LANGUAGE_TIME_BUDGET_MS: '10000',
    };
    const [a, b] = await Promise.all([startBotProcess('bot/index.ts', slow), startBotProcess('bot/index.ts', base)]);
    try {
      const resident = new Resident(a.url);
      await resident.join();
      await resident.say('Report something');
      const story = resident.activity({ text: 'Someone keeps leaving rubbish bags outside the shops on the high street' });
      const inFlight = new Resident(a.url).resend(story).catch(() => []);
      await waitFor(() => requests.length > 0, 'the first instance to be inside the turn');
      a.child.kill('SIGKILL');
      await inFlight;
      const answer = await new Resident(b.url).post(story);
      assert.equal(answer.status, 200, answer.raw);
      assert.match(texts(answer.replies), /Is that right/, 'the story was taken by the other instance');
      assert.doesNotMatch(texts(answer.replies), /something went wrong/);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      hanging.closeAllConnections();
      hanging.close();
      await db.destroy();
    }
  });
});
