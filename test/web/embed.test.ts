import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { startTestApp } from '../fixtures/app';
import { launchChromium } from '../fixtures/browser';
import { tempDir } from '../fixtures/services';
import { waitFor } from '../fixtures/waitFor';

/** A council's page with the embed snippet of deployment/webchat/embed.html, on its own origin. */
function councilPage(botUrl: string, exitUrl: string): string {
  return `<!doctype html><html lang="en"><title>Gravesham Borough Council</title>
<h1>Anti-social behaviour</h1>
<button id="cookies" type="button" onclick="this.textContent='Cookies accepted'">Accept cookies</button>
<div id="dg-report-chat"></div>
<script src="${botUrl}/static/embed.js" data-container="dg-report-chat" data-height="600px" data-exit-url="${exitUrl}" defer></script>`;
}

describe('the council-site embed in headless Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let council: Server;
  let councilUrl = '';
  let botUrl = '';
  let app: Awaited<ReturnType<typeof startTestApp>>;
  const tmp = tempDir();

  before(async () => {
    browser = await launchChromium();
    council = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        req.url === '/weather' ? '<!doctype html><title>Weather</title><h1>Weather forecast</h1>' : councilPage(botUrl, `${councilUrl}/weather`),
      );
    });
    await new Promise<void>((resolve) => council.listen(0, '127.0.0.1', resolve));
    councilUrl = `http://127.0.0.1:${(council.address() as AddressInfo).port}`;
    app = await startTestApp(tmp.dir, { WEBCHAT_ALLOWED_ORIGINS: councilUrl, PUBLIC_BASE_URL: 'http://localhost' });
    // The bot on another origin than the council's page (localhost, not 127.0.0.1), as on a real council site.
    botUrl = app.url.replace('127.0.0.1', 'localhost');
  });
  after(async () => {
    await (browser as Browser | undefined)?.close();
    await app?.stop();
    council?.close();
    tmp.remove();
  });

  it('shows a launcher and loads nothing of the chat until it is opened; Esc on the council page does nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const fromBot: Array<{ url: string; bytes: number }> = [];
    page.on('response', async (response) => {
      if (!response.url().startsWith(botUrl)) return;
      const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
      fromBot.push({ url: response.url().slice(botUrl.length), bytes });
    });
    await page.goto(councilUrl);
    const launcher = page.getByRole('button', { name: 'Report something or get support' });
    await launcher.waitFor();
    await launcher.hover();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('iframe').count(), 0, 'no chat frame before it is opened');
    assert.deepEqual(
      fromBot.map((r) => r.url),
      ['/static/embed.js'],
      'only the launcher script',
    );
    const bytes = fromBot.reduce((n, r) => n + r.bytes, 0);
    assert.ok(bytes <= 15 * 1024, `${bytes} bytes before opening`);

    // Esc belongs to the council's page (its menus and banners): the resident stays where they are.
    await page.getByRole('button', { name: 'Accept cookies' }).focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300); // a navigation, if Esc wrongly started one, would have begun by now
    assert.equal(page.url(), `${councilUrl}/`);
    assert.equal(await page.getByRole('heading', { name: 'Anti-social behaviour' }).count(), 1);
    await page.close();
  });

  it('opens the chat in the frame on click, and Exit this page inside it leaves the whole council page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(councilUrl);
    await page.getByRole('button', { name: 'Report something or get support' }).click();
    const chat = page.frameLocator('iframe[title^="Report anti-social behaviour"]');
    await chat.getByRole('button', { name: /Exit this page/ }).waitFor();
    await waitFor(
      async () => (await chat.getByRole('feed').textContent())?.includes('What would you like to do?') ?? false,
      'the welcome in the frame',
    );
    await chat.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(`${councilUrl}/weather`);
    assert.equal(await page.getByRole('heading', { name: 'Weather forecast' }).count(), 1);
    await page.close();
  });
});
