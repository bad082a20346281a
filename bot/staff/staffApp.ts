/**
 * The staff inbox at /staff (docs/architecture.md 13): server-rendered GOV.UK pages, no scripts. Every request is
 * checked here on the server: the session (idle 30 minutes, absolute 10 hours, in the store so several instances
 * share it), the CSRF token on every form (csrf-csrf, double submit bound to the session), and the queues the user
 * holds: a report of a queue they do not hold is "not found", exactly as one that does not exist. Every view,
 * search, change and export is written to the audit log, which never holds what residents wrote.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseCookie, stringifySetCookie, type SetCookie } from 'cookie';
import { doubleCsrf } from 'csrf-csrf';
import nunjucks from 'nunjucks';
import restify, { type Request, type Response, type Server } from 'restify';
import { CATEGORIES, type Category } from '../../services/classification/codes';
import type { DeploymentConfig } from '../../services/config/deployment';
import { plainValues } from '../../services/delivery/transports/emailMessage';
import type { RateLimit } from '../../services/limits/rateLimits';
import type { Logger } from '../../services/logging/logger';
import { parseReference } from '../../services/reports/reference';
import type { ReportStore } from '../../services/store/reportStore';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from '../../services/staff/passwords';
import {
  can,
  inboxFilterSchema,
  OUTCOME_LABELS,
  outcomeSchema,
  STATUS_LABELS,
  statusSchema,
  type CaseChange,
  type InboxFilter,
  type StaffStore,
  type StaffUser,
} from '../../services/staff/staff';
import { CATEGORY_LABELS } from '../../dialogs/copy/en';
import { clientAddress } from '../clientAddress';
import type { WebAssets } from '../web/assets';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 10 * 3_600_000;
const PAGE_SIZE = 50;
const EXPORT_MAX = 10_000;

export interface StaffAppOptions {
  staff: StaffStore;
  reports: ReportStore;
  deployment: DeploymentConfig;
  assets: WebAssets;
  log: Logger;
  production: boolean;
  /** Signs CSRF tokens; the same on every instance. */
  secret: string;
  /** Whether local accounts (email and password) may sign in. */
  localAccounts: boolean;
  trustedProxies: number;
  limits: { signInPerAccount: RateLimit; signInPerAddress: RateLimit };
  now?: () => Date;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export function registerStaffRoutes(server: Server, options: StaffAppOptions): void {
  const now = options.now ?? (() => new Date());
  const { staff, reports, deployment } = options;
  const queueName = (id: string) => deployment.queues.find((q) => q.id === id)?.name ?? id;
  const boroughName = (id: string) => deployment.boroughs.find((b) => b.id === id)?.name ?? (id === 'unknown' ? 'Not known' : id);
  const sessionCookie = options.production ? '__Host-dg-staff' : 'dg-staff';
  const preCookie = options.production ? '__Host-dg-staff-pre' : 'dg-staff-pre';
  const cookieBase = { httpOnly: true, sameSite: 'strict' as const, secure: options.production, path: '/' };

  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(__dirname, 'templates')), {
    autoescape: true,
    throwOnUndefined: false,
  });
  const css = options.assets.url('staff.css');

  const cookiesOf = (req: Request): Record<string, string | undefined> => ({ ...parseCookie(req.headers.cookie ?? '') });
  const addCookie = (res: Response, name: string, value: string, opts: Omit<SetCookie, 'name' | 'value'>) => {
    const existing = res.getHeader('Set-Cookie');
    const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    res.setHeader('Set-Cookie', [...list, stringifySetCookie({ name, value, ...opts })]);
  };

  // csrf-csrf speaks Express: it reads `req.cookies` and the token, and sets its cookie with `res.cookie`.
  const csrf = doubleCsrf({
    getSecret: () => options.secret,
    getSessionIdentifier: (req) => {
      const c = (req as unknown as { cookies: Record<string, string> }).cookies;
      return c[sessionCookie] ?? c[preCookie] ?? '';
    },
    cookieName: options.production ? '__Host-dg-staff-csrf' : 'dg-staff-csrf',
    cookieOptions: cookieBase,
    getCsrfTokenFromRequest: (req) => (req as unknown as { body?: Record<string, unknown> }).body?._csrf as string | undefined,
  });
  const csrfReq = (req: Request, cookies: Record<string, string | undefined>) =>
    ({ cookies, body: req.body, headers: req.headers, method: req.method }) as never;
  const csrfRes = (res: Response) =>
    ({
      cookie: (name: string, value: string, o: { maxAge?: number }) => addCookie(res, name, value, { ...cookieBase, ...o, maxAge: undefined }),
    }) as never;
  const csrfToken = (req: Request, res: Response, cookies: Record<string, string | undefined>) =>
    csrf.generateCsrfToken(csrfReq(req, cookies), csrfRes(res), { overwrite: false });

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
  const redirect = (res: Response, to: string) => {
    res.writeHead(303, { Location: to, 'Cache-Control': 'no-store' });
    res.end();
  };
  const notFound = (res: Response, context: Record<string, unknown>) =>
    send(res, 404, 'message.njk', {
      ...context,
      title: 'Page not found',
      message: 'There is no report or page here that you can see. Check the reference, or go back to your inbox.',
      link: { href: '/staff', text: 'Your inbox' },
    });

  interface Signed {
    user: StaffUser;
    cookies: Record<string, string | undefined>;
    csrf: string;
    context: Record<string, unknown>;
  }

  /** The signed-in user, or a redirect to sign in (and undefined). */
  async function signedIn(req: Request, res: Response): Promise<Signed | undefined> {
    const cookies = cookiesOf(req);
    const token = cookies[sessionCookie];
    const user = token ? await staff.touchSession(sha256(token), now(), { idleMs: SESSION_IDLE_MS, absoluteMs: SESSION_ABSOLUTE_MS }) : undefined;
    if (!user || !can.work(user)) {
      if (token) addCookie(res, sessionCookie, '', { ...cookieBase, maxAge: 0 });
      redirect(res, `/staff/sign-in${token ? '?expired=1' : ''}`);
      return undefined;
    }
    const csrfValue = csrfToken(req, res, cookies);
    return { user, cookies, csrf: csrfValue, context: { user, csrf: csrfValue, canAudit: can.readAudit(user) } };
  }

  /** A form post: signed in and carrying a valid CSRF token, or refused (403) with nothing done. */
  async function posted(req: Request, res: Response): Promise<Signed | undefined> {
    const signed = await signedIn(req, res);
    if (!signed) return undefined;
    if (!csrf.validateRequest(csrfReq(req, signed.cookies))) {
      send(res, 403, 'message.njk', { ...signed.context, title: 'That form has expired', message: 'Go back, reload the page and try again.' });
      return undefined;
    }
    return signed;
  }

  const audit = (user: StaffUser | { email: string }, action: Parameters<StaffStore['audit']>[0]['action'], reference: string | null, detail = '') =>
    staff.audit({ userEmail: user.email, action, reference, detail }, now());

  const forms = restify.plugins.bodyParser({ maxBodySize: 16 * 1024, mapParams: false, mapFiles: false, rejectUnknown: true });
  const headersOnly = (_req: Request, res: Response, next: () => void) => {
    res.header('Cache-Control', 'no-store');
    next();
  };

  // Sign-in: local accounts (Entra ID is the production sign-in; see README).
  server.get('/staff/sign-in', headersOnly, async (req: Request, res: Response) => {
    const cookies = cookiesOf(req);
    if (!cookies[preCookie]) {
      cookies[preCookie] = randomBytes(24).toString('base64url');
      addCookie(res, preCookie, cookies[preCookie], cookieBase);
    }
    const expired = new URL(req.url ?? '/', 'http://x').searchParams.has('expired');
    send(res, 200, 'sign-in.njk', {
      title: 'Sign in',
      csrf: csrfToken(req, res, cookies),
      local: options.localAccounts,
      error: expired ? 'You were signed out because the page was not used for a while. Sign in again.' : undefined,
    });
  });

  server.post('/staff/sign-in', forms, async (req: Request, res: Response) => {
    const cookies = cookiesOf(req);
    if (!csrf.validateRequest(csrfReq(req, cookies)) || !options.localAccounts) {
      return send(res, 403, 'message.njk', { title: 'That form has expired', message: 'Go back, reload the page and try again.' });
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 200) : '';
    const address = clientAddress(req, options.trustedProxies);
    const waits = await Promise.all([options.limits.signInPerAccount.take(email || '-'), options.limits.signInPerAddress.take(address)]);
    const refuse = (error: string, status = 200) =>
      send(res, status, 'sign-in.njk', { title: 'Sign in', csrf: csrfToken(req, res, cookies), local: true, email, error });
    if (Math.max(...waits) > 0) {
      res.header('Retry-After', String(Math.max(...waits)));
      return refuse('Too many attempts to sign in. Wait a few minutes and try again.', 429);
    }
    const user = email ? await staff.userByEmail(email) : undefined;
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || user.disabled || user.source !== 'local') {
      await audit({ email: email || '(none)' }, 'sign_in_refused', null);
      return refuse('Enter the email address and password of your staff account.');
    }
    const token = randomBytes(32).toString('base64url');
    await staff.createSession(sha256(token), user.id, now());
    addCookie(res, sessionCookie, token, cookieBase);
    addCookie(res, preCookie, '', { ...cookieBase, maxAge: 0 });
    await audit(user, 'sign_in', null);
    redirect(res, '/staff');
  });

  // The one-time link printed by `npm run --silent staff -- add-user`: the first password.
  server.get('/staff/welcome', headersOnly, async (req: Request, res: Response) => {
    const cookies = cookiesOf(req);
    if (!cookies[preCookie]) {
      cookies[preCookie] = randomBytes(24).toString('base64url');
      addCookie(res, preCookie, cookies[preCookie], cookieBase);
    }
    const token = new URL(req.url ?? '/', 'http://x').searchParams.get('token') ?? '';
    send(res, 200, 'set-password.njk', { title: 'Choose your password', token: token.slice(0, 100), csrf: csrfToken(req, res, cookies) });
  });

  server.post('/staff/welcome', forms, async (req: Request, res: Response) => {
    const cookies = cookiesOf(req);
    if (!csrf.validateRequest(csrfReq(req, cookies))) {
      return send(res, 403, 'message.njk', { title: 'That form has expired', message: 'Go back, reload the page and try again.' });
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' ? body.token.slice(0, 100) : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const problem = passwordProblem(password, '');
    if (problem)
      return send(res, 200, 'set-password.njk', { title: 'Choose your password', token, csrf: csrfToken(req, res, cookies), error: problem });
    const user = await staff.takeSetupToken(sha256(token), now());
    if (!user) {
      return send(res, 400, 'message.njk', {
        title: 'This link has expired',
        message: 'Each sign-in link works once and for a limited time. Ask your administrator for a new one.',
      });
    }
    const again = passwordProblem(password, user.email);
    if (again) return send(res, 400, 'message.njk', { title: 'Choose another password', message: `${again} Ask your administrator for a new link.` });
    await staff.setPassword(user.id, await hashPassword(password));
    const session = randomBytes(32).toString('base64url');
    await staff.createSession(sha256(session), user.id, now());
    addCookie(res, sessionCookie, session, cookieBase);
    await audit(user, 'sign_in', null, 'first password set');
    redirect(res, '/staff');
  });

  server.post('/staff/sign-out', forms, async (req: Request, res: Response) => {
    const signed = await posted(req, res);
    if (!signed) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.everywhere === 'true') await staff.endAllSessions(signed.user.id);
    else await staff.endSession(sha256(signed.cookies[sessionCookie]!));
    addCookie(res, sessionCookie, '', { ...cookieBase, maxAge: 0 });
    await audit(signed.user, 'sign_out', null, body.everywhere === 'true' ? 'everywhere' : '');
    send(res, 200, 'message.njk', {
      title: 'You have signed out',
      message: 'Close this window if you are on a shared computer.',
      link: { href: '/staff/sign-in', text: 'Sign in again' },
    });
  });

  server.get('/staff', headersOnly, async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const first = signed.user.queues[0];
    if (!first)
      return send(res, 200, 'message.njk', {
        ...signed.context,
        title: 'No queues yet',
        message: 'Your account has no queues. Ask your administrator to grant you one.',
      });
    redirect(res, `/staff/queues/${first}`);
  });

  /** The filter from a query string; undefined when some part of it is not valid. */
  function readFilter(queue: string, query: URLSearchParams): InboxFilter | undefined {
    const raw: Record<string, unknown> = { queue };
    for (const key of ['status', 'category', 'borough', 'from', 'to', 'after'] as const) {
      const v = query.get(key);
      if (v) raw[key] = v.slice(0, 60);
    }
    if (query.get('hate') === 'true') raw.hate = true;
    if (query.get('danger') === 'true') raw.danger = true;
    const parsed = inboxFilterSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  }
  const queryOf = (filter: InboxFilter) =>
    new URLSearchParams(
      Object.entries(filter)
        .filter(([k, v]) => k !== 'queue' && v !== undefined)
        .map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();

  server.get('/staff/queues/:queue', headersOnly, async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const queue = String(req.params.queue ?? '');
    if (!signed.user.queues.includes(queue)) return notFound(res, signed.context);
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const filter = readFilter(queue, query);
    if (!filter)
      return send(res, 400, 'message.njk', {
        ...signed.context,
        title: 'That filter is not valid',
        message: 'Choose the filters again.',
        link: { href: `/staff/queues/${queue}`, text: 'Clear the filters' },
      });
    const [rows, counts] = await Promise.all([staff.inbox(filter, PAGE_SIZE + 1), staff.countNew(signed.user.queues)]);
    const filtered = Object.keys(filter).some((k) => !['queue', 'after'].includes(k));
    await audit(signed.user, filtered || filter.after ? 'search' : 'view', null, JSON.stringify({ ...filter }));
    const page = rows.slice(0, PAGE_SIZE);
    const last = page.at(-1);
    send(res, 200, 'inbox.njk', {
      ...signed.context,
      title: `Inbox: ${queueName(queue)}`,
      queue,
      queueName: queueName(queue),
      queues: signed.user.queues.map((id) => ({ id, name: queueName(id), newCount: counts[id] ?? 0 })),
      filter,
      filtered,
      query: queryOf({ ...filter, after: undefined }),
      canExport: can.export(signed.user),
      statuses: Object.entries(STATUS_LABELS).map(([value, text]) => ({ value, text })),
      categories: CATEGORIES.map((c) => ({ value: c, text: CATEGORY_LABELS[c].title })),
      boroughs: [...deployment.boroughs.map((b) => ({ value: b.id, text: b.name })), { value: 'unknown', text: 'Not known' }],
      rows: page.map((r) => ({
        ...r,
        received: when(r.createdAt),
        categoryText: CATEGORY_LABELS[r.category as Category]?.title ?? r.category,
        boroughText: boroughName(r.borough),
        statusText: STATUS_LABELS[r.status],
      })),
      next:
        rows.length > PAGE_SIZE && last
          ? `/staff/queues/${queue}?${queryOf({ ...filter, after: `${last.createdAt}|${last.reference}` })}`
          : undefined,
    });
  });

  server.get('/staff/find', headersOnly, async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const typed = new URL(req.url ?? '/', 'http://x').searchParams.get('ref') ?? '';
    const reference = parseReference(typed.slice(0, 40));
    await audit(signed.user, 'search', reference ?? null, JSON.stringify({ reference: reference ?? 'not a reference' }));
    const report = reference ? await reports.getReport(reference) : undefined;
    if (!report || !report.queues.some((q) => signed.user.queues.includes(q))) return notFound(res, signed.context);
    redirect(res, `/staff/reports/${report.reference}`);
  });

  /** The report, if the user holds one of its queues (otherwise it is "not found", as if it did not exist). */
  async function visibleReport(signed: Signed, raw: string) {
    const reference = parseReference(raw);
    const report = reference ? await reports.getReport(reference) : undefined;
    return report && report.queues.some((q) => signed.user.queues.includes(q)) ? report : undefined;
  }

  server.get('/staff/reports/:reference', headersOnly, async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const report = await visibleReport(signed, String(req.params.reference ?? ''));
    if (!report) return notFound(res, signed.context);
    const [cases, events, deliveries] = await Promise.all([
      staff.cases(report.reference),
      staff.events(report.reference),
      reports.deliveries(report.reference),
    ]);
    await audit(signed.user, 'view', report.reference);
    const f = plainValues(report);
    const colleagues = new Map<string, StaffUser[]>();
    for (const c of cases) if (signed.user.queues.includes(c.queueId)) colleagues.set(c.queueId, await staff.usersWithQueue(c.queueId));
    send(res, 200, 'report.njk', {
      ...signed.context,
      title: `Report ${report.reference}`,
      reference: report.reference,
      report,
      strands: f.strands,
      backQueue: report.queues.find((q) => signed.user.queues.includes(q)),
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
        { key: 'Sent to', value: report.queues.map(queueName).join(', ') },
        { key: 'Signposted to', value: f.signposted },
        { key: 'Classified', value: f.classification },
        { key: 'Channel', value: report.channel },
      ],
      statuses: Object.entries(STATUS_LABELS).map(([value, text]) => ({ value, text })),
      outcomes: Object.entries(OUTCOME_LABELS).map(([value, text]) => ({ value, text })),
      cases: cases.map((c) => {
        const d = deliveries.find((x) => x.queueId === c.queueId);
        return {
          ...c,
          queueName: queueName(c.queueId),
          statusText: STATUS_LABELS[c.status],
          outcomeText: c.outcome ? OUTCOME_LABELS[c.outcome] : '',
          mine: signed.user.queues.includes(c.queueId),
          colleagues: colleagues.get(c.queueId) ?? [],
          delivery: d
            ? d.status === 'delivered'
              ? `delivered ${d.deliveredAt ? when(d.deliveredAt) : ''}`
              : d.status === 'dead'
                ? 'could not be delivered'
                : `waiting (${d.attempts} attempts)`
            : 'not routed',
        };
      }),
      events: events.map((e) => ({
        ...e,
        when: when(e.at),
        queueName: queueName(e.queueId),
        text:
          e.kind === 'note'
            ? `note: ${e.detail}`
            : e.kind === 'assigned'
              ? e.detail
                ? `assigned to ${e.detail}`
                : 'unassigned'
              : `status ${STATUS_LABELS[statusSchema.catch('new').parse(e.detail.split(':')[0])]}${e.detail.includes(':') ? ` (${OUTCOME_LABELS[outcomeSchema.catch('no_further_action').parse(e.detail.split(':')[1])]})` : ''}`,
      })),
    });
  });

  server.post('/staff/reports/:reference/:queue', forms, async (req: Request, res: Response) => {
    const signed = await posted(req, res);
    if (!signed) return;
    const report = await visibleReport(signed, String(req.params.reference ?? ''));
    const queue = String(req.params.queue ?? '');
    if (!report || !report.queues.includes(queue) || !signed.user.queues.includes(queue)) return notFound(res, signed.context);
    const body = (req.body ?? {}) as Record<string, unknown>;
    let change: CaseChange | undefined;
    if (body.action === 'acknowledge') change = { kind: 'status', status: 'acknowledged' };
    else if (body.action === 'status') {
      const status = statusSchema.safeParse(body.status);
      const outcome = outcomeSchema.safeParse(body.outcome);
      if (status.success && (status.data !== 'closed' || outcome.success))
        change = { kind: 'status', status: status.data, outcome: outcome.success ? outcome.data : undefined };
      else if (status.success) {
        return send(res, 400, 'message.njk', {
          ...signed.context,
          title: 'Choose an outcome',
          message: 'A report is closed with an outcome: go back and choose one.',
          link: { href: `/staff/reports/${report.reference}`, text: 'Back to the report' },
        });
      }
    } else if (body.action === 'assign') {
      const assignee = typeof body.assignee === 'string' ? body.assignee : '';
      const colleague = assignee ? (await staff.usersWithQueue(queue)).find((u) => u.id === assignee) : undefined;
      if (!assignee || colleague) change = { kind: 'assigned', assigneeId: colleague?.id ?? null };
    } else if (body.action === 'note' && typeof body.text === 'string' && body.text.trim()) {
      change = { kind: 'note', text: body.text.trim().slice(0, 2000) };
    }
    if (!change)
      return send(res, 400, 'message.njk', {
        ...signed.context,
        title: 'Nothing was changed',
        message: 'That change is not one this page can make.',
        link: { href: `/staff/reports/${report.reference}`, text: 'Back to the report' },
      });
    await staff.change(report.reference, queue, signed.user, change, now());
    // The audit says what kind of change, never a note's words.
    await audit(
      signed.user,
      'change',
      report.reference,
      JSON.stringify({ queue, kind: change.kind, ...(change.kind === 'status' ? { status: change.status, outcome: change.outcome } : {}) }),
    );
    redirect(res, `/staff/reports/${report.reference}`);
  });

  const exportRoute = (format: 'csv' | 'json') => async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const queue = query.get('queue') ?? '';
    if (!can.export(signed.user) || !signed.user.queues.includes(queue)) return notFound(res, signed.context);
    const filter = readFilter(queue, query);
    if (!filter) return send(res, 400, 'message.njk', { ...signed.context, title: 'That filter is not valid', message: 'Choose the filters again.' });
    const rows = await staff.inbox({ ...filter, after: undefined }, EXPORT_MAX);
    const full = [];
    for (const row of rows) {
      const report = await reports.getReport(row.reference);
      if (report) full.push({ ...report, status: row.status, assignee: row.assignee });
    }
    await audit(signed.user, 'export', null, JSON.stringify({ format, rows: full.length, ...filter }));
    const name = `reports-${queue}-${now().toISOString().slice(0, 10)}.${format}`;
    const body = format === 'json' ? JSON.stringify(full, null, 2) : toCsv(full);
    res.writeHead(200, {
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  };
  server.get('/staff/export.csv', headersOnly, exportRoute('csv'));
  server.get('/staff/export.json', headersOnly, exportRoute('json'));

  server.get('/staff/audit', headersOnly, async (req: Request, res: Response) => {
    const signed = await signedIn(req, res);
    if (!signed) return;
    if (!can.readAudit(signed.user)) return notFound(res, signed.context);
    const ref = parseReference((new URL(req.url ?? '/', 'http://x').searchParams.get('ref') ?? '').slice(0, 40));
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
