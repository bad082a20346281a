/**
 * The chat page as a resident on a phone meets it, in Debian's Chromium: a "slow 4G" profile (1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trip, CPU slowed 4×, 390×844), each run in a fresh browser context (nothing cached).
 *
 * - the chat page: time to the first bot words (the welcome on screen), to the first usable button (the menu, its
 *   script attached), to Web Chat taking over, and the bytes moved until then; also unthrottled;
 * - a council page with the embed, beside the same page without it: bytes until the launcher is opened, then the
 *   time from the tap to the bot's first words in the frame;
 * - beside them, in the same run, a bare page that loads the stock Web Chat bundle (`webchat.js` from the package,
 *   compressed as a CDN would send it) with no bot logic: time until Web Chat has drawn its send box, and bytes.
 *
 * Medians of BENCH_PAGE_RUNS runs (5). Targets (issue 17): first words ≤ 3 s, first button ≤ 5 s, ≤ 600 KB for the
 * chat page; the embed adds ≤ 15 KB to a council page; unthrottled first words ≤ 0.5 s.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../test/fixtures/browser';
import { startBenchApp } from './app';
import { percentile, saveResult, table } from './lib';

const SLOW_4G = { latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9, cpu: 4 };

interface Run {
  firstWordsMs: number;
  firstButtonMs: number;
  settledMs: number;
  bytes: number;
}

/** Records, in the page, when each selector first matches (checked every frame from the first script on). */
const MARKS = `(() => {
  const marks = (window.__marks = {});
  const watch = { words: ${JSON.stringify('#first-words .bubble, [role=feed] article, .webchat__send-box')},
                  button: ${JSON.stringify('#first-words[data-ready="true"] button, [role=toolbar] button, .webchat__send-box textarea, .webchat__send-box input, #dg-report-chat > button')},
                  webchat: ${JSON.stringify('[role=feed] article, .webchat__send-box')} };
  const check = () => {
    for (const [name, selector] of Object.entries(watch)) if (!(name in marks) && document.querySelector(selector)) marks[name] = performance.now();
    if (Object.keys(marks).length < 3) requestAnimationFrame(check);
  };
  document.addEventListener('DOMContentLoaded', check);
  requestAnimationFrame(check);
})();`;

async function throttled(context: BrowserContext, page: Page, slow: boolean): Promise<() => number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  cdp.on('Network.webSocketFrameReceived', (e: { response: { payloadData: string } }) => (bytes += e.response.payloadData.length));
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_4G.latency,
      downloadThroughput: SLOW_4G.downloadThroughput,
      uploadThroughput: SLOW_4G.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
  }
  return () => bytes;
}

async function measure(
  browser: Browser,
  url: string,
  slow: boolean,
  until: 'webchat' | 'button' | null,
  open?: (page: Page) => Promise<void>,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(MARKS);
  const bytes = await throttled(context, page, slow);
  await page.goto(url, { waitUntil: 'commit' });
  const mark = (name: string) =>
    page.waitForFunction((n) => (window as unknown as { __marks: Record<string, number> }).__marks[n], name, { timeout: 120_000 });
  if (until) await mark(until);
  // Web Chat keeps polling the local Direct Line, so the network is never idle: bytes are counted to the load event
  // and the mark, whichever is later, and half a second more.
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  const marks = (await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks)) as Record<string, number>;
  const run: Run = {
    firstWordsMs: marks.words ?? NaN,
    firstButtonMs: marks.button ?? NaN,
    settledMs: until ? (marks[until] ?? NaN) : NaN,
    bytes: bytes(),
  };
  if (open) {
    // The council page: the tap on the launcher, then the bot's first words inside the frame.
    const t0 = await page.evaluate(() => performance.now());
    await open(page);
    const frame = page.frameLocator('iframe');
    await frame.locator('#first-words .bubble').first().waitFor({ timeout: 120_000 });
    run.settledMs = (await page.evaluate(() => performance.now())) - t0;
  }
  await context.close();
  return run;
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

function summarise(runs: Run[]) {
  return {
    firstWordsMs: Math.round(median(runs.map((r) => r.firstWordsMs))),
    firstButtonMs: Math.round(median(runs.map((r) => r.firstButtonMs))),
    settledMs: Math.round(median(runs.map((r) => r.settledMs))),
    kilobytes: Math.round(median(runs.map((r) => r.bytes)) / 1024),
  };
}

/** The council's page (with or without the embed) and the bare stock Web Chat page, on their own origin. */
async function otherSite(botUrl: () => string) {
  const stock = readFileSync(path.join(path.dirname(require.resolve('botframework-webchat')), '../dist/webchat.js'));
  const stockBr = zlib.brotliCompressSync(stock, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } });
  const council = (embed: boolean) => `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anti-social behaviour - Dartford Borough Council</title></head><body><h1>Anti-social behaviour</h1>
<p>How to report anti-social behaviour in Dartford, and what happens next.</p>
${embed ? `<div id="dg-report-chat"></div><script src="${botUrl()}/static/embed.js" data-container="dg-report-chat" defer></script>` : ''}
</body></html>`;
  const bare = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Web Chat</title>
