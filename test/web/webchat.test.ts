import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
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

  for (const how of ['click', 'Esc'] as const) {
    it(`Quick exit by ${how}: the page is replaced by a neutral site and Back does not bring the chat back`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${neutralUrl}?before`);
      await page.goto(app.url);
      await waitForBot(page, 0, /What would you like to do\?/);
      await tap(page, 'Report something', /in your own words/);
      await page.evaluate(() => sessionStorage.setItem('draft', 'something private'));
      if (how === 'click') await page.getByRole('button', { name: 'Quick exit' }).click();
      else await page.keyboard.press('Escape');
      await page.waitForURL(neutralUrl);
      assert.equal(await page.title(), 'Weather');
      await page.goBack();
      assert.notEqual(page.url(), app.url + '/', 'Back skips the chat page');
      assert.ok(!page.url().startsWith(app.url));
      const storage = await page.evaluate(() => sessionStorage.length);
      assert.equal(storage, 0, 'session storage was cleared');
      await context.close();
    });
  }

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

  it('has no serious or critical accessibility violations with the conversation open (axe-core, WCAG 2.2 AA)', async () => {
    // bypassCSP only so that axe itself can be injected; the page's own policy forbids inline scripts.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForBot(page, 0, /What would you like to do\?/);
    await tap(page, 'Report something', /in your own words/);
    await type(page, 'Someone dumped a mattress in the alley', /Is that right/);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
        }
      ).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    });
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
    assert.deepEqual(serious, []);
    // Keyboard only, from a fresh load: Tab reaches the skip link, then Quick exit.
    await page.goto(app.url);
    await waitForBot(page, 0, /What would you like to do\?/);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the chat');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'quick-exit');
    await context.close();
  });
});
