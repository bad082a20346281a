import { chromium } from 'playwright-core';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 200)));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto('http://localhost:3997/');
  await page.waitForTimeout(4000);
  console.log(await page.locator('#status').textContent());
  const toolbar = page.getByRole('toolbar', { name: /suggested actions/i });
  console.log('buttons', await toolbar.getByRole('button').allTextContents());
  await page.screenshot({ path: '/tmp/chat1.png' });
  await browser.close();
})();
