import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp } from '../fixtures/app';
import { runScript } from '../fixtures/botProcess';
import { launchChromium } from '../fixtures/browser';
import { sampleReport } from '../fixtures/delivery';
import { ROOT, tempDir } from '../fixtures/services';
import { returnTo } from '../../bot/staff/staffApp';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const PASSWORD = 'orange kettle harbour seventeen';

/** `npm run --silent staff -- add-user ...` against the app's data folder; returns the one-time link's path. */
function addUser(dataDir: string, email: string, queues: string, role: string): string {
  const out = runScript('bot/cli/staff.ts', ['add-user', email, '--queues', queues, '--role', role], {
    DATA_DIR: dataDir,
    PUBLIC_BASE_URL: 'http://x.example',
  });
  assert.equal(out.status, 0, out.stderr);
  const link = /http:\/\/x\.example(\/staff\/welcome\?token=[\w-]+)/.exec(out.stdout)?.[1];
  assert.ok(link, out.stdout);
  return link;
}

async function axeSerious(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${JSON.stringify((v as unknown as { nodes: Array<{ html: string }> }).nodes.map((n) => n.html.slice(0, 120)))}`);
}

describe('the staff inbox in headless Chromium (/staff)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let tmp: ReturnType<typeof tempDir>;
  let clock = Date.now();

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await (browser as Browser | undefined)?.close();
  });
  beforeEach(async () => {
    tmp = tempDir();
    clock = Date.now();
    app = await startTestApp(tmp.dir, { PUBLIC_BASE_URL: 'http://127.0.0.1' }, undefined, { now: () => new Date(clock) });
  });
  afterEach(async () => {
    await app.stop();
    tmp.remove();
  });

  const file = (queues: string[], overrides: Parameters<typeof sampleReport>[1] = {}) =>
    app.store.submit(`k-${Math.random()}`, (ref) => sampleReport(ref, { queues, ...overrides })).then((r) => r.reference);

  async function signInWithLink(page: Page, link: string) {
    await page.goto(`${app.url}${link}`);
    // A weak password is refused with its reason, and the link still works.
    await page.getByLabel('Choose a password').fill('Password123!');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /commonly used password/);
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }

  it('an officer signs in, sees only their queues, finds a report by reference, acknowledges it, adds a note and closes it; a manager exports and reads the audit', async () => {
    const mine = await file(['dartford-csu', 'kent-police'], {
      narrative: 'Shouting and music from number 4 every night',
      emergencyIndicated: true,
      signposted: ['crimestoppers', 'an-id-no-longer-listed'],
    });
    await file(['dartford-csu'], { hate: true, strands: ['race'], categories: ['intimidation'] });
    const theirs = await file(['domestic-abuse'], { categories: ['domestic_abuse'], narrative: 'My partner hurts me' });
    const officer = addUser(tmp.dir, 'olu.officer@dartford.gov.uk', 'dartford-csu', 'officer');
    // bypassCSP only so that axe can be injected; the staff pages allow no script at all.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await signInWithLink(page, officer);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Dartford Community Safety Unit');
    const rows = page.locator('tbody tr');
    assert.equal(await rows.count(), 2, 'both Dartford reports, not the domestic-abuse one');
    assert.ok(!(await page.content()).includes(theirs));
    assert.match((await page.locator('.staff-queues').textContent()) ?? '', /2 new/);
    assert.equal(await page.locator('tbody .govuk-tag--red').count(), 1, 'danger indicated is marked');
    assert.equal(await page.locator('tbody .govuk-tag--purple').count(), 1, 'hate is marked');
    assert.deepEqual(await axeSerious(page), [], 'inbox');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-inbox.png'), fullPage: true });

    // Filter: hate only.
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel('Hate incidents only').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.equal(await page.locator('tbody tr').count(), 1);

    // Find by reference, typed as a resident would read it out.
    await page.getByLabel('Find a report by reference').fill(mine.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('heading', { name: `Report ${mine}` }).waitFor();
    assert.match((await page.locator('.govuk-summary-list').first().textContent()) ?? '', /Shouting and music from number 4/);
    assert.match(
      (await page.locator('.govuk-summary-list').first().textContent()) ?? '',
      /Where\s*Gravesend; borough: Gravesham\s/,
      'the borough by its name',
    );
    // The services signposted by name, as the resident was given them (an id the directory no longer lists, as is).
    assert.match((await page.locator('.govuk-summary-list').first().textContent()) ?? '', /Signposted to\s*Crimestoppers, an-id-no-longer-listed/);
    assert.match((await page.locator('.govuk-warning-text').textContent()) ?? '', /999/);
    assert.equal(await page.getByRole('heading', { name: 'Kent Police (North Kent)' }).count(), 1, 'the other queue is shown');
    assert.equal(await page.getByRole('button', { name: 'Acknowledge' }).count(), 1, 'actions only for my queue');
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByLabel('Internal note').fill('Visited, spoke to the neighbour at number 4');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByLabel('Status').selectOption('closed');
    await page.getByRole('button', { name: 'Change status' }).click();
    assert.match((await page.locator('body').textContent()) ?? '', /Choose an outcome/, 'closing needs an outcome');
    await page.goBack();
    await page.reload();
    await page.getByLabel('Status').selectOption('closed');
    await page.getByLabel('Outcome (when closing)').selectOption('advice_given');
    await page.getByRole('button', { name: 'Change status' }).click();
    const history = (await page.locator('.staff-history').textContent()) ?? '';
    assert.match(history, /olu\.officer@dartford\.gov\.uk: status Acknowledged/);
    assert.match(history, /note: Visited, spoke to the neighbour/);
    assert.match(history, /status Closed \(Advice given\)/);
    assert.deepEqual(await axeSerious(page), [], 'report page');
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-report.png'), fullPage: true });

    // Another queue's report by its URL: the same "not found" as no report at all.
    const hidden = await page.goto(`${app.url}/staff/reports/${theirs}`);
    assert.equal(hidden?.status(), 404);
    const hiddenText = await page.locator('main').textContent();
    const none = await page.goto(`${app.url}/staff/reports/DG-AAAAA-AAAAA`);
    assert.equal(none?.status(), 404);
    assert.equal(await page.locator('main').textContent(), hiddenText);
    // An officer cannot export or read the audit.
    assert.equal((await page.goto(`${app.url}/staff/export.csv?queue=dartford-csu`))?.status(), 404);
    assert.equal((await page.goto(`${app.url}/staff/audit`))?.status(), 404);
    assert.equal((await page.goto(`${app.url}/staff/statistics`))?.status(), 404);
    await context.close();

    // A manager of the same queue sees the officer's work, exports the list, and reads the audit.
    const manager = addUser(tmp.dir, 'mo.manager@dartford.gov.uk', 'dartford-csu', 'manager');
    const mContext = await browser.newContext({ acceptDownloads: true });
    const mPage = await mContext.newPage();
    await signInWithLink(mPage, manager);
    const [download] = await Promise.all([mPage.waitForEvent('download'), mPage.getByRole('link', { name: 'Export these as CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.match(csv.split('\r\n')[0]!, /^reference,createdAt,status,assignee,categories/);
    assert.equal(csv.trim().split('\r\n').length, 3, 'a header and the two Dartford reports');
    assert.match(csv, new RegExp(`${mine},[^,]+,closed,`));
    assert.ok(!csv.includes(theirs));
    await mPage.goto(`${app.url}/staff/audit?ref=${mine}`);
    const audit = (await mPage.locator('tbody').textContent()) ?? '';
    for (const action of ['view', 'change']) assert.match(audit, new RegExp(action));
    assert.ok(!audit.includes('Visited') && !audit.includes('Shouting'), 'no note or resident words in the audit');
    await mPage.goto(`${app.url}/staff/audit`);
    assert.match((await mPage.locator('tbody').textContent()) ?? '', /export/);
    await mPage.getByRole('link', { name: 'Statistics' }).click();
    const figures = (await mPage.locator('.staff-stats').textContent()) ?? '';
    assert.match(figures, /Reports\s*2/);
    assert.match(figures, /Hate incidents\s*1/);
    assert.match((await mPage.locator('main').textContent()) ?? '', /Advice given\s*1/);
    await mContext.close();

    const cli = runScript('bot/cli/reports.ts', ['audit', mine], { DATA_DIR: tmp.dir });
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /olu\.officer@dartford\.gov\.uk\tview/);
    assert.match(cli.stdout, /"kind":"note"/);
    assert.ok(!cli.stdout.includes('Visited'));
  });

  it('an officer marks a report as a duplicate and links another, seen from both; a manager copies one to the police and moves one; links to a report of a queue the viewer lacks stay hidden', async () => {
    const first = await file(['dartford-csu'], { narrative: 'Youths on the garages again' });
    const repeat = await file(['dartford-csu'], { narrative: 'Same youths on the garages' });
    const another = await file(['dartford-csu', 'kent-police']);
    const abuse = await file(['domestic-abuse', 'dartford-csu'], { categories: ['domestic_abuse'] });
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signInWithLink(page, addUser(tmp.dir, 'olu.officer@dartford.gov.uk', 'dartford-csu', 'officer'));

    await page.goto(`${app.url}/staff/reports/${repeat}`);
    assert.equal(await page.getByRole('button', { name: 'Move', exact: true }).count(), 0, 'an officer cannot copy or move');
    await page.getByLabel('Link to another report').fill(first.toLowerCase());
    await page.getByLabel('This report is a duplicate of it').check();
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    assert.match((await page.locator('.staff-links').textContent()) ?? '', new RegExp(`This report is a duplicate of ${first}`));
    await page.getByLabel('Link to another report').fill(another);
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByLabel('Link to another report').fill(abuse);
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByLabel('Link to another report').fill('DG-AAAAA-AAAAA');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    assert.match((await page.locator('main').textContent()) ?? '', /Enter the reference of another report in one of your queues/);
    await page.goto(`${app.url}/staff/reports/${first}`);
    assert.match((await page.locator('.staff-links').textContent()) ?? '', new RegExp(`A duplicate of this report: ${repeat}`));
    assert.match((await page.locator('.staff-history').textContent()) ?? '', new RegExp(`${repeat} marked as a duplicate of this report`));
    assert.deepEqual(await axeSerious(page), [], 'report page with links');
    await context.close();

    // A police officer sees the Dartford link of their report, but not the domestic-abuse one's reference.
    const police = await browser.newContext();
    const pPage = await police.newPage();
    await signInWithLink(pPage, addUser(tmp.dir, 'pc.kent@kent.police.uk', 'kent-police', 'officer'));
    await pPage.goto(`${app.url}/staff/reports/${another}`);
    assert.equal(await pPage.locator('.staff-links li').count(), 0, `${repeat} is not in a police queue`);
    assert.ok(!(await pPage.content()).includes(repeat));
    await police.close();

    const manager = await browser.newContext();
    const mPage = await manager.newPage();
    await signInWithLink(mPage, addUser(tmp.dir, 'mo.manager@dartford.gov.uk', 'dartford-csu', 'manager'));
    await mPage.goto(`${app.url}/staff/reports/${first}`);
    await mPage.getByLabel('Send to another queue').selectOption('kent-police');
    await mPage.getByRole('button', { name: 'Copy', exact: true }).click();
    assert.equal(await mPage.getByRole('heading', { name: 'Kent Police (North Kent)' }).count(), 1, 'now routed to the police too');
    assert.match((await mPage.locator('.staff-history').textContent()) ?? '', /copied here from Dartford Community Safety Unit/);
    await mPage.goto(`${app.url}/staff/reports/${repeat}`);
    await mPage.getByLabel('Send to another queue').selectOption('gravesham-csu');
    await mPage.getByRole('button', { name: 'Move', exact: true }).click();
    const moved = (await mPage.locator('main').textContent()) ?? '';
    assert.match(moved, /Closed: Referred to another service/);
    assert.match(moved, /moved to Gravesham Community Safety Unit/);
    await manager.close();
    assert.deepEqual((await app.store.getReport(first))?.queues, ['dartford-csu', 'kent-police']);
  });

  it('an admin adds a member of staff in the browser, changes their queues and disables them; officers cannot reach the admin pages', async () => {
    await file(['gravesham-csu'], { narrative: 'Graffiti on the underpass' });
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signInWithLink(page, addUser(tmp.dir, 'ada.admin@dartford.gov.uk', 'csp-triage', 'admin'));
    await page.getByRole('link', { name: 'Staff accounts' }).click();
    await page.getByLabel('Email address').fill('new.officer@gravesham.gov.uk');
    await page.getByLabel('Officer').check();
    await page.getByRole('button', { name: 'Add and make a sign-in link' }).click();
    assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /Choose at least one queue/);
    assert.equal(await page.getByLabel('Email address').inputValue(), 'new.officer@gravesham.gov.uk', 'what was typed is kept');
    await page.getByLabel('Dartford Community Safety Unit').check();
    await page.getByRole('button', { name: 'Add and make a sign-in link' }).click();
    const link = new URL((await page.locator('.staff-code').textContent()) ?? '');
    assert.equal(link.pathname, '/staff/welcome');
    assert.deepEqual(await axeSerious(page), [], 'link page');

    const officer = await browser.newContext();
    const oPage = await officer.newPage();
    await signInWithLink(oPage, `${link.pathname}${link.search}`);
    assert.equal(await oPage.getByRole('heading', { level: 1 }).textContent(), 'Dartford Community Safety Unit');
    assert.equal((await oPage.goto(`${app.url}/staff/admin/users`))?.status(), 404, 'an officer cannot reach the admin pages');

    // The admin gives them Gravesham instead.
    await page.goto(`${app.url}/staff/admin/users`);
    assert.deepEqual(await axeSerious(page), [], 'staff accounts page');
    await page.getByRole('link', { name: 'new.officer@gravesham.gov.uk' }).click();
    await page.getByLabel('Dartford Community Safety Unit').uncheck();
    await page.getByLabel('Gravesham Community Safety Unit').check();
    await page.getByRole('button', { name: 'Save' }).click();
    assert.match((await page.locator('.govuk-summary-list').textContent()) ?? '', /Gravesham Community Safety Unit/);
    await oPage.goto(`${app.url}/staff`);
    assert.equal(await oPage.getByRole('heading', { level: 1 }).textContent(), 'Gravesham Community Safety Unit', 'the new queues apply at once');

    // Disabled: their session ends.
    await page.getByRole('button', { name: 'Disable account' }).click();
    assert.match((await page.locator('.govuk-summary-list').textContent()) ?? '', /Disabled/);
    await oPage.reload();
    assert.equal(await oPage.getByRole('heading', { level: 1 }).textContent(), 'Sign in');
    await officer.close();

    // An admin cannot lock themselves out.
    await page.goto(`${app.url}/staff/admin/users`);
    await page.getByRole('link', { name: 'ada.admin@dartford.gov.uk' }).click();
    assert.equal(await page.getByRole('button', { name: 'Disable account' }).count(), 0);
    const own = page.url();
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const forced = await context.request.post(own, { form: { _csrf: csrf, action: 'disable' }, maxRedirects: 0 });
    assert.equal(forced.status(), 400);
    assert.equal(
      (await app.store.db.selectFrom('staff_users').select('disabled_at').where('email', '=', 'ada.admin@dartford.gov.uk').executeTakeFirst())
        ?.disabled_at,
      null,
    );
    const audit = await app.store.db
      .selectFrom('staff_audit')
      .select(['action', 'detail'])
      .where('action', 'in', ['user_added', 'user_changed'])
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['user_added', 'user_changed', 'user_changed'],
    );
    await context.close();
  });

  it('pages through a long inbox, older and back newer, and filters to the reports assigned to me', async () => {
    for (let i = 0; i < 52; i++) await file(['dartford-csu']);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithLink(page, addUser(tmp.dir, 'olu.officer@dartford.gov.uk', 'dartford-csu', 'officer'));
    const shown = async () => page.locator('tbody tr td:first-child a').allTextContents();
    const firstPage = await shown();
    assert.equal(firstPage.length, 50);
    assert.equal(await page.getByRole('link', { name: 'Newer reports' }).count(), 0, 'no newer page on the first');
    await page.getByRole('link', { name: 'Older reports' }).click();
    const secondPage = await shown();
    assert.equal(secondPage.length, 2);
    assert.ok(!secondPage.some((r) => firstPage.includes(r)), 'no report twice');
    await page.getByRole('link', { name: 'Newer reports' }).click();
    assert.deepEqual(await shown(), firstPage, 'back to the first page');
    assert.equal(await page.getByRole('link', { name: 'Newer reports' }).count(), 0);

    await page.goto(`${app.url}/staff/reports/${secondPage[1]}`);
    await page.getByLabel('Assign to').selectOption({ label: 'olu.officer@dartford.gov.uk (me)' });
    await page.getByRole('button', { name: 'Assign' }).click();
    await page.goto(`${app.url}/staff/queues/dartford-csu`);
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel('Assigned to me').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.deepEqual(await shown(), [secondPage[1]]);
    assert.match(page.url(), /mine=true/);
    await context.close();
  });

  it('refuses a form posted without its CSRF token, and signs out a session idle for 30 minutes', async () => {
    const reference = await file(['gravesham-csu']);
    const link = addUser(tmp.dir, 'gina@gravesham.gov.uk', 'gravesham-csu', 'officer');
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithLink(page, link);
    await page.goto(`${app.url}/staff/reports/${reference}`);
    // The browser's own cookies (session and CSRF cookie), but no token in the form: refused.
    const forged = await context.request.post(`${app.url}/staff/reports/${reference}/gravesham-csu`, {
      form: { action: 'acknowledge' },
      maxRedirects: 0,
    });
    assert.equal(forged.status(), 403, 'no token, no change');
    const wrong = await context.request.post(`${app.url}/staff/reports/${reference}/gravesham-csu`, {
      form: { action: 'acknowledge', _csrf: 'x'.repeat(40) },
      maxRedirects: 0,
    });
    assert.equal(wrong.status(), 403, 'a made-up token, no change');
    assert.equal(await page.getByRole('button', { name: 'Acknowledge' }).count(), 1);
    await page.reload();
    assert.match(
      (await page
        .locator('.staff-history')
        .textContent()
        .catch(() => '')) ?? '',
      /^$/,
    );
    assert.match((await page.locator('main').textContent()) ?? '', /Nothing has been done yet/);

    clock += 31 * 60_000;
    await page.goto(`${app.url}/staff/queues/gravesham-csu`);
    assert.ok(page.url().includes('/staff/sign-in'), 'idle for 31 minutes: signed out');
    assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /signed out because the page was not used/);
    await context.close();
  });

  it('"Sign out everywhere" ends the sessions on other browsers too; plain "Sign out" only this one', async () => {
    const link = addUser(tmp.dir, 'pat@dartford.gov.uk', 'dartford-csu', 'officer');
    const first = await browser.newContext();
    const page = await first.newPage();
    await signInWithLink(page, link);
    const signIn = async (context: Awaited<ReturnType<Browser['newContext']>>) => {
      const p = await context.newPage();
      await p.goto(`${app.url}/staff/sign-in`);
      await p.getByLabel('Email address').fill('pat@dartford.gov.uk');
      await p.getByLabel('Password').fill(PASSWORD);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('heading', { name: 'Dartford Community Safety Unit' }).waitFor();
      return p;
    };
    const second = await browser.newContext();
    const other = await signIn(second);
    await other.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.reload();
    assert.ok(!page.url().includes('/staff/sign-in'), 'the first browser is still signed in');
    const third = await browser.newContext();
    await signIn(third);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { name: 'You have signed out' }).waitFor();
    const elsewhere = await third.pages()[0]!.goto(`${app.url}/staff/queues/dartford-csu`);
    assert.ok(elsewhere?.url().includes('/staff/sign-in'), 'the other browser was signed out too');
    for (const c of [first, second, third]) await c.close();
  });

  it('sign-in: a wrong password and an unknown account get the same answer; staff pages are never cached', async () => {
    addUser(tmp.dir, 'sam@dartford.gov.uk', 'dartford-csu', 'officer');
    const page = await browser.newPage();
    const res = await page.goto(`${app.url}/staff/sign-in`);
    assert.equal(res?.headers()['cache-control'], 'no-store');
    const attempt = async (email: string, password: string) => {
      await page.goto(`${app.url}/staff/sign-in`);
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      return page.locator('.govuk-error-summary').textContent();
    };
    const wrong = await attempt('sam@dartford.gov.uk', 'not the password at all');
    const unknown = await attempt('nobody@dartford.gov.uk', 'not the password at all');
    assert.equal(wrong, unknown);
    const cookies = await page.context().cookies();
    assert.ok(!cookies.some((c) => c.name === 'dg-staff'), 'no session');
    await page.close();
  });

  it("a notice email's link opens the report after signing in; a crafted return address goes to the inbox instead", async () => {
    const reference = await file(['dartford-csu']);
    const link = addUser(tmp.dir, 'sam@dartford.gov.uk', 'dartford-csu', 'officer');
    const setup = await browser.newPage();
    await signInWithLink(setup, link);
    await setup.close();
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/reports/${reference}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sign in');
    await page.getByLabel('Email address').fill('sam@dartford.gov.uk');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Report ${reference}`);
    await page.close();
    for (const next of ['//evil.example/staff', 'https://evil.example/', '/staff/../../evil', '/staff/sign-out', '/staff\\evil.example']) {
      assert.equal(returnTo(next), '/staff', next);
    }
    assert.equal(returnTo('/staff/queues/dartford-csu?status=new&mine=true'), '/staff/queues/dartford-csu?status=new&mine=true');
  });
});
