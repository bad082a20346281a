/**
 * The staff inbox at /staff (docs/architecture.md 13): server-rendered GOV.UK pages, no scripts. Every request is
 * checked here on the server: the session and the CSRF token on every form (bot/staff/session.ts), and the queues
 * the user holds: a report of a queue they do not hold is "not found", exactly as one that does not exist. Every
 * view, search, change and export is written to the audit log, which never holds what residents or staff wrote.
 */
import path from 'node:path';
import nunjucks from 'nunjucks';
import restify, { type Request, type RequestHandler, type Response, type Server } from 'restify';
import { CATEGORIES, type Category } from '../../services/classification/codes';
import { namesOf, OTHER_BOROUGHS, type DeploymentConfig } from '../../services/config/deployment';
import { plainValues } from '../../services/delivery/transports/emailMessage';
import type { RateLimit } from '../../services/limits/rateLimits';
import { parseReference } from '../../services/reports/reference';
import type { ReportStore } from '../../services/store/reportStore';
import { DUMMY_HASH, hashPassword, hashToken, passwordProblem, verifyPassword } from '../../services/staff/passwords';
import type { Logger } from '../../services/logging/logger';
import {
  can,
  grantFor,
  inboxFilterSchema,
  linkKindSchema,
  statisticsPeriodSchema,
  OUTCOME_LABELS,
  outcomeSchema,
  STATUS_LABELS,
  statusSchema,
  type AuditAction,
  type CaseChange,
  type CaseEvent,
  type InboxFilter,
  type InboxRow,
  type StaffStore,
  type StaffUser,
} from '../../services/staff/staff';
import { CATEGORY_LABELS } from '../../dialogs/copy/en';
import { clientAddress } from '../clientAddress';
import type { WebAssets } from '../web/assets';
import { registerAdminRoutes } from './adminRoutes';
import type { EntraSignIn } from './entraSignIn';
import { StaffSessions } from './session';
import type { DirectoryEntry } from '../../services/signposting/directory';

const PAGE_SIZE = 50;
const EXPORT_MAX = 10_000;

