import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startBotProcess } from '../fixtures/botProcess';
import { ROOT, tempDir } from '../fixtures/services';

/** No Docker engine runs here: the same steps as deployment/Dockerfile, in a temporary folder. */
describe('production: the built package with production dependencies only', function () {
  this.timeout(600_000);

  it('builds, installs with --omit=dev, starts with node dist/..., refuses unauthenticated activities', async () => {
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
    npm(['run', '--silent', 'build'], ROOT);
    const app = tempDir('dgprod-');
    const data = tempDir('dgprod-data-');
    try {
      for (const f of ['package.json', 'package-lock.json']) cpSync(path.join(ROOT, f), path.join(app.dir, f));
      for (const d of ['dist', 'deployment']) cpSync(path.join(ROOT, d), path.join(app.dir, d), { recursive: true });
      // --prefer-offline: the packages are in npm's cache from the project's own install (no registry round trips).
      npm(['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], app.dir);
      const devDependencies = Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies);
      for (const dev of ['mocha', 'typescript', 'playwright-core'])
        assert.ok(devDependencies.includes(dev) && !existsSync(path.join(app.dir, 'node_modules', dev)), `${dev} is not installed`);

      const bot = await startBotProcess(
        'dist/bot/index.js',
        {
          NODE_ENV: 'production',
          DATA_DIR: data.dir,
          MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
          MicrosoftAppPassword: 'not-a-real-secret',
          DIRECTLINE_SECRET: 'not-a-real-secret',
          STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
          LOG_LEVEL: 'info',
        },
        { cwd: app.dir },
      );
      const { url } = bot;
      try {
        assert.equal((await fetch(`${url}/healthz`)).status, 200);
        assert.equal((await fetch(`${url}/readyz`)).status, 200);
        // The chat page and the files it names come from the build (npm run build), not from the sources.
        const chatPage = await (await fetch(`${url}/`)).text();
        const files = [...chatPage.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
        assert.ok(files.length >= 3, 'the page names its built files');
        for (const file of files) {
          const res = await fetch(`${url}${file}`, { headers: { 'accept-encoding': 'br' } });
          assert.equal(res.status, 200, file);
          assert.equal(res.headers.get('content-encoding'), 'br', file);
        }
        // The staff inbox: sign-in page never cached, __Host- cookies, and no local password form in production.
        const signIn = await fetch(`${url}/staff/sign-in`);
        assert.equal(signIn.status, 200);
        assert.equal(signIn.headers.get('cache-control'), 'no-store');
        assert.match(signIn.headers.getSetCookie().join('\n'), /^__Host-dg-staff-pre=[^;]+;.*HttpOnly.*Secure.*SameSite=Strict/m);
        assert.doesNotMatch(await signIn.text(), /type="password"/, 'local accounts are off in production unless STAFF_LOCAL_ACCOUNTS=true');
        const activity = {
          type: 'message',
          id: '1',
          channelId: 'webchat',
          serviceUrl: 'https://webchat.botframework.com/',
          conversation: { id: 'c' },
          from: { id: 'u' },
          recipient: { id: 'b' },
          text: 'hello',
        };
        const res = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity),
        });
        assert.equal(res.status, 401, 'authentication is on in production');
        const local = await fetch(`${url}/v3/directline/conversations`, { method: 'POST' });
        assert.equal(local.status, 404, 'no local Direct Line in production');
      } finally {
        assert.equal(await bot.stop(), 0, 'a clean exit on SIGTERM');
      }
    } finally {
      app.remove();
      data.remove();
    }
  });
});
