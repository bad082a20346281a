import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../fixtures/app';
import { countBot, launchChromium, tap, type, waitForBot } from '../fixtures/browser';
import { ROOT, tempDir } from '../fixtures/services';
import { REFERENCE } from '../fixtures/walk';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');

describe('the chat page in headless Chromium (real Web Chat bundle, local Direct Line)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let tmp: ReturnType<typeof tempDir>;
  let neutral: Server;
  let neutralUrl: string;

  before(async () => {
    browser = await launchChromium();
    // The neutral site Quick exit goes to (no internet here).
    neutral = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Weather</title><h1>Weather forecast</h1>');
    });
    await new Promise<void>((r) => neutral.listen(0, '127.0.0.1', r));
    neutralUrl = `http://127.0.0.1:${(neutral.address() as AddressInfo).port}/weather`;
  });
  after(async () => {
    // Whatever before() got to start (a missing Chromium should show only its own clear error).
    await (browser as Browser | undefined)?.close();
    (neutral as Server | undefined)?.close();
  });
  beforeEach(async () => {
    tmp = tempDir();
    app = await startTestApp(tmp.dir, { QUICK_EXIT_URL: neutralUrl, PUBLIC_BASE_URL: 'http://127.0.0.1' });
  });
  afterEach(async () => {
    await app.stop();
    tmp.remove();
  });

  it('a whole anonymous ASB report with mouse and keyboard; the reference shown matches the stored report', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(app.url);
    await waitForBot(page, 0, /What would you like to do\?/);
    const welcome = await page.getByRole('feed').textContent();
    assert.match(welcome ?? '', /not for emergencies/);
    await tap(page, 'Report something', /in your own words/);
    await type(page, 'Youths hanging around the shops every night, shouting and throwing bottles', /rowdy behaviour.*Is that right/s);
    await tap(page, 'Yes, that’s right', /because of who someone is/);
    await tap(page, 'No', /did you see it/);
    await tap(page, 'I saw it', /When did it happen/);
    await type(page, 'last night about 10pm', /Where did it happen/);
    await type(page, 'DA11 0DQ', /anyone involved/);
    await tap(page, 'Skip', /anyone hurt/i);
    await tap(page, 'No', /affecting/);
    await tap(page, 'Skip', /stay anonymous/);
    await tap(page, 'Stay anonymous', /Shall I send it/);
    // The summary is a real list on screen, one line per part of the report, with the resident's words as typed.
    const summary = page
      .getByRole('feed')
      .getByRole('listitem')
      .filter({ hasText: /^What happened:/ });
    assert.equal(await summary.count(), 1, 'the summary renders as a list');
    const items = await summary.locator('xpath=..').getByRole('listitem').allTextContents();
    assert.ok(items.length >= 8, `one item per line (${items.length})`);
    assert.ok(
      items.some((i) => i.startsWith('Where: DA11 0DQ')),
      items.join(' | '),
    );
    const before = await countBot(page);
    await page
      .getByRole('toolbar', { name: /suggested actions/i })
      .getByRole('button', { name: 'Send it' })
      .click();
    const sent = await waitForBot(page, before, REFERENCE);
    const reference = REFERENCE.exec(sent)![0];
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-report.png'), fullPage: true });
    const report = await app.store.getReport(reference);
    assert.ok(report, 'the reference shown is a stored report');
    assert.equal(report.channel, 'webchat');
    assert.equal(report.categories[0], 'rowdy');
    assert.equal(report.reporterRole, 'witness');
    assert.deepEqual(report.where, { text: 'DA11 0DQ', postcode: 'DA11 0DQ', borough: 'gravesham' });
    const london = (d: Date, part: 'hour' | 'day') =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        ...(part === 'hour' ? { hour: '2-digit', hour12: false } : { year: 'numeric', month: '2-digit', day: '2-digit' }),
      }).format(d);
    assert.ok(report.when.start, '"last night about 10pm" was read as a time');
    assert.equal(london(new Date(report.when.start), 'hour'), '22');
    assert.equal(london(new Date(report.when.start), 'day'), london(new Date(Date.now() - 86_400_000), 'day'), 'yesterday, UK time');
    assert.equal(report.anonymous, true);
    assert.deepEqual(report.queues, ['gravesham-csu']);
    assert.ok(!JSON.stringify(report).includes('dl_'), 'no Direct Line user id in the report');
    await page.close();
  });

  for (const how of ['the Exit this page button', 'Shift three times', 'Esc'] as const) {
    it(`leaves by ${how}: the page is replaced by a neutral site, Back does not bring the chat back, nothing is left stored`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${neutralUrl}?before`);
      await page.goto(app.url);
      await waitForBot(page, 0, /What would you like to do\?/);
      await tap(page, 'Report something', /in your own words/);
      await page.evaluate(() => sessionStorage.setItem('draft', 'something private'));
      if (how === 'the Exit this page button') await page.getByRole('button', { name: /Exit this page/ }).click();
      else if (how === 'Esc') await page.keyboard.press('Escape');
      else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.waitForURL(neutralUrl);
      assert.equal(await page.title(), 'Weather');
      await page.goBack();
      assert.ok(page.url().startsWith(`${neutralUrl}?before`), `Back skips the chat page (${page.url()})`);
      assert.ok(!page.url().startsWith(app.url));
      await page.goForward();
      assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'session storage was cleared');
      await context.close();
    });
  }

  it('the privacy notice: opened inside the chat with a way back (the conversation stays); its own page leaves by Shift three times', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForBot(page, 0, /What would you like to do\?/);
    await tap(page, 'Report something', /in your own words/);
    await page.getByRole('contentinfo').getByRole('link', { name: 'How we use information' }).click();
    const notice = page.locator('#privacy-notice');
    await notice.getByRole('heading', { name: 'How we use information' }).waitFor();
    assert.equal(page.url(), `${app.url}/`, 'the same page');
    const text = (await notice.textContent()) ?? '';
    for (const part of [
      /Dartford Borough Council, Civic Centre/,
      /joint controllers/,
      /Article 9\(2\)\(g\)/,
      /Article 10/,
      /kept for 400 days/,
      /Kent Police hate crime/,
      /right to/,
      /Information Commissioner/,
    ])
      assert.match(text, part);
    await notice.getByRole('button', { name: 'Back to the chat' }).first().click();
    assert.ok(
      await page
        .getByRole('feed')
        .getByText(/in your own words/)
        .first()
        .isVisible(),
      'the conversation is still there',
    );
    await type(page, 'Someone keeps dumping rubbish behind the shops', /Is that right/);

    // The notice's own page (a link from elsewhere): Exit this page, and Back to the chat.
    await page.goto(`${neutralUrl}?before`);
    await page.goto(`${app.url}/privacy`);
    assert.equal(await page.getByRole('link', { name: 'Back to the chat' }).getAttribute('href'), '/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(neutralUrl);
    await page.goBack();
    assert.ok(page.url().startsWith(`${neutralUrl}?before`), 'Back skips the privacy page');
    // And its Exit this page button.
    await page.goto(`${app.url}/privacy`);
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(neutralUrl);
    await page.goBack();
    assert.ok(page.url().startsWith(`${neutralUrl}?before`), 'Back skips the privacy page (button)');
    await context.close();
  });

  it('first words before any script: the welcome, the 999 line and the menu are HTML; a choice made before Web Chat has loaded is sent when it has', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const bare = await noScript.newPage();
    await bare.goto(app.url);
    assert.match((await bare.locator('#first-words').textContent()) ?? '', /This is not for emergencies.*What would you like to do\?/s);
    assert.equal(await bare.locator('.danger-line a[href="tel:999"]').count(), 1);
    assert.equal(await bare.getByRole('button', { name: 'Report something' }).count(), 1);
    await noScript.close();

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/webchat\.[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(app.url, { waitUntil: 'domcontentloaded' });
    await page.locator('#first-words[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Report something' }).click();
    assert.equal(await page.locator('#status').textContent(), 'Starting the chat…');
    release();
    await waitForBot(page, 0, /in your own words/);
    assert.equal(await page.locator('#first-words').count(), 0, 'Web Chat has taken over');
    await context.close();
  });

  it('the send box stops at the limit and says so; assets are precompressed, hashed and cached for a year', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(app.url);
    await waitForBot(page, 0, /What would you like to do\?/);
    const box = page.getByRole('textbox', { name: /message/i });
    assert.equal(await box.getAttribute('maxlength'), '4000');
    assert.match((await page.locator('#message-count').textContent()) ?? '', /Up to 4,000 characters/);
    await box.focus();
    await page.keyboard.insertText('a'.repeat(5000));
    assert.equal((await box.inputValue()).length, 4000, 'the box stops at 4,000');
    assert.match((await page.locator('#message-count').textContent()) ?? '', /You have 0 characters left/);
    await page.close();

    const html = await (await fetch(app.url)).text();
    const script = /src="(\/assets\/webchat\.[0-9a-f]{10}\.js)"/.exec(html)?.[1];
    assert.ok(script, 'Web Chat has a content-hashed name');
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const res: Response = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': accept } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-encoding'), encoding, accept);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/);
      assert.ok((await res.arrayBuffer()).byteLength > 100_000);
    }
    const raw = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': 'br' } });
    assert.ok(Number(raw.headers.get('content-length')) < 600 * 1024, 'under 600 KB compressed');
    for (const probe of ['/assets/..%2Fbuild.ts', '/assets/manifest.json', '/assets/embed.js', '/static/chat.css'])
      assert.equal((await fetch(`${app.url}${probe}`)).status, 404, probe);
  });

  it('"exit" empties the transcript on screen too, ends the conversation and offers a new chat', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(app.url);
    await waitForBot(page, 0, /What would you like to do\?/);
    await tap(page, 'Report something', /in your own words/);
    const story = 'My neighbour Quentin Exitcanary keeps shouting at my children';
    await type(page, story, /Is that right/);
    assert.ok((await page.content()).includes('Exitcanary'), 'the story is on screen');
    const box = page.getByRole('textbox', { name: /message/i });
    await box.fill('exit');
    await box.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /The chat is closed and what you wrote has been cleared/ })
      .waitFor();
    assert.equal(await page.getByRole('feed').count(), 0, 'no transcript');
    assert.ok(!(await page.content()).includes('Exitcanary'), 'nothing the resident wrote is left on the page');
    assert.equal(await page.getByRole('button', { name: 'Start a new chat' }).count(), 1);
    await page.getByRole('button', { name: 'Start a new chat' }).click();
    await waitForBot(page, 0, /What would you like to do\?/);
    await page.close();
  });

  it('the 999 answer on a phone: tap-to-call links, a warning card with call buttons, then carry on', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(app.url);
    await waitForBot(page, 0, /What would you like to do\?/);
    await tap(page, 'Report something', /in your own words/);
    await type(page, 'Loud music from the flat upstairs every night', /Is that right/);
    await type(page, 'he is outside my door with a knife right now', /Call\W+999\W+now/);
    const feed = page.getByRole('feed');
    assert.ok((await feed.locator('a[href="tel:999"]').count()) >= 1, '999 is a tel: link');
    assert.ok((await feed.locator('a[href="tel:18000"]').count()) >= 1, '18000 is a tel: link');
    const card = feed.locator('.ac-adaptiveCard').last();
    await card.waitFor();
    const border = await card.evaluate((el) => getComputedStyle(el).borderLeftColor);
    assert.equal(border, 'rgb(212, 53, 28)', 'the card is styled as a warning (GOV.UK red)');
    assert.ok(await card.getByRole('button', { name: 'Call 999' }).isVisible());
    const toolbar = page.getByRole('toolbar', { name: /suggested actions/i });
    assert.ok(await toolbar.getByRole('button', { name: 'I am safe now, carry on', exact: true }).isVisible());
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'danger-answer-390.png') });
    await tap(page, 'I am safe now, carry on', /added what you told me/);
    await page.close();
  });

  const axeRun = async (page: Page) => {
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
        }
      ).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
  };

  // 200% zoom: a 1280×800 window shows 640×400 CSS pixels at twice the size.
  const sizes = [
    { name: 'a phone, 390×844', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
    { name: 'a laptop, 1280×800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
    { name: '200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  ];
  for (const size of sizes) {
    it(`has no serious or critical accessibility violations on ${size.name}: chat with the conversation open, the notice, the privacy page (axe-core, WCAG 2.2 AA)`, async () => {
      // bypassCSP only so that axe itself can be injected; the page's own policy forbids inline scripts.
      const context = await browser.newContext({ bypassCSP: true, viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
      const page = await context.newPage();
      await page.goto(app.url);
      assert.deepEqual(await axeRun(page), [], 'the first words, before Web Chat');
      await waitForBot(page, 0, /What would you like to do\?/);
      await tap(page, 'Report something', /in your own words/);
      await type(page, 'Someone dumped a mattress in the alley', /Is that right/);
      assert.deepEqual(await axeRun(page), [], 'the conversation');
      const exit = page.getByRole('button', { name: /Exit this page/ });
      assert.ok(await exit.isVisible(), 'Exit this page stays visible');
      if (size.viewport.width === 390) {
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-phone-390.png') });
        const header = await page.locator('.chat-header').boundingBox();
        assert.ok(header && header.height <= 60, `a compact header on a phone (${header?.height} px)`);
      }
      await page.getByRole('contentinfo').getByRole('link', { name: 'How we use information' }).click();
      assert.deepEqual(await axeRun(page), [], 'the privacy notice in the chat');
      await page.goto(`${app.url}/privacy`);
      assert.deepEqual(await axeRun(page), [], 'the privacy page');
      // Keyboard only, from a fresh load: Tab reaches the skip link, then Exit this page.
      await page.goto(app.url);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
      await page.keyboard.press('Tab');
      assert.match((await page.evaluate(() => document.activeElement?.textContent)) ?? '', /Exit this page/);
      await context.close();
    });
  }
});
