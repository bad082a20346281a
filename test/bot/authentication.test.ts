import assert from 'node:assert/strict';
import sinon from 'sinon';
import { startTestApp } from '../fixtures/app';
import { startBotProcess } from '../fixtures/botProcess';
import { OpenIdServer } from '../fixtures/openIdServer';
import { Resident, texts } from '../fixtures/resident';
import { tempDir } from '../fixtures/services';

const APP_ID = '00000000-0000-4000-8000-00000000a11d';
const PASSWORD = 'the-app-password-used-as-an-hmac-key';
const SERVICE_URL = 'https://europe.webchat.botframework.com/';

/** Every way a forged or wrong token was tried: each must be a 401 with no internal text. */
function forgeries(oidc: OpenIdServer): Array<[string, string | undefined]> {
  const valid = oidc.claims(APP_ID, SERVICE_URL);
  const good = oidc.token(valid);
  const [header, payload, signature] = good.split('.') as [string, string, string];
  const tampered = Buffer.from(JSON.stringify({ ...valid, aud: 'another-bot' })).toString('base64url');
  return [
    ['no Authorization header', undefined],
    ['not a bearer token', 'Basic dXNlcjpwYXNz'],
    ['garbage', 'Bearer not.a.jwt'],
    ['expired', `Bearer ${oidc.token({ ...valid, exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200 })}`],
    ['wrong audience', `Bearer ${oidc.token({ ...valid, aud: 'another-bot' })}`],
    ['wrong issuer', `Bearer ${oidc.token({ ...valid, iss: 'https://evil.example' })}`],
    ['alg none', `Bearer ${oidc.token(valid, { alg: 'none' })}`],
    ['HS256 signed with the app password', `Bearer ${oidc.token(valid, { alg: 'HS256', hmacSecret: PASSWORD })}`],
    ['signed with a key the channel does not publish', `Bearer ${oidc.token(valid, { key: oidc.foreignKey })}`],
    ['altered signature', `Bearer ${header}.${payload}.${signature.slice(0, -4)}AAAA`],
    ['altered payload', `Bearer ${header}.${tampered}.${signature}`],
    ['service URL other than the token names', `Bearer ${oidc.token({ ...valid, serviceurl: 'https://evil.example/' })}`],
  ];
}

describe('Bot Framework authentication against a local OpenID metadata and JWKS server', function () {
  this.timeout(60_000);
  let oidc: OpenIdServer;
  before(async () => {
    oidc = await new OpenIdServer().start();
    // In this process botbuilder's console output is not routed (only the entry points do that: the second test).
    sinon.stub(console, 'error');
  });
  after(async () => {
    sinon.restore();
    await oidc.stop();
  });

  it('accepts a valid channel token, and refuses every forged or wrong one with 401 and no internal text', async () => {
    const tmp = tempDir();
    const app = await startTestApp(tmp.dir, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, BotOpenIdMetadata: oidc.metadataUrl });
    try {
      const valid = new Resident(app.url, {
        serviceUrl: SERVICE_URL,
        channelId: 'webchat',
        headers: { authorization: `Bearer ${oidc.token(oidc.claims(APP_ID, SERVICE_URL))}` },
      });
      const r = await valid.post(valid.activity({ text: 'hello' }));
      assert.equal(r.status, 200, r.raw);
      assert.match(texts(r.replies), /not for emergencies/, 'the bot answered');
      for (const [what, authorization] of forgeries(oidc)) {
        const forged = new Resident(app.url, { serviceUrl: SERVICE_URL, channelId: 'webchat', headers: authorization ? { authorization } : {} });
        const res = await forged.post(forged.activity({ text: 'hello' }));
        assert.equal(res.status, 401, `${what}: ${res.raw}`);
        assert.deepEqual(JSON.parse(res.raw), { error: 'unauthorized' }, what);
        assert.equal(res.replies.length, 0, what);
      }
      assert.deepEqual(await app.store.listReports(), []);
    } finally {
      await app.stop();
      tmp.remove();
    }
  });

  it('as a process: forged tokens print nothing outside the JSON log lines (no stack trace, no signing key)', async () => {
    const tmp = tempDir();
    const bot = await startBotProcess('bot/index.ts', {
      DATA_DIR: tmp.dir,
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: PASSWORD,
      BotOpenIdMetadata: oidc.metadataUrl,
      LOG_LEVEL: 'info',
    });
    try {
      for (const [what, authorization] of forgeries(oidc)) {
        const forged = new Resident(bot.url, { serviceUrl: SERVICE_URL, headers: authorization ? { authorization } : {} });
        assert.equal((await forged.post(forged.activity({ text: 'a canary-4471 message' }))).status, 401, what);
      }
      const lines = bot.output().trim().split('\n');
      const stray = lines.filter((line) => !line.startsWith('Bot running:') && !isJson(line));
      assert.deepEqual(stray, [], 'every line is a JSON log line');
      assert.doesNotMatch(bot.output(), /BEGIN PUBLIC KEY|BEGIN RSA|canary-4471|\n\s+at /);
      assert.match(bot.output(), /"msg":"library wrote to the console \(text withheld\)"/, 'botbuilder did write, and it went through the logger');
      assert.ok(lines.filter((l) => l.includes('"status":401')).length >= forgeries(oidc).length);
    } finally {
      await bot.stop();
      tmp.remove();
    }
  });
});

function isJson(line: string): boolean {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
}
