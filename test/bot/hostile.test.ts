import assert from 'node:assert/strict';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../services/logging/logger';
import { guardProcess, routeConsole } from '../../services/logging/processGuards';
import { LogCapture, startTestApp } from '../fixtures/app';
import { startBotProcess } from '../fixtures/botProcess';
import { Resident } from '../fixtures/resident';
import { tempDir } from '../fixtures/services';
import { fileAReport, REFERENCE } from '../fixtures/walk';

/** A POST of raw bytes with the headers given (what a crafted request looks like). */
async function rawPost(
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(url, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

const activityJson = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...new Resident('http://unused').activity({ text: 'hello' }), ...extra });

describe('hostile requests: refused with 4xx, never a crash or a 5xx', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeEach(async () => {
    tmp = tempDir();
    app = await startTestApp(tmp.dir, { NODE_ENV: 'test' });
  });
  afterEach(async () => {
    await app.stop();
    tmp.remove();
  });

  it('a compressed body is refused with 415 before it is read (a "gzip" body that was not gzip killed the process)', async () => {
    const garbage = Buffer.from('this is not gzip at all \u0000\u0001\u0002');
    for (const encoding of ['gzip', 'GZIP', 'deflate', 'br', 'gzip, identity', 'x-gzip', 'compress']) {
      const r = await rawPost(`${app.url}/api/messages`, garbage, { 'content-type': 'application/json', 'content-encoding': encoding });
      assert.equal(r.status, 415, encoding);
      assert.deepEqual(JSON.parse(r.text), { error: 'compressed request bodies are not accepted' });
      assert.equal(r.headers.get('accept-encoding'), 'identity');
    }
    for (const route of ['/api/directline/token', '/v3/directline/conversations']) {
      assert.equal((await rawPost(`${app.url}${route}`, garbage, { 'content-encoding': 'gzip' })).status, 415, route);
    }
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200, 'still serving');
  });

  it('a decompression bomb is refused without being inflated: memory does not grow', async () => {
    // 256 MB of zeros, a few hundred KB compressed: within the 512 KB body limit, far beyond it inflated.
    const zeros = Buffer.alloc(256 * 1024 * 1024);
    const bombs = { gzip: gzipSync(zeros, { level: 9 }), deflate: deflateSync(zeros, { level: 9 }), br: brotliCompressSync(zeros) };
    const before = process.memoryUsage().rss;
    for (const [encoding, bomb] of Object.entries(bombs)) {
      assert.ok(bomb.length < 512 * 1024, `${encoding} bomb fits the body limit (${bomb.length} bytes)`);
      const r = await rawPost(`${app.url}/api/messages`, bomb, { 'content-type': 'application/json', 'content-encoding': encoding });
      assert.equal(r.status, 415, encoding);
    }
    const grown = process.memoryUsage().rss - before;
    assert.ok(grown < 64 * 1024 * 1024, `RSS grew by ${Math.round(grown / 1048576)} MiB`);
  });

  it('body parser failures are 4xx with a short reason and no parser text', async () => {
    const cases: Array<[string, Buffer | string, Record<string, string>, number]> = [
      ['invalid JSON', '{"type": "message", ', { 'content-type': 'application/json' }, 400],
      ['JSON with a bad escape', '{"text": "\\x"}', { 'content-type': 'application/json' }, 400],
      ['too large', `{"text": "${'a'.repeat(600 * 1024)}"}`, { 'content-type': 'application/json' }, 413],
      ['not JSON', 'hello', { 'content-type': 'text/plain' }, 415],
      ['multipart', '--x\r\n\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }, 415],
      ['a JSON array', '[1,2]', { 'content-type': 'application/json' }, 400],
      ['a JSON string', '"message"', { 'content-type': 'application/json' }, 400],
      ['null', 'null', { 'content-type': 'application/json' }, 400],
    ];
    for (const [what, body, headers, status] of cases) {
      const r = await rawPost(`${app.url}/api/messages`, body, headers);
      assert.equal(r.status, status, `${what}: ${r.text}`);
      assert.doesNotMatch(r.text, /Unexpected|SyntaxError|position|at \w+ \(|node_modules/, what);
    }
  });

  it('fields botbuilder reads, with the wrong type, are refused with 400 naming the field (they used to fail in the turn)', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ locale: 42 }, /locale/],
      [{ locale: { en: 'GB' } }, /locale/],
      [{ type: 'conversationUpdate', membersAdded: { id: 'x' } }, /membersAdded/],
      [{ type: 'conversationUpdate', membersAdded: [{ id: 5 }] }, /membersAdded\.0\.id/],
      [{ attachments: 'file' }, /attachments/],
      [{ entities: [7] }, /entities/],
      [{ timestamp: 'not a time' }, /timestamp/],
      [{ channelData: 'x' }, /channelData/],
      [{ from: 'resident' }, /from/],
      [{ conversation: { id: 'c', isGroup: 'yes' } }, /conversation\.isGroup/],
    ];
    for (const [fields, names] of cases) {
      const r = await rawPost(`${app.url}/api/messages`, activityJson(fields), { 'content-type': 'application/json' });
      assert.equal(r.status, 400, `${JSON.stringify(fields)}: ${r.text}`);
      assert.match(JSON.parse(r.text).error, names);
    }
    assert.doesNotMatch(app.logs.text, /turn error/, 'no turn failed');
  });

  it('an IPv6 loopback service URL ([::1]) gets its replies (the connector could not reach it), and HOST=::1 works', async () => {
    const received: string[] = [];
    const channel = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        received.push(String(JSON.parse(body).text));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"1"}');
      });
    });
    // Dual-stack, as a development tool listening on "localhost" or "::" is.
    await new Promise<void>((resolve) => channel.listen(0, '::', resolve));
    try {
      const resident = new Resident(app.url, { serviceUrl: `http://[::1]:${(channel.address() as AddressInfo).port}/` });
      const r = await resident.post({ ...resident.activity({ text: 'hello' }), deliveryMode: undefined });
      assert.equal(r.status, 200);
      assert.match(received.join('\n'), /not for emergencies/, `the replies reached the channel: ${app.logs.text.slice(-1500)}`);
      assert.doesNotMatch(app.logs.text, /turn error/);
    } finally {
      channel.close();
    }
    const v6 = await startTestApp(tempDir().dir, { HOST: '::1' });
    try {
      assert.match(v6.url, /^http:\/\/\[::1\]:\d+$/);
      assert.equal((await fetch(`${v6.url}/healthz`)).status, 200);
    } finally {
      await v6.stop();
    }
  });

  it("the local Direct Line passes the bot's refusal of a malformed activity on as 400 (it was a 502)", async () => {
    const { token } = (await (
      await fetch(`${app.url}/api/directline/token`, { method: 'POST', headers: { origin: 'http://localhost:3978' } })
    ).json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const { conversationId } = (await (await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: auth })).json()) as {
      conversationId: string;
    };
    const post = (body: unknown) =>
      rawPost(`${app.url}/v3/directline/conversations/${conversationId}/activities`, JSON.stringify(body), {
        ...auth,
        'content-type': 'application/json',
      });
    assert.equal((await post({ type: 'message', text: 'hello', locale: 5 })).status, 400);
    assert.equal((await post({ type: 'message', text: 'hello' })).status, 200);
    assert.equal((await post(['not', 'an', 'activity'])).status, 400);
  });

  it('host names that only look like loopback are not loopback: refused as service URLs and as page origins', async () => {
    for (const serviceUrl of ['http://127.evil.example/', 'http://127.0.0.1.evil.example/', 'http://localhost.evil.example/']) {
      const r = await rawPost(`${app.url}/api/messages`, activityJson({ serviceUrl }), { 'content-type': 'application/json' });
      assert.equal(r.status, 403, serviceUrl);
    }
    for (const origin of ['http://127.evil.example', 'http://localhost.evil.example', 'http://localhost:3978/path']) {
      const r = await fetch(`${app.url}/api/directline/token`, { method: 'POST', headers: { origin } });
      assert.equal(r.status, 403, origin);
    }
    assert.equal((await fetch(`${app.url}/api/directline/token`, { method: 'POST', headers: { origin: 'http://[::1]:3978' } })).status, 200);
  });

  it('unknown routes and methods get short JSON answers', async () => {
    const missing = await fetch(`${app.url}/../../etc/passwd`);
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: 'not found' });
    const method = await fetch(`${app.url}/api/messages`, { method: 'PUT' });
    assert.ok([404, 405].includes(method.status));
    assert.doesNotMatch(await method.text(), /does not exist|restify/i);
  });

  it('/readyz tells the internet only whether it is ready; the outbox figures only to this machine', async () => {
    const local = (await (await fetch(`${app.url}/readyz`)).json()) as Record<string, unknown>;
    assert.equal(local.status, 'ready');
    assert.ok(local.outbox, 'an operator on the machine sees the backlog');
    await app.stop();
    app = await startTestApp(tmp.dir, { TRUST_PROXY: 'true' });
    const remote = await fetch(`${app.url}/readyz`, { headers: { 'x-forwarded-for': '203.0.113.50' } });
    assert.deepEqual(await remote.json(), { status: 'ready' });
  });
});

