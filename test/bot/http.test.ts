import assert from 'node:assert/strict';
import { waitFor } from '../fixtures/waitFor';
import { LogCapture, startTestApp } from '../fixtures/app';
import { createLogger } from '../../services/logging/logger';
import { Resident, texts } from '../fixtures/resident';
import { tempDir } from '../fixtures/services';
import { anonymousReport, REFERENCE, walkWith, type Step } from '../fixtures/walk';
import { FakeLanguageServer } from '../fixtures/fakeLanguageServer';
import { configWith } from '../fixtures/delivery';
import { WebhookReceiver } from '../fixtures/receiver';

const walk = (resident: Resident, steps: Step[]) => walkWith(async (t) => texts(await resident.say(t)), steps);

describe('HTTP end to end (real server, expectReplies, SQLite)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  beforeEach(async () => {
    tmp = tempDir();
    app = await startTestApp(tmp.dir);
  });
  afterEach(async () => {
    await app.stop();
    tmp.remove();
  });

  it('serves /healthz and /readyz', async () => {
    const health = await fetch(`${app.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', outbox: { pending: 0, dead: 0, oldestPendingAgeSeconds: 0, workerInProcess: true } });
    await app.store.close();
    const down = await fetch(`${app.url}/readyz`);
    assert.equal(down.status, 503, 'the store cannot be reached');
    assert.deepEqual(await down.json(), { status: 'unavailable', reason: 'store unreachable' });
  });

  it('keeps idle connections open longer than the proxy in front pools them (65 s, not the Node default of 5 s)', async () => {
    const res = await fetch(`${app.url}/healthz`);
    assert.equal(res.headers.get('keep-alive'), 'timeout=65');
  });

  it('serves the privacy and data deletion pages', async () => {
    for (const [path, words] of [
      ['/privacy', /Meta can see Messenger conversations/],
      ['/data-deletion', /Delete conversation/],
    ] as const) {
      const res = await fetch(`${app.url}${path}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await res.text(), words);
    }
  });

  it('a whole hate-incident report over HTTP, read back field by field', async () => {
    // Canaries: none of these may reach a log line.
    const canary = { name: 'Zebedee Quenfortle', phone: '07700 900461', user: 'user-canary-5f3a9c', conversation: 'conv-canary-77d1e2' };
    const resident = new Resident(app.url, { userId: canary.user, conversationId: canary.conversation, channelId: 'webchat' });
    const welcome = texts(await resident.join());
    assert.match(welcome, /not for emergencies/);
    assert.match(welcome, /How we use information: https:\/\/report\.example\/privacy/, 'links in chat are absolute');
    const done = await walk(resident, [
      ['Report something', /own words/],
      [`A neighbour called ${canary.name} keeps shouting homophobic abuse at me and my partner`, /Is that right/],
      ['No, something else', /Which is closest/],
      ['Harassment, threats', /because of who someone is/],
      ['Yes', /may be about: Sexual orientation\. Is that right/],
      ['Change or add', /What do you think it was about/],
      ['Sexual orientation', /So far/],
      ['That’s all', /did you see it/],
      ['It happened to me', /When/],
      ['every weekend', /Where/],
      ['Riverview Park', /anyone involved/],
      ['Skip', /hurt/],
      ['No', /affecting/],
      ['We are scared to go out', /anonymous/],
      ['Give contact details', /what name/],
      [canary.name, /phone number or email/],
      [canary.phone, /safe to leave/],
      ['Yes', /good time/],
      ['Skip', /Shall I send it/],
      ['Send it', REFERENCE],
    ]);
    const reference = REFERENCE.exec(done)![0];
    const report = await app.store.getReport(reference);
    assert.ok(report);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.channel, 'webchat');
    assert.deepEqual(report.categories[0], 'intimidation');
    assert.equal(report.hate, true);
    assert.deepEqual(report.strands, ['sexual_orientation']);
    assert.equal(report.reporterRole, 'victim');
    assert.equal(report.when.text, 'every weekend');
    assert.equal(report.when.ongoing, true);
    assert.deepEqual(report.where, { text: 'Riverview Park', borough: 'gravesham' });
    assert.equal(report.injured, 'no');
    assert.equal(report.impact, 'We are scared to go out');
    assert.equal(report.anonymous, false);
    assert.deepEqual(report.contact, { name: canary.name, phone: '07700900461', safeToLeaveMessage: true });
    assert.deepEqual(report.queues, ['kent-police-hate-crime', 'gravesham-csu']);
    assert.ok(report.signposted.includes('galop'));
    assert.ok(!Number.isNaN(Date.parse(report.createdAt)));
    const stored = JSON.stringify(report);
    assert.ok(!stored.includes(canary.user) && !stored.includes(canary.conversation), 'no channel ids in the report');

    const logs = app.logs.text;
    assert.ok(app.logs.lines.length > 20, 'the turns were logged');
    for (const value of [canary.name, canary.phone, '07700900461', canary.user, canary.conversation, 'homophobic', 'scared to go out', 'Riverview']) {
      assert.ok(!logs.includes(value), `"${value}" must not appear in the logs`);
    }
  });

  it('a report in progress saved by an older version that no longer fits: the resident is told and starts again, no error', async () => {
    const resident = new Resident(app.url);
    await resident.join();
    await walk(resident, [
      ['Report something', /own words/],
      ['Drug dealing from a flat on my road, cars coming and going all night', /Is that right/],
    ]);
    // What an older version might have saved: a field of another shape.
    const [row] = await app.store.db.selectFrom('bot_state').select(['key_hash', 'data']).execute();
    const data = JSON.parse(row!.data) as { draft: Record<string, unknown> };
    data.draft.history = 'narrative';
    await app.store.db
      .updateTable('bot_state')
      .set({ data: JSON.stringify(data) })
      .where('key_hash', '=', row!.key_hash)
      .execute();
    const replies = texts(await resident.say('Yes'));
    assert.match(replies, /we have updated this service and could not carry on with the report you started/);
    assert.match(replies, /What would you like to do\?/, 'and the menu');
    assert.doesNotMatch(replies, /something went wrong/);
    assert.doesNotMatch(app.logs.text, /turn error/);
    assert.match(texts(await resident.say('Report something')), /own words/, 'a new report starts');
  });

  it('keeps a report in progress across a server restart and completes it', async () => {
    const resident = new Resident(app.url);
    await resident.join();
    await walk(resident, [
      ['Report something', /own words/],
      ['Drug dealing from a flat on my road, cars coming and going all night', /Is that right/],
      ['Yes', /because of who/],
      ['No', /did you see it/],
    ]);
    await app.stop();
    app = await startTestApp(tmp.dir);
    resident.baseUrl = app.url;
    const done = await walk(resident, [
      ['I saw it', /When/],
      ['last night', /Where/],
      ['Temple Hill', /anyone involved/],
      ['Skip', /hurt/],
      ['No', /affecting/],
      ['Skip', /anonymous/],
      ['Stay anonymous', /Drug dealing from a flat/],
      ['Send it', REFERENCE],
    ]);
    const report = await app.store.getReport(REFERENCE.exec(done)![0]);
    assert.equal(report?.categories[0], 'drugs');
    assert.deepEqual(report?.queues, ['kent-police', 'dartford-csu']);
    assert.equal(report?.where.borough, 'dartford');
  });

  it('a resent activity of a type or channel no client should send is ignored, and the log does not repeat what it said', async () => {
    const resident = new Resident(app.url);
    const crafted = resident.activity({ type: 'typezq-crafted', channelId: 'chanzq-crafted' } as never);
    await resident.resend(crafted);
    assert.deepEqual(await resident.resend(crafted), [], 'the resend is ignored');
    assert.match(app.logs.text, /duplicate activity ignored/);
    assert.doesNotMatch(app.logs.text, /zq-crafted/, 'the crafted type and channel are logged as "other"');
  });

  it('a duplicate delivery of the same activity creates one report', async () => {
    const resident = new Resident(app.url);
    await resident.join();
    await walk(resident, anonymousReport('Graffiti sprayed on the underpass walls'));
    const send = resident.activity({ text: 'Send it' });
    const [first, again] = await Promise.all([resident.resend(send), resident.resend(send)]);
    const answered = [first, again].map((r) => texts(r));
    assert.equal(answered.filter((t) => REFERENCE.test(t)).length, 1, `one of the two answers carries the reference:\n${answered.join('\n====\n')}`);
    const late = await resident.resend(send);
    assert.equal(late.length, 0, 'a later resend is ignored');
    const reports = await app.store.listReports();
    assert.equal(reports.length, 1);
    const deliveries = await app.store.listDeliveries();
    assert.deepEqual(
      deliveries.map((d) => d.queueId),
      reports[0]!.queues,
      'one set of deliveries',
    );
  });

  describe('bad input gets a clear answer and stores nothing', () => {
    async function post(body: string, contentType = 'application/json') {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
      return { status: res.status, body: await res.text() };
    }
    const base = {
      type: 'message',
      id: 'x1',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/',
      conversation: { id: 'c-bad' },
      from: { id: 'u' },
      recipient: { id: 'b' },
    };

    afterEach(async () => {
      assert.equal((await app.store.listReports()).length, 0);
      const health = await fetch(`${app.url}/healthz`);
      assert.equal(health.status, 200, 'the server is still up');
    });

    it('malformed JSON → 400', async () => {
      const r = await post('{"type": "message", ');
      assert.equal(r.status, 400);
    });

    it('JSON that is not an activity → 400 naming the problem', async () => {
      for (const body of ['[]', '"hello"', '{}', JSON.stringify({ ...base, conversation: undefined }), JSON.stringify({ ...base, type: 42 })]) {
        const r = await post(body);
        assert.equal(r.status, 400, body);
        assert.match(r.body, /activity/);
      }
    });

    it('not JSON at all → 415', async () => {
      const r = await post('type=message', 'application/x-www-form-urlencoded');
      assert.equal(r.status, 415);
      assert.deepEqual(JSON.parse(r.body), { error: 'expected a JSON Bot Framework activity' });
    });

    it('100 KB of text → a kind "too long" answer', async () => {
      const resident = new Resident(app.url);
      const replies = await resident.say('a'.repeat(100 * 1024));
      assert.match(texts(replies), /too long/);
      const state = await app.store.db.selectFrom('bot_state').select('data').execute();
      assert.ok(
        state.every((s) => !s.data.includes('aaaaaaaaaa')),
        'the text is not kept',
      );
    });

    it('a body over the size limit → 413', async () => {
      const r = await post(JSON.stringify({ ...base, text: 'b'.repeat(600 * 1024) }));
      assert.equal(r.status, 413);
    });

    it('unknown activity types → 200 and nothing happens: no reply, no report, and the conversation carries on', async () => {
      const resident = new Resident(app.url);
      await resident.join();
      for (const type of ['somethingNew', 'typing', 'event', 'endOfConversation', 'messageReaction', 'installationUpdate']) {
        const r = await resident.post(resident.activity({ type } as never));
        assert.equal(r.status, 200, type);
        assert.deepEqual(
          r.replies.map((reply) => reply.text),
          [],
          `${type}: no reply`,
        );
      }
      assert.match(texts(await resident.say('Report something')), /own words/, 'the menu was still waiting for an answer');
      assert.deepEqual(await app.store.listReports(), []);
    });

    it('odd text (emoji, control characters, right-to-left) is answered, not crashed on', async () => {
      const resident = new Resident(app.url);
      for (const text of ['🙂🙂🙂', '\u0000\u0007\u001b[31m', '\u202eevil', '   ', '<script>alert(1)</script>']) {
        const r = await resident.post(resident.activity({ text }));
        assert.equal(r.status, 200, JSON.stringify(text));
        assert.ok(r.replies.length > 0, `an answer for ${JSON.stringify(text)}`);
      }
    });

    it('a message with only an attachment → asked to type', async () => {
      const resident = new Resident(app.url);
      const r = await resident.post(resident.activity({ attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] }));
      assert.equal(r.status, 200);
      assert.match(texts(r.replies), /I can only read typed messages/);
    });

    it('a non-loopback serviceUrl with auth off → 403', async () => {
      const resident = new Resident(app.url, { serviceUrl: 'https://smba.trafficmanager.net/emea/' });
      const r = await resident.post(resident.activity({ text: 'hello' }));
      assert.equal(r.status, 403);
      const state = await app.store.db.selectFrom('bot_state').select('key_hash').execute();
      assert.equal(state.length, 0, 'no conversation state was written');
    });

    it('a request without a valid token → 401 when auth is on', async () => {
      await app.stop();
      app = await startTestApp(tmp.dir, { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
      const resident = new Resident(app.url, { serviceUrl: 'https://smba.trafficmanager.net/emea/' });
      const r = await resident.post(resident.activity({ text: 'hello' }));
      assert.equal(r.status, 401);
    });
  });
});

