import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitFor } from '../fixtures/waitFor';
import { startTestApp, useApp } from '../fixtures/app';
import { useTempDir } from '../fixtures/services';

// botframework-directlinejs needs XMLHttpRequest in Node (docs/architecture.md 12); without it it hangs silently.
// eslint-disable-next-line @typescript-eslint/no-require-imports
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= require('xhr2');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DirectLine } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');

type Activity = { type: string; text?: string; from: { id: string }; id?: string; suggestedActions?: { actions: Array<{ title: string }> } };

async function token(appUrl: string, origin = appUrl): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${appUrl}/api/directline/token`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{}' });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('local Direct Line (development) with the official botframework-directlinejs client', function () {
  this.timeout(60_000);
  const ctx = useApp();

  it('starts a conversation, gets the welcome, posts, polls with a watermark, refreshes its token', async () => {
    const { body } = await token(ctx.app.url);
    assert.equal(typeof body.token, 'string');
    const dl = new DirectLine({
      token: body.token as string,
      domain: `${ctx.app.url}${body.domain as string}`,
      webSocket: false,
      pollingInterval: 200,
    });
    const seen: Activity[] = [];
    const sub = dl.activity$.subscribe((a) => seen.push(a as Activity));
    const until = (check: () => boolean) => waitFor(check, () => `the bot's answer; saw ${JSON.stringify(seen.map((a) => a.text))}`);
    try {
      await until(() => seen.some((a) => a.text === 'What would you like to do?'));
      const menu = seen.find((a) => a.text === 'What would you like to do?')!;
      assert.deepEqual(
        menu.suggestedActions?.actions.map((x) => x.title),
        ['Report something', 'Get support', 'How we use info'],
      );
      const userId = seen.find((a) => a.from.id.startsWith('dl_'))?.from.id;
      await new Promise<void>((resolve, reject) =>
        dl
          .postActivity({ type: 'message', from: { id: 'someone-else' }, text: 'Report something' } as never)
          .subscribe({ next: () => resolve(), error: reject }),
      );
      await until(() => seen.some((a) => /in your own words/.test(a.text ?? '')));
      const echo = seen.find((a) => a.text === 'Report something')!;
      assert.match(echo.from.id, /^dl_[0-9a-f]{24}$/, 'the user id comes from the token, not the client');
      assert.equal(userId ?? echo.from.id, echo.from.id);
      assert.equal(seen.filter((a) => a.text === 'What would you like to do?').length, 1, 'the watermark means nothing is seen twice');

      // Token refresh: the old token stops working, the new one works.
      const conversationId = (seen[0] as unknown as { conversation: { id: string } }).conversation.id;
      const refreshed = await fetch(`${ctx.app.url}/v3/directline/tokens/refresh`, {
        method: 'POST',
        headers: { authorization: `Bearer ${body.token as string}` },
      });
      assert.equal(refreshed.status, 200);
      const { token: fresh, conversationId: sameConversation } = (await refreshed.json()) as { token: string; conversationId: string };
      assert.equal(sameConversation, conversationId);
      const withOld = await fetch(`${ctx.app.url}/v3/directline/conversations/${conversationId}/activities`, {
        headers: { authorization: `Bearer ${body.token as string}` },
      });
      assert.equal(withOld.status, 403);
      const withNew = await fetch(`${ctx.app.url}/v3/directline/conversations/${conversationId}/activities?watermark=0`, {
        headers: { authorization: `Bearer ${fresh}` },
      });
      assert.equal(withNew.status, 200);
      const page = (await withNew.json()) as { activities: Activity[]; watermark: string };
      assert.equal(Number(page.watermark), page.activities.length);
    } finally {
      sub.unsubscribe();
      dl.end();
    }
  });

  it('uploads: an attachment-only message gets the "please type" answer', async () => {
    const { body } = await token(ctx.app.url);
    const auth = { authorization: `Bearer ${body.token as string}` };
    const started = (await (await fetch(`${ctx.app.url}/v3/directline/conversations`, { method: 'POST', headers: auth })).json()) as {
      conversationId: string;
    };
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message' })], { type: 'application/vnd.microsoft.activity' }), 'blob');
    form.append('file', new Blob([Buffer.from('fake image')], { type: 'image/png' }), 'photo.png');
    const up = await fetch(`${ctx.app.url}/v3/directline/conversations/${started.conversationId}/upload?userId=x`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    assert.equal(up.status, 200);
    let texts: string[] = [];
    await waitFor(
      async () => {
        const page = (await (
          await fetch(`${ctx.app.url}/v3/directline/conversations/${started.conversationId}/activities`, { headers: auth })
        ).json()) as { activities: Activity[] };
        texts = page.activities.map((a) => a.text ?? '');
        return texts.some((t) => /only read typed messages/.test(t));
      },
      () => `the "please type" answer; saw ${JSON.stringify(texts)}`,
    );
  });

  it('refuses calls without a valid token', async () => {
    const res = await fetch(`${ctx.app.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer nonsense' } });
    assert.equal(res.status, 403);
  });
});

describe('token endpoint', function () {
  this.timeout(30_000);
  const tmp = useTempDir();

  it('production: exchanges the secret at Direct Line tokens/generate and returns only the token', async () => {
    const calls: Array<{ auth: string | undefined; body: { user: { id: string }; trustedOrigins: string[] } }> = [];
    const fake: Server = createServer(async (req: IncomingMessage, res) => {
      let raw = '';
      for await (const c of req) raw += c;
      if (req.url === '/v3/directline/tokens/generate' && req.method === 'POST') {
        calls.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'c-1', token: 'azure-issued-token', expires_in: 3600 }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    const app = await startTestApp(tmp.dir, {
      DIRECTLINE_SECRET: 'the-direct-line-secret',
      DIRECTLINE_ENDPOINT: endpoint,
      WEBCHAT_ALLOWED_ORIGINS: 'https://www.dartford.gov.uk, https://www.gravesham.gov.uk',
      TOKEN_RATE_LIMIT_PER_MINUTE: '3',
    });
    try {
      const ok = await token(app.url, 'https://www.dartford.gov.uk');
      assert.equal(ok.status, 200);
      assert.equal(ok.body.token, 'azure-issued-token');
      assert.ok(!JSON.stringify(ok.body).includes('the-direct-line-secret'), 'the secret never reaches the browser');
      assert.equal(calls.length, 1);
      assert.equal(calls[0]!.auth, 'Bearer the-direct-line-secret');
      assert.match(calls[0]!.body.user.id, /^dl_[0-9a-f]{32}$/);
      assert.deepEqual(calls[0]!.body.trustedOrigins, ['https://report.example', 'https://www.dartford.gov.uk', 'https://www.gravesham.gov.uk']);

      const refused = await token(app.url, 'https://evil.example');
      assert.equal(refused.status, 403);
      const noOrigin = await fetch(`${app.url}/api/directline/token`, { method: 'POST' });
      assert.equal(noOrigin.status, 403);
      assert.equal(calls.length, 1, 'refused requests never reach Direct Line');

      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await token(app.url, 'https://www.gravesham.gov.uk')).status);
      assert.deepEqual(statuses, [200, 200, 429, 429], 'three a minute per client');

      // The local Direct Line is off whenever a secret is configured.
      const local = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer x' } });
      assert.equal(local.status, 404);
    } finally {
      await app.stop();
      fake.close();
    }
  });

  it('the local Direct Line is refused in production mode', async () => {
    const app = await startTestApp(tmp.dir, {
      NODE_ENV: 'production',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'app-password',
      DIRECTLINE_SECRET: 'the-secret',
      STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
    });
    try {
      const res = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer x' } });
      assert.equal(res.status, 404);
      const connector = await fetch(`${app.url}/v3/conversations/c/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(connector.status, 404);
      const tokenRes = await token(app.url, 'http://localhost:3978');
      assert.equal(tokenRes.status, 403, 'no loopback origins in production');
    } finally {
      await app.stop();
    }
  });
});