describe('production headers', () => {
  it('HSTS on every answer in production', async () => {
    const tmp = tempDir();
    const app = await startTestApp(tmp.dir, {
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      DIRECTLINE_SECRET: 'dl',
      STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
    });
    try {
      for (const path of ['/healthz', '/', '/privacy', '/nowhere']) {
        assert.equal((await fetch(`${app.url}${path}`)).headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains', path);
      }
    } finally {
      await app.stop();
      tmp.remove();
    }
  });
});

describe('the process under hostile requests (child process, production-like logging)', function () {
  this.timeout(90_000);

  it('keeps serving after bodies that used to crash it, and a normal report completes afterwards', async () => {
    const tmp = tempDir();
    const bot = await startBotProcess('bot/index.ts', { DATA_DIR: tmp.dir, LOG_LEVEL: 'info' });
    try {
      for (let i = 0; i < 7; i++) {
        const r = await rawPost(`${bot.url}/api/messages`, Buffer.from('definitely not gzip'), {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
        });
        assert.equal(r.status, 415);
      }
      assert.equal(bot.child.exitCode, null, 'still running');
      assert.match(await fileAReport(bot.url), REFERENCE);
    } finally {
      assert.equal(await bot.stop(), 0);
      tmp.remove();
    }
  });
});

describe('process guards', () => {
  it('an uncaught exception or rejection is logged (kind and place, no message) and the process carries on', () => {
    const logs = new LogCapture();
    const target = new EventEmitter();
    guardProcess(createLogger('info', logs), target as never);
    target.emit('uncaughtException', new TypeError('resident wrote: my-secret-words'));
    target.emit('unhandledRejection', 'a string reason');
    const lines = logs.lines.map((l) => JSON.parse(l) as { msg: string; err: { name: string; at?: string[] } });
    assert.deepEqual(
      lines.map((l) => [l.msg, l.err.name]),
      [
        ['uncaught exception: the request that raised it failed; still serving', 'TypeError'],
        ['unhandled rejection: still serving', 'string'],
      ],
    );
    assert.ok(lines[0]!.err.at!.length > 0, 'where it was thrown');
    assert.doesNotMatch(logs.text, /my-secret-words/);
  });

  it('console output from libraries becomes a JSON log line without its text', () => {
    const logs = new LogCapture();
    const ignore = (..._args: unknown[]) => undefined;
    const fake = { log: ignore, info: ignore, debug: ignore, trace: ignore, warn: ignore, error: ignore };
    routeConsole(createLogger('debug', logs), fake);
    fake.error('Error finding key for token. Available keys: -----BEGIN RSA PUBLIC KEY----- MIIB');
    fake.error(new Error('jwt malformed'));
    fake.log('Activity Log:', { text: 'what a resident wrote' });
    assert.equal(logs.lines.length, 3);
    assert.doesNotMatch(logs.text, /BEGIN RSA|MIIB|malformed|what a resident wrote/);
    assert.match(logs.lines[1]!, /"name":"Error"/);
  });
});