describe('HTTP end to end with Azure AI Language configured (local server, real SDK)', function () {
  this.timeout(30_000);
  let tmp: ReturnType<typeof tempDir>;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let language: FakeLanguageServer;

  beforeEach(async () => {
    tmp = tempDir();
    language = await new FakeLanguageServer({
      classify: () => [
        { category: 'noise', confidenceScore: 0.93 },
        { category: 'intimidation', confidenceScore: 0.61 },
      ],
      language: (t) =>
        /[ąęłńóśźż]/.test(t)
          ? { name: 'Polish', iso6391Name: 'pl', confidenceScore: 0.98 }
          : { name: 'English', iso6391Name: 'en', confidenceScore: 0.99 },
    }).start();
    app = await startTestApp(tmp.dir, {
      LANGUAGE_ENDPOINT: language.url,
      LANGUAGE_KEY: language.key,
      LANGUAGE_PROJECT: 'dg-community-safety',
      LANGUAGE_DEPLOYMENT: 'production',
    });
  });
  afterEach(async () => {
    await app.stop();
    await language.stop();
    tmp.remove();
  });

  it('uses the custom model, the detected language and Azure PII removal in a whole report', async () => {
    const resident = new Resident(app.url);
    await resident.join();
    const done = await walk(resident, [
      ['Report something', /own words/],
      ['Sąsiad puszcza głośną muzykę każdej nocy, zadzwoń 07700 900789', /prefer to use Polish[\s\S]*noise.*Is that right/],
      ['Yes', /because of who/],
      ['No', /did you see it/],
      ['It happened to me', /When/],
      ['It keeps happening', /Where/],
      ['Northfleet', /anyone involved/],
      ['Skip', /hurt/],
      ['No', /affecting/],
      ['Skip', /anonymous/],
      ['Stay anonymous', /includes this: 07700 900789/],
      ['Remove', /Shall I send it/],
      ['Send it', REFERENCE],
    ]);
    const report = await app.store.getReport(REFERENCE.exec(done)![0]);
    assert.equal(report?.classification.source, 'azure');
    assert.deepEqual(report?.categories, ['noise', 'intimidation']);
    assert.equal(report?.language, 'pl');
    assert.equal(report?.narrative, 'Sąsiad puszcza głośną muzykę każdej nocy, zadzwoń [removed]');
    assert.deepEqual(report?.queues, ['gravesham-environment']);
    for (const body of language.analysisBodies) {
      const params =
        (body.parameters as { loggingOptOut?: boolean } | undefined) ??
        (body.tasks as Array<{ parameters: { loggingOptOut?: boolean } }>)[0]!.parameters;
      assert.equal(params.loggingOptOut, true);
    }
    assert.ok(!app.logs.text.includes('muzyk'), 'no resident text in the logs');
  });

  it('falls back to the embedded classifier when the service fails, and the report still completes', async () => {
    language.mode = '500';
    const resident = new Resident(app.url);
    await resident.join();
    const done = await walk(resident, [
      ...anonymousReport('Someone dumped a mattress and bin bags in the alley behind my house', {
        storyAnswer: /fly-tipping.*Is that right/s,
        where: 'Swanscombe',
      }),
      ['Send it', REFERENCE],
    ]);
    const report = await app.store.getReport(REFERENCE.exec(done)![0]);
    assert.equal(report?.classification.source, 'embedded');
    assert.equal(report?.categories[0], 'environmental');
    assert.match(app.logs.text, /azure language failed: using the embedded result/);
  });
});