<style>html,body,#webchat{height:100%;margin:0}</style></head><body><div id="webchat"></div>
<script src="/webchat.js"></script>
<script>window.WebChat.renderWebChat({ directLine: window.WebChat.createDirectLine({ token: 'none', domain: location.origin + '/none' }) }, document.getElementById('webchat'));</script>
</body></html>`;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/webchat.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'br', 'content-length': stockBr.length });
      return res.end(stockBr);
    }
    const body = req.url === '/council' ? council(true) : req.url === '/council-bare' ? council(false) : req.url === '/bare' ? bare : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html' });
    res.end(body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

export async function benchChatPage(runs = Number(process.env.BENCH_PAGE_RUNS ?? 5)) {
  const data = mkdtempSync(path.join(os.tmpdir(), 'dg-bench-page-'));
  let botUrl = '';
  const site = await otherSite(() => botUrl);
  const app = await startBenchApp(data, {
    PUBLIC_BASE_URL: 'http://127.0.0.1/',
    WEBCHAT_ALLOWED_ORIGINS: site.url,
    // Many fresh conversations from one address in a minute: the per-address limits would refuse them.
    TOKEN_RATE_LIMIT_PER_MINUTE: '1000',
    CONVERSATION_RATE_LIMIT_PER_HOUR: '100000',
  });
  botUrl = app.url;
  const browser = await launchChromium();
  try {
    const repeat = async (fn: () => Promise<Run>) => {
      const out: Run[] = [];
      for (let i = 0; i < runs; i++) out.push(await fn());
      return summarise(out);
    };
    const open = (page: Page) => page.getByRole('button', { name: 'Report something or get support' }).click();
    const result = {
      profile: { ...SLOW_4G, viewport: '390x844' },
      runs,
      chatPage: await repeat(() => measure(browser, app.url, true, 'webchat')),
      chatPageUnthrottled: await repeat(() => measure(browser, app.url, false, 'webchat')),
      councilWithEmbed: await repeat(() => measure(browser, `${site.url}/council`, true, 'button', open)),
      councilWithout: await repeat(() => measure(browser, `${site.url}/council-bare`, true, null)),
      stockWebChat: await repeat(() => measure(browser, `${site.url}/bare`, true, 'webchat')),
    };
    const embedAddsKB = result.councilWithEmbed.kilobytes - result.councilWithout.kilobytes;
    const targets = {
      firstWordsSlow4G: { target: '≤ 3000 ms', measured: result.chatPage.firstWordsMs, met: result.chatPage.firstWordsMs <= 3000 },
      firstButtonSlow4G: { target: '≤ 5000 ms', measured: result.chatPage.firstButtonMs, met: result.chatPage.firstButtonMs <= 5000 },
      chatPageBytes: { target: '≤ 600 KB', measured: result.chatPage.kilobytes, met: result.chatPage.kilobytes <= 600 },
      embedBytes: { target: '≤ 15 KB more', measured: embedAddsKB, met: embedAddsKB <= 15 },
      firstWordsUnthrottled: {
        target: '≤ 500 ms',
        measured: result.chatPageUnthrottled.firstWordsMs,
        met: result.chatPageUnthrottled.firstWordsMs <= 500,
      },
    };
    const file = saveResult('chat-page', { ...result, embedAddsKB, targets });
    const ms = (n: number) => `${n} ms`;
    console.log(`Chat page in Chromium, slow 4G (1.6 Mbit/s, 150 ms, CPU ×4, 390×844), median of ${runs} fresh loads`);
    console.log(
      table([
        ['chat page: first bot words', ms(result.chatPage.firstWordsMs), targets.firstWordsSlow4G.met ? 'meets ≤ 3 s' : 'MISSES ≤ 3 s'],
        ['chat page: first usable button', ms(result.chatPage.firstButtonMs), targets.firstButtonSlow4G.met ? 'meets ≤ 5 s' : 'MISSES ≤ 5 s'],
        ['chat page: Web Chat has taken over', ms(result.chatPage.settledMs)],
        ['chat page: KB moved', result.chatPage.kilobytes, targets.chatPageBytes.met ? 'meets ≤ 600 KB' : 'MISSES ≤ 600 KB'],
        [
          'unthrottled: first bot words',
          ms(result.chatPageUnthrottled.firstWordsMs),
          targets.firstWordsUnthrottled.met ? 'meets ≤ 0.5 s' : 'MISSES ≤ 0.5 s',
        ],
        ['unthrottled: Web Chat has taken over', ms(result.chatPageUnthrottled.settledMs)],
        ['council page with the embed: KB before opening', result.councilWithEmbed.kilobytes],
        ['council page without it: KB', result.councilWithout.kilobytes],
        ['the embed adds (KB)', embedAddsKB, targets.embedBytes.met ? 'meets ≤ 15 KB' : 'MISSES ≤ 15 KB'],
        ['council page: tap to first bot words in the frame', ms(result.councilWithEmbed.settledMs)],
        ['stock Web Chat bundle, no bot: send box drawn', ms(result.stockWebChat.settledMs)],
        ['stock Web Chat bundle, no bot: KB moved', result.stockWebChat.kilobytes],
      ]),
    );
    console.log(`  → ${file}`);
    return result;
  } finally {
    await browser.close();
    site.close();
    await app.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

if (require.main === module) void benchChatPage();