export interface StaffAppOptions {
  staff: StaffStore;
  reports: ReportStore;
  deployment: DeploymentConfig;
  assets: WebAssets;
  production: boolean;
  /** Signs CSRF tokens; the same on every instance. */
  secret: string;
  /** Whether local accounts (email and password) may sign in. */
  localAccounts: boolean;
  /** The service's public address (for the one-time links the admin pages make). */
  publicBase: string;
  /** Sign-in with Microsoft Entra ID, when it is set up. */
  entra?: EntraSignIn;
  /** The support services a report may have signposted, so the page names them (an id it does not know is shown as is). */
  directory?: readonly DirectoryEntry[];
  log: Logger;
  trustedProxies: number;
  limits: { signInPerAccount: RateLimit; signInPerAddress: RateLimit };
  now?: () => Date;
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
const queryOf = (req: Request) => new URL(req.url ?? '/', 'http://x').searchParams;
const formOf = (req: Request) => (req.body ?? {}) as Record<string, unknown>;
const STATUS_CHOICES = Object.entries(STATUS_LABELS).map(([value, text]) => ({ value, text }));
const OUTCOME_CHOICES = Object.entries(OUTCOME_LABELS).map(([value, text]) => ({ value, text }));

/** The other report a `linked` history line names. */
const linkedReference = (e: CaseEvent) => (e.kind === 'linked' ? (e.detail.split(':')[1] ?? '') : undefined);

/** Why a sign-in with Entra ID failed, for the log and the audit: names and codes, never the provider's words. */
const failure = (err: unknown) => ({ name: (err as Error).name, code: (err as { code?: string }).code, error: (err as { error?: string }).error });

/** A history line in plain words. */
function eventText(e: CaseEvent, queueName: (id: string) => string): string {
  if (e.kind === 'note') return `note: ${e.detail}`;
  if (e.kind === 'routed' || e.kind === 'linked') {
    const [how = '', what = ''] = e.detail.split(':');
    const lines: Record<string, string> = {
      'copied from': `copied here from ${queueName(what)}`,
      'moved from': `moved here from ${queueName(what)}`,
      'moved to': `moved to ${queueName(what)}`,
      duplicate: `marked as a duplicate of ${what}`,
      linked: `linked to ${what}`,
      'duplicate-from': `${what} marked as a duplicate of this report`,
      'linked-from': `${what} linked to this report`,
      unlinked: `link with ${what} removed`,
    };
    return lines[how] ?? how;
  }
  if (e.kind === 'assigned') return e.detail ? `assigned to ${e.detail}` : 'unassigned';
  const [status, outcome] = e.detail.split(':');
  const closedWith = outcome ? ` (${OUTCOME_LABELS[outcomeSchema.catch('no_further_action').parse(outcome)]})` : '';
  return `status ${STATUS_LABELS[statusSchema.catch('new').parse(status)]}${closedWith}`;
}

/** The filter from a query string; undefined when some part of it is not valid. "mine" is the user's own cases. */
function readFilter(queue: string, query: URLSearchParams, user: StaffUser): InboxFilter | undefined {
  const raw: Record<string, unknown> = { queue };
  for (const key of ['status', 'category', 'borough', 'from', 'to', 'after', 'before'] as const) {
    const v = query.get(key);
    if (v) raw[key] = v.slice(0, 60);
  }
  if (query.get('hate') === 'true') raw.hate = true;
  if (query.get('danger') === 'true') raw.danger = true;
  if (query.get('mine') === 'true') raw.assignedTo = user.id;
  const parsed = inboxFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The filter as a query string (without its queue, which is in the path; "mine" for the user's own cases). */
const filterQuery = (filter: InboxFilter) =>
  new URLSearchParams(
    Object.entries(filter)
      .filter(([k, v]) => k !== 'queue' && v !== undefined)
      .map(([k, v]): [string, string] => (k === 'assignedTo' ? ['mine', 'true'] : [k, String(v)])),
  ).toString();

/**
 * Where to go after signing in (a link from a notice email, a page left when the session ended): a staff page of
 * this site only, never another site or the sign-in pages themselves; otherwise the inbox.
 */
export function returnTo(next: unknown): string {
  const ok =
    typeof next === 'string' &&
    next.length <= 400 &&
    /^\/staff(\/[A-Za-z0-9_-]+)*\/?(\?[\w=&%.|:+-]*)?$/.test(next) &&
    !next.startsWith('/staff/sign-') &&
    !next.startsWith('/staff/welcome');
  return ok ? next : '/staff';
}

/** A signed-in request: the user, their cookies, and what every page's template is given. */
export interface Signed {
  user: StaffUser;
  cookies: Record<string, string | undefined>;
  context: Record<string, unknown>;
}

/** What the staff routes share (the admin pages, bot/staff/adminRoutes.ts, use it too). */
export interface StaffKit {
  send(res: Response, status: number, template: string, context: Record<string, unknown>): void;
  message(
    res: Response,
    status: number,
    context: Record<string, unknown>,
    title: string,
    text: string,
    link?: { href: string; text: string },
    code?: string,
  ): void;
  redirect(res: Response, to: string): void;
  notFound(res: Response, context: Record<string, unknown>): void;
  /** The signed-in user, or a redirect to sign in (and undefined). */
  signedIn(req: Request, res: Response): Promise<Signed | undefined>;
  /** A form post: signed in and carrying a valid CSRF token, or refused (403) with nothing done. */
  posted(req: Request, res: Response): Promise<Signed | undefined>;
  audit(user: { email: string }, action: AuditAction, reference: string | null, detail?: string): Promise<void>;
  forms: RequestHandler[];
  form(req: Request): Record<string, unknown>;
  now(): Date;
}

export function registerStaffRoutes(server: Server, options: StaffAppOptions): void {
  const now = options.now ?? (() => new Date());
  const { staff, reports, deployment } = options;
  const sessions = new StaffSessions({ staff, production: options.production, secret: options.secret, now });
  const names = namesOf(deployment, options.directory);
  const queueName = names.queue;
  const boroughName = names.borough;
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(__dirname, 'templates')), { autoescape: true });
  const css = options.assets.url('staff.css');

  /** Every staff page: never cached, and no script may run on it. */
  const send = (res: Response, status: number, template: string, context: Record<string, unknown>) => {
    const body = env.render(template, { css, ...context });
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    });
    res.end(body);
  };
  const message: StaffKit['message'] = (res, status, context, title, text, link, code) =>
    send(res, status, 'message.njk', { ...context, title, message: text, link, code });
  const redirect = (res: Response, to: string) => {
    res.writeHead(303, { Location: to, 'Cache-Control': 'no-store' });
    res.end();
  };
  const notFound = (res: Response, context: Record<string, unknown>) =>
    message(res, 404, context, 'Page not found', 'There is no report or page here that you can see. Check the reference, or go back to your inbox.', {
      href: '/staff',
      text: 'Your inbox',
    });
  const expiredForm = (res: Response, context: Record<string, unknown> = {}) =>
    message(res, 403, context, 'That form has expired', 'Go back, reload the page and try again.');

  /** The signed-in user, or a redirect to sign in (and undefined). */
  async function signedIn(req: Request, res: Response): Promise<Signed | undefined> {
    const { user, cookies, hadSession } = await sessions.current(req, res);
    if (!user) {
      const query = new URLSearchParams();
      if (hadSession) query.set('expired', '1');
      if (req.method === 'GET' && returnTo(req.url) !== '/staff') query.set('next', req.url!);
      redirect(res, `/staff/sign-in${query.size ? `?${query}` : ''}`);
      return undefined;
    }
    const context = {
      user,
      csrf: sessions.token(req, res, cookies),
      canAudit: can.readAudit(user),
      canStatistics: can.readStatistics(user),
      canManageUsers: can.manageUsers(user),
    };
    return { user, cookies, context };
  }

  /** A form post: signed in and carrying a valid CSRF token, or refused (403) with nothing done. */
  async function posted(req: Request, res: Response): Promise<Signed | undefined> {
    const signed = await signedIn(req, res);
    if (signed && !sessions.validForm(req, signed.cookies)) {
      expiredForm(res, signed.context);
      return undefined;
    }
    return signed;
  }

  /** The report, if the user holds one of its queues (otherwise it is "not found", as if it did not exist). */
  async function visibleReport(signed: Signed, typed: string) {
    const reference = parseReference(typed.slice(0, 40));
    const report = reference ? await reports.getReport(reference) : undefined;
    return report && report.queues.some((q) => signed.user.queues.includes(q)) ? report : undefined;
  }

  /** The first of the report's queues the user holds: the queue a report-wide change (a link) is recorded under. */
  const mineOf = (report: { queues: string[] }, user: StaffUser) => report.queues.find((q) => user.queues.includes(q))!;

  const audit = (user: { email: string }, action: AuditAction, reference: string | null, detail = '') =>
    staff.audit({ userEmail: user.email, action, reference, detail }, now());

  const forms = restify.plugins.bodyParser({ maxBodySize: 16 * 1024, mapParams: false, mapFiles: false, rejectUnknown: true });
  registerAdminRoutes(
    server,
    { send, message, redirect, notFound, signedIn, posted, audit, forms, form: formOf, now },
    { staff, deployment, publicBase: options.publicBase, localAccounts: options.localAccounts },
  );

  /** The sign-in page: council accounts and, where allowed, local ones; `next` is where to go after it. */
  const signInPage = (res: Response, status: number, csrf: string, next: unknown, extra: { email?: string; error?: string }) => {
    const to = returnTo(next);
    send(res, status, 'sign-in.njk', {
      title: 'Sign in',
      csrf,
      local: options.localAccounts,
      entra: Boolean(options.entra),
      next: to === '/staff' ? '' : to,
      ...extra,
    });
  };

  // Sign-in: council accounts (Microsoft Entra ID) and, where allowed, local accounts.
  server.get('/staff/sign-in', async (req: Request, res: Response) => {
    const { token } = sessions.anonymous(req, res);
    const expired = queryOf(req).has('expired');
    signInPage(res, 200, token, queryOf(req).get('next'), {
      error: expired ? 'You were signed out because the page was not used for a while. Sign in again.' : undefined,
    });
  });

  server.post('/staff/sign-in', forms, async (req: Request, res: Response) => {
    const cookies = sessions.cookies(req);
    if (!sessions.validForm(req, cookies) || !options.localAccounts) return expiredForm(res);
    const body = formOf(req);
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 200) : '';
    const address = clientAddress(req, options.trustedProxies);
    const wait = Math.max(
      ...(await Promise.all([options.limits.signInPerAccount.take(email || '-'), options.limits.signInPerAddress.take(address)])),
    );
    const refuse = (error: string, status = 200) => signInPage(res, status, sessions.token(req, res, cookies), body.next, { email, error });
    if (wait > 0) {
      res.header('Retry-After', String(wait));
      return refuse('Too many attempts to sign in. Wait a few minutes and try again.', 429);
    }
    const user = email ? await staff.userByEmail(email) : undefined;
    // An unknown address is checked against a dummy hash: the answer takes as long as a wrong password.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || user.disabled || user.source !== 'local') {
      await audit({ email: email || '(none)' }, 'sign_in_refused', null);
      return refuse('Enter the email address and password of your staff account.');
    }
    await sessions.start(res, user);
    await audit(user, 'sign_in', null);
    redirect(res, returnTo(body.next));
  });

  const signInAgain = { href: '/staff/sign-in', text: 'Sign in again' };

  // Microsoft Entra ID: off to Microsoft's sign-in, with the checks kept in a cookie until the person returns.
  server.get('/staff/sign-in/entra', async (req: Request, res: Response) => {
    if (!options.entra) return notFound(res, {});
    try {
      const { url, checks } = await options.entra.start();
      sessions.keepChecks(res, { ...checks, next: returnTo(queryOf(req).get('next')) });
      redirect(res, url);
    } catch (err) {
      options.log.error({ err: failure(err) }, 'Entra ID sign-in could not start');
      message(
        res,
        503,
        {},
        'Council sign-in is not available',
        'Microsoft sign-in could not be reached. Try again in a few minutes, and tell your IT team if it keeps happening.',
      );
    }
  });

  // The return from Microsoft's sign-in: checked by openid-client; what the person may do comes from their groups.
  server.get('/staff/sign-in/entra/callback', async (req: Request, res: Response) => {
    if (!options.entra) return notFound(res, {});
    const checks = sessions.takeChecks(req, res);
    if (!checks) {
      return message(res, 400, {}, 'Sign-in did not finish', 'That sign-in took too long, or was started in another window.', signInAgain);
    }
    const wait = await options.limits.signInPerAddress.take(clientAddress(req, options.trustedProxies));
    if (wait > 0) {
      res.header('Retry-After', String(wait));
      return message(res, 429, {}, 'Too many attempts to sign in', 'Wait a few minutes and try again.');
    }
    const callback = new URL(options.entra.redirectUri);
    callback.search = queryOf(req).toString();
    let identity;
    try {
      identity = await options.entra.finish(callback, checks);
    } catch (err) {
      // The reason, never the provider's description (it can name the person).
      const reason = failure(err);
      options.log.warn({ err: reason }, 'Entra ID sign-in refused');
      await audit({ email: '(council account)' }, 'sign_in_refused', null, JSON.stringify({ entra: reason.error ?? reason.code ?? reason.name }));
      return message(res, 400, {}, 'Sign-in did not finish', 'Your council account could not be checked.', signInAgain);
    }
    if (identity.groupsOverflow) {
      await audit(identity, 'sign_in_refused', null, JSON.stringify({ entra: 'groups not in the token' }));
      return message(
        res,
        403,
        {},
        'Your groups could not be read',
        'Your account is in more groups than Microsoft puts in a sign-in. Ask your IT team to set the inbox app registration to send only the groups assigned to it.',
      );
    }
    const grant = grantFor(identity.groups, deployment.staffAccess.groups);
    const user = await staff.entraUser(identity, grant, now());
    if (!user || user.disabled) {
      await audit(identity, 'sign_in_refused', null, JSON.stringify({ entra: user ? 'account disabled' : 'no group grants access' }));
      return message(
        res,
        403,
        {},
        'You do not have access to the staff inbox',
        'Your council account is not in a group that may use the inbox. Ask your manager or your IT team to add you to the right group, then sign in again.',
      );
    }
    await sessions.start(res, user);
    await audit(user, 'sign_in', null, JSON.stringify({ entra: 'signed in' }));
    // A page of our own, not a redirect, to go on: the session cookie is SameSite=Strict, and a browser does not send
    // it on a navigation that came from Microsoft's site. The page's own refresh is a navigation from this site.
    const next = returnTo(checks.next);
    send(res, 200, 'message.njk', {
      title: 'You are signed in',
      message: 'Opening the page.',
      link: { href: next, text: 'Continue' },
      refresh: next,
    });
  });

  // The one-time link printed by `npm run --silent staff -- add-user`: the first password. Opening the link does not
  // use it up (mail scanners open links); setting the password does.
  server.get('/staff/welcome', async (req: Request, res: Response) => {
    const { token } = sessions.anonymous(req, res);
    send(res, 200, 'set-password.njk', { title: 'Choose your password', token: (queryOf(req).get('token') ?? '').slice(0, 100), csrf: token });
  });

  server.post('/staff/welcome', forms, async (req: Request, res: Response) => {
    const cookies = sessions.cookies(req);
    if (!sessions.validForm(req, cookies)) return expiredForm(res);
    const body = formOf(req);
    const link = typeof body.token === 'string' ? body.token.slice(0, 100) : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const problem = passwordProblem(password, '');
    if (problem) {
      return send(res, 200, 'set-password.njk', {
        title: 'Choose your password',
        token: link,
        csrf: sessions.token(req, res, cookies),
        error: problem,
      });
    }
    const user = await staff.takeSetupToken(hashToken(link), now());
    if (!user) {
      return message(
        res,
        400,
        {},
        'This link has expired',
        'Each sign-in link works once and for a limited time. Ask your administrator for a new one.',
      );
    }
    const again = passwordProblem(password, user.email);
    if (again) return message(res, 400, {}, 'Choose another password', `${again} Ask your administrator for a new link.`);
    await staff.setPassword(user.id, await hashPassword(password));
    await sessions.start(res, user);
    await audit(user, 'sign_in', null, 'first password set');
    redirect(res, '/staff');
  });

  server.post('/staff/sign-out', forms, async (req: Request, res: Response) => {
    const signed = await posted(req, res);
    if (!signed) return;
    const everywhere = formOf(req).everywhere === 'true';
    await sessions.end(res, signed.cookies, signed.user, everywhere);
    await audit(signed.user, 'sign_out', null, everywhere ? 'everywhere' : '');
    // A council account stays signed in to Microsoft: on a shared computer, that sign-out matters too.
    const microsoft =
      signed.user.source === 'entra' ? await options.entra?.signOutUrl(new URL('/staff/sign-in', options.publicBase).href) : undefined;
    message(
      res,
      200,
      {},
      'You have signed out',
      microsoft
        ? 'You are still signed in to your Microsoft account in this browser. On a shared computer, sign out of it too, then close this window.'
        : 'Close this window if you are on a shared computer.',
      microsoft ? { href: microsoft, text: 'Sign out of your Microsoft account' } : { href: '/staff/sign-in', text: 'Sign in again' },
    );
  });

  server.get('/staff', async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const first = signed.user.queues[0];
    if (!first) return message(res, 200, signed.context, 'No queues yet', 'Your account has no queues. Ask your administrator to grant you one.');
    redirect(res, `/staff/queues/${first}`);
  });

  server.get('/staff/queues/:queue', async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const queue = String(req.params.queue ?? '');
    if (!signed.user.queues.includes(queue)) return notFound(res, signed.context);
    const filter = readFilter(queue, queryOf(req), signed.user);
    if (!filter) {
      return message(res, 400, signed.context, 'That filter is not valid', 'Choose the filters again.', {
        href: `/staff/queues/${queue}`,
        text: 'Clear the filters',
      });
    }
    const [rows, counts] = await Promise.all([staff.inbox(filter, PAGE_SIZE + 1), staff.countNew(signed.user.queues)]);
    const paging = ['queue', 'after', 'before'];
    const filtered = Object.keys(filter).some((k) => !paging.includes(k));
    await audit(signed.user, filtered || filter.after || filter.before ? 'search' : 'view', null, JSON.stringify(filter));
    // Newer pages come back newest first with the extra row (if any) at the start; older ones have it at the end.
    const newer = Boolean(filter.before && !filter.after);
    const more = rows.length > PAGE_SIZE;
    const page = newer ? rows.slice(-PAGE_SIZE) : rows.slice(0, PAGE_SIZE);
    const [first, last] = [page[0], page.at(-1)];
    const pageLink = (key: 'after' | 'before', row: InboxRow) =>
      `/staff/queues/${queue}?${filterQuery({ ...filter, after: undefined, before: undefined, [key]: `${row.arrivedAt}|${row.reference}` })}`;
    send(res, 200, 'inbox.njk', {
      ...signed.context,
      title: `Inbox: ${queueName(queue)}`,
      queue,
      queueName: queueName(queue),
      queues: signed.user.queues.map((id) => ({ id, name: queueName(id), newCount: counts[id] ?? 0 })),
      filter,
      filtered,
      query: filterQuery({ ...filter, after: undefined, before: undefined }),
      canExport: can.export(signed.user),
      statuses: STATUS_CHOICES,
      categories: CATEGORIES.map((c) => ({ value: c, text: CATEGORY_LABELS[c].title })),
      boroughs: [
        ...deployment.boroughs.map((b) => ({ value: b.id, text: b.name })),
        ...[...OTHER_BOROUGHS].map(([value, text]) => ({ value, text })),
      ],
      rows: page.map((r) => ({
        ...r,
        received: when(r.createdAt),
        categoryText: CATEGORY_LABELS[r.category as Category]?.title ?? r.category,
        boroughText: boroughName(r.borough),
        statusText: STATUS_LABELS[r.status],
      })),
      older: last && (newer || more) ? pageLink('after', last) : undefined,
      newer: first && (newer ? more : Boolean(filter.after)) ? pageLink('before', first) : undefined,
    });
  });

  server.get('/staff/find', async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const typed = queryOf(req).get('ref') ?? '';
    const reference = parseReference(typed.slice(0, 40));
    await audit(signed.user, 'search', reference ?? null, JSON.stringify({ reference: reference ?? 'not a reference' }));
    const report = await visibleReport(signed, typed);
    if (!report) return notFound(res, signed.context);
    redirect(res, `/staff/reports/${report.reference}`);
  });

  server.get('/staff/reports/:reference', async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const report = await visibleReport(signed, String(req.params.reference ?? ''));
    if (!report) return notFound(res, signed.context);
    const [cases, events, deliveries, links] = await Promise.all([
      staff.cases(report.reference),
      staff.events(report.reference),
      reports.deliveries(report.reference),
      staff.links(report.reference),
    ]);
    // Links and their history lines only to reports this user may see: a reference alone must not tell them more.
    const mentioned = new Set([...links.map((l) => l.reference), ...events.flatMap((e) => linkedReference(e) ?? [])]);
    const visibleRefs = new Set<string>();
    for (const ref of mentioned) if (await visibleReport(signed, ref)) visibleRefs.add(ref);
    await audit(signed.user, 'view', report.reference);
    const f = plainValues(report, names);
    const colleagues = new Map<string, StaffUser[]>();
    for (const c of cases) if (signed.user.queues.includes(c.queueId)) colleagues.set(c.queueId, await staff.usersWithQueue(c.queueId));
    const delivery = (queueId: string) => {
      const d = deliveries.find((x) => x.queueId === queueId);
      if (!d) return 'not routed';
      if (d.status === 'delivered') return `delivered ${d.deliveredAt ? when(d.deliveredAt) : ''}`;
      return d.status === 'dead' ? 'could not be delivered' : `waiting (${d.attempts} attempts)`;
    };
    send(res, 200, 'report.njk', {
      ...signed.context,
      title: `Report ${report.reference}`,
      reference: report.reference,
      report,
      strands: f.strands,
      backQueue: mineOf(report, signed.user),
      fields: [
        { key: 'Received', value: when(report.createdAt) },
        { key: 'Type of problem', value: report.categories.map((c) => CATEGORY_LABELS[c].title).join(', ') },
        { key: 'What happened', value: report.narrative },
        { key: 'When', value: f.when },
        { key: 'Where', value: f.where },
        { key: 'People or vehicles', value: f.peopleInvolved },
        { key: 'Anyone hurt', value: f.injured },
        { key: 'How it affects them', value: f.impact },
        { key: 'Reported by', value: f.reporter },
        { key: 'Contact', value: f.contact },
        { key: 'Language', value: f.language },
        { key: 'Sent to', value: f.sentTo },
        { key: 'Signposted to', value: f.signposted },
        { key: 'Classified', value: f.classification },
        { key: 'Channel', value: report.channel },
      ],
      statuses: STATUS_CHOICES,
      outcomes: OUTCOME_CHOICES,
      cases: cases.map((c) => ({
        ...c,
        queueName: queueName(c.queueId),
        statusText: STATUS_LABELS[c.status],
        outcomeText: c.outcome ? OUTCOME_LABELS[c.outcome] : '',
        mine: signed.user.queues.includes(c.queueId),
        colleagues: colleagues.get(c.queueId) ?? [],
        delivery: delivery(c.queueId),
      })),
      events: events
        .filter((e) => {
          const other = linkedReference(e);
          return other === undefined || visibleRefs.has(other);
        })
        .map((e) => ({ ...e, when: when(e.at), queueName: queueName(e.queueId), text: eventText(e, queueName) })),
      links: links
        .filter((l) => visibleRefs.has(l.reference))
        .map((l) => ({
          ...l,
          text: l.kind === 'linked' ? 'Linked to' : l.outgoing ? 'This report is a duplicate of' : 'A duplicate of this report:',
        })),
      actingQueue: mineOf(report, signed.user),
      canReroute: can.reroute(signed.user),
      rerouteTargets: deployment.queues.filter((q) => !report.queues.includes(q.id)).map((q) => ({ value: q.id, text: q.name })),
    });
  });

  /** The change a report page's form asks for; undefined when it is not one the page can make. */
  async function changeFrom(body: Record<string, unknown>, queue: string): Promise<CaseChange | 'needs outcome' | undefined> {
    if (body.action === 'acknowledge') return { kind: 'status', status: 'acknowledged' };
    if (body.action === 'status') {
      const status = statusSchema.safeParse(body.status);
      const outcome = outcomeSchema.safeParse(body.outcome);
      if (!status.success) return undefined;
      if (status.data === 'closed' && !outcome.success) return 'needs outcome';
      return { kind: 'status', status: status.data, outcome: outcome.success ? outcome.data : undefined };
    }
    if (body.action === 'assign') {
      const assignee = typeof body.assignee === 'string' ? body.assignee : '';
      if (!assignee) return { kind: 'assigned', assigneeId: null };
      const colleague = (await staff.usersWithQueue(queue)).find((u) => u.id === assignee);
      return colleague ? { kind: 'assigned', assigneeId: colleague.id } : undefined;
    }
    if (body.action === 'note' && typeof body.text === 'string' && body.text.trim()) return { kind: 'note', text: body.text.trim().slice(0, 2000) };
    return undefined;
  }

  // Links between reports: "duplicate of" or "linked to" another reference the user can also see.
  server.post('/staff/reports/:reference/links', forms, async (req: Request, res: Response) => {
    const signed = await posted(req, res);
    if (!signed) return;
    const report = await visibleReport(signed, String(req.params.reference ?? ''));
    if (!report) return notFound(res, signed.context);
    const body = formOf(req);
    const back = { href: `/staff/reports/${report.reference}`, text: 'Back to the report' };
    const other = await visibleReport(signed, typeof body.other === 'string' ? body.other : '');
    if (!other || other.reference === report.reference) {
      return message(res, 400, signed.context, 'Check the reference', 'Enter the reference of another report in one of your queues.', back);
    }
    const queues = { mine: mineOf(report, signed.user), theirs: mineOf(other, signed.user) };
    if (body.remove === 'true') {
      await staff.unlink(report.reference, other.reference, signed.user, queues, now());
    } else {
      const kind = linkKindSchema.safeParse(body.kind);
      if (!kind.success)
        return message(res, 400, signed.context, 'Choose how they are linked', 'Go back and choose how the reports are linked.', back);
      await staff.link(report.reference, other.reference, kind.data, signed.user, queues, now());
    }
    await audit(
      signed.user,
      'change',
      report.reference,
      JSON.stringify({ kind: body.remove === 'true' ? 'unlinked' : 'linked', other: other.reference }),
    );
    redirect(res, `/staff/reports/${report.reference}`);
  });

  server.post('/staff/reports/:reference/:queue', forms, async (req: Request, res: Response) => {
    const signed = await posted(req, res);
    if (!signed) return;
    const report = await visibleReport(signed, String(req.params.reference ?? ''));
    const queue = String(req.params.queue ?? '');
    if (!report || !report.queues.includes(queue) || !signed.user.queues.includes(queue)) return notFound(res, signed.context);
    const back = { href: `/staff/reports/${report.reference}`, text: 'Back to the report' };
    const body = formOf(req);
    // A manager's copy or move to another queue: a new delivery to that partner.
    if (body.action === 'copy' || body.action === 'move') {
      const to = deployment.queues.find((q) => q.id === body.to);
      if (!can.reroute(signed.user) || !to)
        return message(res, 400, signed.context, 'Nothing was changed', 'Choose a queue to send the report to.', back);
      const move = body.action === 'move';
      const done = await staff.reroute(
        report.reference,
        { from: queue, to: to.id, move, deliveredInStore: to.transport === 'store' },
        signed.user,
        now(),
      );
      if (!done) return message(res, 400, signed.context, 'Nothing was changed', `The report is already in ${to.name}.`, back);
      await audit(signed.user, 'change', report.reference, JSON.stringify({ queue, kind: body.action, to: to.id }));
      return redirect(res, `/staff/reports/${report.reference}`);
    }
    const change = await changeFrom(body, queue);
    if (change === 'needs outcome')
      return message(res, 400, signed.context, 'Choose an outcome', 'A report is closed with an outcome: go back and choose one.', back);
    if (!change) return message(res, 400, signed.context, 'Nothing was changed', 'That change is not one this page can make.', back);
    await staff.change(report.reference, queue, signed.user, change, now());
    // The audit says what kind of change, never a note's words.
    const what = change.kind === 'status' ? { status: change.status, outcome: change.outcome } : {};
    await audit(signed.user, 'change', report.reference, JSON.stringify({ queue, kind: change.kind, ...what }));
    redirect(res, `/staff/reports/${report.reference}`);
  });

  const exportRoute = (format: 'csv' | 'json') => async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const query = queryOf(req);
    const queue = query.get('queue') ?? '';
    if (!can.export(signed.user) || !signed.user.queues.includes(queue)) return notFound(res, signed.context);
    const filter = readFilter(queue, query, signed.user);
    if (!filter) return message(res, 400, signed.context, 'That filter is not valid', 'Choose the filters again.');
    const rows = (await staff.exportInbox({ ...filter, after: undefined, before: undefined }, EXPORT_MAX)).map((r) => ({
      ...r.report,
      status: r.status,
      assignee: r.assignee,
    }));
    await audit(signed.user, 'export', null, JSON.stringify({ format, rows: rows.length, ...filter }));
    const body = format === 'json' ? JSON.stringify(rows, null, 2) : toCsv(rows);
    res.writeHead(200, {
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="reports-${queue}-${now().toISOString().slice(0, 10)}.${format}"`,
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  };
  server.get('/staff/export.csv', exportRoute('csv'));
  server.get('/staff/export.json', exportRoute('json'));

  // A manager's figures for one of their queues over a period (the last 90 days unless chosen).
  server.get('/staff/statistics', async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    if (!can.readStatistics(signed.user)) return notFound(res, signed.context);
    const query = queryOf(req);
    const queue = query.get('queue') ?? signed.user.queues[0] ?? '';
    if (!signed.user.queues.includes(queue)) return notFound(res, signed.context);
    const today = now().toISOString().slice(0, 10);
    const period = statisticsPeriodSchema.safeParse({
      from: query.get('from') || new Date(now().getTime() - 90 * 86_400_000).toISOString().slice(0, 10),
      to: query.get('to') || today,
    });
    if (!period.success || period.data.from > period.data.to) {
      return message(res, 400, signed.context, 'Check the dates', 'Enter a start date on or before the end date.', {
        href: '/staff/statistics',
        text: 'The last 90 days',
      });
    }
    const { from, to } = period.data;
    const stats = await staff.statistics(queue, from, to);
    await audit(signed.user, 'view', null, JSON.stringify({ statistics: queue, from, to }));
    const rowsOf = (counts: Record<string, number | undefined>, label: (key: string) => string) =>
      Object.entries(counts)
        .filter(([, n]) => n)
        .sort((a, b) => b[1]! - a[1]!)
        .map(([key, n]) => ({ label: label(key), n }));
    const inHours = (h: number | null) => (h === null ? 'None yet' : h < 48 ? `${h} hours` : `${Math.round(h / 24)} days`);
    send(res, 200, 'statistics.njk', {
      ...signed.context,
      title: `Statistics: ${queueName(queue)}`,
      queue,
      from,
      to,
      queues: signed.user.queues.map((id) => ({ value: id, text: queueName(id) })),
      stats,
      byStatus: rowsOf(stats.byStatus, (k) => STATUS_LABELS[k as keyof typeof STATUS_LABELS]),
      byCategory: rowsOf(stats.byCategory, (k) => CATEGORY_LABELS[k as Category]?.title ?? k),
      byOutcome: rowsOf(stats.byOutcome, (k) => OUTCOME_LABELS[k as keyof typeof OUTCOME_LABELS]),
      firstAction: inHours(stats.medianHoursToFirstAction),
      toClose: inHours(stats.medianHoursToClose),
    });
  });

  server.get('/staff/audit', async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    if (!can.readAudit(signed.user)) return notFound(res, signed.context);
    const ref = parseReference((queryOf(req).get('ref') ?? '').slice(0, 40));
    const entries = await staff.readAudit({ reference: ref, limit: 500 });
    send(res, 200, 'audit.njk', { ...signed.context, title: 'Audit log', ref: ref ?? '', entries: entries.map((e) => ({ ...e, when: when(e.at) })) });
  });
}

/** CSV of the routed reports' fields plus status (RFC 4180 quoting; cells that a spreadsheet would run as formulas are prefixed with '). */
export function toCsv(rows: Array<Record<string, unknown>>): string {
  const columns = [
    'reference',
    'createdAt',
    'status',
    'assignee',
    'categories',
    'hate',
    'strands',
    'emergencyIndicated',
    'reporterRole',
    'narrative',
    'when',
    'where',
    'peopleInvolved',
    'injured',
    'impact',
    'anonymous',
    'contact',
    'queues',
    'signposted',
    'channel',
  ];
  const cell = (v: unknown) => {
    let s = v === undefined || v === null ? '' : typeof v === 'object' ? (Array.isArray(v) ? v.join('; ') : JSON.stringify(v)) : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
