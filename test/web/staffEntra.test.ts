import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp } from '../fixtures/app';
import { launchChromium } from '../fixtures/browser';
import { sampleReport } from '../fixtures/delivery';
import { startEntraProvider, type People } from '../fixtures/entraProvider';
import { CONFIG_DIR, tempDir } from '../fixtures/services';

const CLIENT = { id: '6f1c2b0e-3a4d-4e5f-9a8b-7c6d5e4f3a2b', secret: 'a client secret of the test provider' };
const DARTFORD_OFFICERS = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const POLICE_MANAGERS = '7d444840-9dc0-11d1-b245-5ffdce74fad2';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('staff sign-in with Microsoft Entra ID, against a local OpenID Connect provider (oidc-provider)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let provider: Awaited<ReturnType<typeof startEntraProvider>>;
  let data: ReturnType<typeof tempDir>;
  let config: ReturnType<typeof tempDir>;
  let people: People;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await (browser as Browser | undefined)?.close();
  });
  beforeEach(async () => {
    data = tempDir();
    config = tempDir('dgconfig-');
    cpSync(CONFIG_DIR, config.dir, { recursive: true });
    writeFileSync(
      path.join(config.dir, 'staff-access.json'),
      JSON.stringify({
        groups: [
          { id: DARTFORD_OFFICERS, name: 'Dartford CSU officers', role: 'officer', queues: ['dartford-csu'] },
          { id: POLICE_MANAGERS, name: 'Kent Police managers', role: 'manager', queues: ['kent-police'] },
        ],
      }),
    );
    people = {
      olu: { oid: 'c0a8f1d2-0000-4000-8000-000000000001', preferred_username: 'Olu.Officer@dartford.gov.uk', groups: [DARTFORD_OFFICERS] },
      maya: {
        oid: 'c0a8f1d2-0000-4000-8000-000000000002',
        preferred_username: 'maya.manager@kent.police.uk',
        groups: [DARTFORD_OFFICERS, POLICE_MANAGERS],
      },
      nobody: {
        oid: 'c0a8f1d2-0000-4000-8000-000000000003',
        preferred_username: 'new.starter@dartford.gov.uk',
        groups: ['0f8fad5b-d9cb-469f-a165-70867728950e'],
      },
    };
    const port = await freePort();
    const base = `http://localhost:${port}`;
    provider = await startEntraProvider(
      { ...CLIENT, redirectUri: `${base}/staff/sign-in/entra/callback`, afterSignOut: `${base}/staff/sign-in` },
      people,
    );
    app = await startTestApp(data.dir, {
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      CONFIG_DIR: config.dir,
      STAFF_ENTRA_ISSUER: provider.issuer,
      STAFF_ENTRA_CLIENT_ID: CLIENT.id,
      STAFF_ENTRA_CLIENT_SECRET: CLIENT.secret,
    });
    Object.assign(app, { url: base });
  });
  afterEach(async () => {
    await app.stop();
    await provider.stop();
    data.remove();
    config.remove();
  });

  const file = (queues: string[], overrides: Parameters<typeof sampleReport>[1] = {}) =>
    app.store.submit(`k-${Math.random()}`, (ref) => sampleReport(ref, { queues, ...overrides })).then((r) => r.reference);

  /** Through the app's sign-in page (or a page that needs it) and the provider's own pages, as a person would. */
  async function signIn(login: string, start = '/staff/sign-in'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app.url}${start}`);
    await page.getByRole('link', { name: 'Sign in with your council account' }).click();
    assert.ok(page.url().startsWith(provider.issuer), `at the provider: ${page.url()}`);
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('load');
    return { context, page };
  }

  it('an officer signs in with their council account and sees only the queues their groups grant; a manager in two groups gets both', async () => {
    await file(['dartford-csu'], { narrative: 'Music from number 4 every night' });
    const theirs = await file(['domestic-abuse'], { categories: ['domestic_abuse'] });
    const police = await file(['kent-police'], { emergencyIndicated: true });

    const { context, page } = await signIn('olu');
    await page.waitForURL(/\/staff\/queues\/dartford-csu/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Dartford Community Safety Unit');
    assert.match((await page.locator('.staff-nav').textContent()) ?? '', /olu\.officer@dartford\.gov\.uk \(officer\)/);
    assert.equal(await page.locator('tbody tr').count(), 1);
    const session = (await context.cookies()).find((c) => c.name === 'dg-staff');
    assert.equal(session?.sameSite, 'Strict', 'the session cookie stays SameSite=Strict');
    assert.equal(session?.httpOnly, true);
    for (const other of [theirs, police]) {
      await page.goto(`${app.url}/staff/reports/${other}`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found', 'another queue is not found by URL');
    }
    // Signing out offers Microsoft's sign-out too (a shared computer), which comes back to the sign-in page.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('link', { name: 'Sign out of your Microsoft account' }).click();
    assert.ok(page.url().startsWith(provider.issuer), 'at the provider');
    await page.getByRole('button', { name: /yes, sign me out/i }).click();
    await page.waitForURL(`${app.url}/staff/sign-in`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sign in');
    await context.close();

    // A notice email's link: the report opens once signed in.
    const manager = await signIn('maya', `/staff/reports/${police}`);
    await manager.page.waitForURL(`${app.url}/staff/reports/${police}`);
    await manager.page.goto(`${app.url}/staff`);
    await manager.page.waitForURL(/\/staff\/queues\//);
    assert.match((await manager.page.locator('.staff-nav').textContent()) ?? '', /maya\.manager@kent\.police\.uk \(manager\)/);
    const queues = (await manager.page.locator('.staff-queues').textContent()) ?? '';
    assert.match(queues, /Dartford Community Safety Unit/);
    assert.match(queues, /Kent Police \(North Kent\)/);
    await manager.page.goto(`${app.url}/staff/reports/${police}`);
    assert.equal(await manager.page.getByRole('heading', { level: 1 }).textContent(), `Report ${police}`);
    await manager.context.close();

    const audit = await app.store.db.selectFrom('staff_audit').select(['user_email', 'action', 'detail']).where('action', '=', 'sign_in').execute();
    assert.deepEqual(
      audit.map((a) => a.user_email),
      ['olu.officer@dartford.gov.uk', 'maya.manager@kent.police.uk'],
    );
  });

  it('someone whose groups grant nothing is refused, with no account made; removed from their group, an officer loses their sessions at the next sign-in', async () => {
    const refused = await signIn('nobody');
    assert.equal(await refused.page.getByRole('heading', { level: 1 }).textContent(), 'You do not have access to the staff inbox');
    await refused.page.goto(`${app.url}/staff`);
    assert.equal(await refused.page.getByRole('heading', { level: 1 }).textContent(), 'Sign in', 'no session was started');
    await refused.context.close();
    assert.equal((await app.store.db.selectFrom('staff_users').select('email').execute()).length, 0, 'no account was made');

    const first = await signIn('olu');
    await first.page.waitForURL(/\/staff\/queues\/dartford-csu/);
    people.olu!.groups = [];
    const second = await signIn('olu');
    assert.equal(await second.page.getByRole('heading', { level: 1 }).textContent(), 'You do not have access to the staff inbox');
    await first.page.reload();
    assert.equal(await first.page.getByRole('heading', { level: 1 }).textContent(), 'Sign in', 'the earlier session has ended');
    await first.context.close();
    await second.context.close();

    const refusals = await app.store.db.selectFrom('staff_audit').select(['user_email', 'detail']).where('action', '=', 'sign_in_refused').execute();
    assert.deepEqual(
      refusals.map((r) => [r.user_email, JSON.parse(r.detail).entra]),
      [
        ['new.starter@dartford.gov.uk', 'no group grants access'],
        ['olu.officer@dartford.gov.uk', 'no group grants access'],
      ],
    );
  });

  it('a crafted return from the provider is refused without a session: no checks cookie, an altered one, a wrong state, a forged code', async () => {
    const callback = (query: string, cookie?: string) =>
      fetch(`${app.url}/staff/sign-in/entra/callback?${query}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const started = await fetch(`${app.url}/staff/sign-in/entra`, { redirect: 'manual' });
    assert.equal(started.status, 303);
    const location = new URL(started.headers.get('location')!);
    assert.equal(location.origin, provider.issuer);
    assert.equal(location.searchParams.get('code_challenge_method'), 'S256');
    const setCookie = started.headers.getSetCookie().find((c) => c.startsWith('dg-staff-oidc='))!;
    assert.match(setCookie, /SameSite=Lax/i);
    assert.match(setCookie, /HttpOnly/i);
    const cookie = setCookie.split(';')[0]!;
    const state = location.searchParams.get('state')!;
    const [payload, mac] = cookie.slice('dg-staff-oidc='.length).split('.');
    const altered = `dg-staff-oidc=${Buffer.from(JSON.stringify({ verifier: 'v', state: 'mine', nonce: 'n' })).toString('base64url')}.${mac}`;

    for (const [what, res] of [
      ['no cookie', await callback(`code=abc&state=${state}`)],
      ['altered cookie', await callback('code=abc&state=mine', altered)],
      ['wrong state', await callback('code=abc&state=not-the-state', cookie)],
      ['forged code', await callback(`code=forged-code-9f3a&state=${state}`, cookie)],
      ['error from the provider', await callback(`error=access_denied&error_description=Olu+said+no&state=${state}`, cookie)],
    ] as const) {
      assert.equal(res.status, 400, what);
      const body = await res.text();
      assert.match(body, /Sign-in did not finish/, what);
      assert.doesNotMatch(body, /Olu said no|forged-code|at \w+ \(/, `${what}: no provider text or internal detail`);
      assert.ok(!res.headers.getSetCookie().some((c) => /^dg-staff=[^;]/.test(c)), `${what}: no session`);
    }
    assert.ok(payload);
    assert.doesNotMatch(app.logs.text, /forged-code-9f3a|Olu said no/, 'the logs hold no code or provider text');
    assert.equal((await app.store.db.selectFrom('staff_sessions').select('id_hash').execute()).length, 0);
  });

  it('when Microsoft sign-in cannot be reached, the sign-in page says so (503) and the log says why', async () => {
    await provider.stop();
    const res = await fetch(`${app.url}/staff/sign-in/entra`, { redirect: 'manual' });
    assert.equal(res.status, 503);
    assert.match(await res.text(), /Council sign-in is not available/);
    assert.match(app.logs.text, /Entra ID sign-in could not start/);
  });
});