describe('delivery from the bot process (partner outage, readiness)', function () {
  this.timeout(30_000);
  const KEY = 'outage-test-key';

  it('the resident gets a reference while the partner is down; deliveries wait, then arrive; /readyz shows the backlog', async () => {
    const receiver = await new WebhookReceiver(KEY).start();
    const port = receiver.port;
    await receiver.stop();
    const config = configWith({
      'gravesham-environment': { transport: 'webhook', url: `http://127.0.0.1:${port}/reports`, signingKeySetting: 'WEBHOOK_KEY' } as never,
    });
    const tmp = tempDir();
    process.env.WEBHOOK_KEY = KEY;
    const app = await startTestApp(tmp.dir, {
      CONFIG_DIR: config.dir,
      DELIVERY_BASE_DELAY_MS: '50',
      DELIVERY_MAX_DELAY_MS: '200',
      DELIVERY_POLL_MS: '20',
    });
    try {
      const resident = new Resident(app.url);
      await resident.join();
      const started = Date.now();
      const done = await walk(resident, [
        ...anonymousReport('Loud music from the flat above every night until 3am', { role: 'It happened to me', when: 'It keeps happening' }),
        ['Send it', REFERENCE],
      ]);
      assert.ok(Date.now() - started < 10_000);
      const reference = REFERENCE.exec(done)![0];
      await until(async () => (await app.store.deliveries(reference))[0]!.attempts >= 2);
      const [pending] = await app.store.deliveries(reference);
      assert.equal(pending!.status, 'pending', 'waiting for the partner');
      const ready = (await (await fetch(`${app.url}/readyz`)).json()) as { outbox: { pending: number; oldestPendingAgeSeconds: number } };
      assert.equal(ready.outbox.pending, 1);
      assert.ok(ready.outbox.oldestPendingAgeSeconds >= 0);
      await receiver.start(port);
      await until(async () => (await app.store.deliveries(reference))[0]!.status === 'delivered');
      assert.deepEqual([...receiver.processed.keys()], [`${reference}:gravesham-environment`]);
      const after = (await (await fetch(`${app.url}/readyz`)).json()) as { outbox: { pending: number } };
      assert.equal(after.outbox.pending, 0);
      assert.ok(!app.logs.text.includes('Loud music'), 'no report text in delivery logs');
    } finally {
      await app.stop();
      await receiver.stop();
      delete process.env.WEBHOOK_KEY;
      config.remove();
      tmp.remove();
    }
  });
});

const until = (check: () => Promise<boolean>, ms = 15_000) => waitFor(check, 'the deliveries', ms);

describe('logging', () => {
  it('redacts whole requests, responses and activity fields even when a library logs them', async () => {
    const capture = new LogCapture();
    const log = createLogger('info', capture);
    log.warn(
      {
        req: { headers: { 'x-forwarded-for': '203.0.113.7' } },
        res: { token: 'secret-token' },
        activity: { text: 'my story' },
        from: { id: 'user-1' },
      },
      'library log',
    );
    log.info({ nested: { text: 'words', conversation: { id: 'conv-1' } } }, 'nested');
    for (const leaked of ['203.0.113.7', 'secret-token', 'my story', 'user-1', 'words', 'conv-1']) assert.ok(!capture.text.includes(leaked), leaked);
    assert.match(capture.text, /library log/);
  });
});
