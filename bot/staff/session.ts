/**
 * Staff sessions and CSRF, for bot/staff/staffApp.ts. A session is a random cookie whose SHA-256 is kept in the
 * store (so several instances share it): HttpOnly, SameSite=Strict, `__Host-` and Secure in production; idle 30
 * minutes, absolute 10 hours. Every form carries a csrf-csrf token bound to the session, or, on the sign-in and
 * first-password forms, to a pre-session cookie. Entra ID sign-in keeps its checks in a signed cookie of its own for
 * ten minutes.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseCookie, stringifySetCookie, type SetCookie } from 'cookie';
import { doubleCsrf } from 'csrf-csrf';
import type { Request, Response } from 'restify';
import { hashToken } from '../../services/staff/passwords';
import { can, type StaffStore, type StaffUser } from '../../services/staff/staff';
import type { SignInChecks } from './entraSignIn';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 10 * 3_600_000;

type Cookies = Record<string, string | undefined>;

export interface SessionOptions {
  staff: StaffStore;
  production: boolean;
  /** Signs CSRF tokens; the same on every instance. */
  secret: string;
  now: () => Date;
}

export class StaffSessions {
  private readonly session: string;
  private readonly pre: string;
  private readonly checks: string;
  private readonly cookie: Omit<SetCookie, 'name' | 'value'>;
  private readonly csrf: ReturnType<typeof doubleCsrf>;

  constructor(private readonly options: SessionOptions) {
    const prefix = options.production ? '__Host-' : '';
    this.session = `${prefix}dg-staff`;
    this.pre = `${prefix}dg-staff-pre`;
    this.checks = `${prefix}dg-staff-oidc`;
    this.cookie = { httpOnly: true, sameSite: 'strict', secure: options.production, path: '/' };
    // csrf-csrf speaks Express: it reads `req.cookies` and the form's token, and sets its cookie with `res.cookie`
    // (adapted in csrfRequest and csrfResponse).
    this.csrf = doubleCsrf({
      getSecret: () => options.secret,
      getSessionIdentifier: (req) => {
        const cookies = (req as unknown as { cookies: Cookies }).cookies;
        return cookies[this.session] ?? cookies[this.pre] ?? '';
      },
      cookieName: `${prefix}dg-staff-csrf`,
      cookieOptions: { httpOnly: true, sameSite: 'strict', secure: options.production, path: '/' },
      getCsrfTokenFromRequest: (req) => (req as unknown as { body?: Record<string, unknown> }).body?._csrf as string | undefined,
    });
  }

  cookies(req: Request): Cookies {
    return { ...parseCookie(req.headers.cookie ?? '') };
  }

  private setCookie(res: Response, name: string, value: string, extra: Omit<SetCookie, 'name' | 'value'> = {}): void {
    const existing = res.getHeader('Set-Cookie');
    const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    res.setHeader('Set-Cookie', [...list, stringifySetCookie({ name, value, ...this.cookie, ...extra })]);
  }

  private csrfRequest(req: Request, cookies: Cookies): never {
    return { cookies, body: req.body, headers: req.headers, method: req.method } as never;
  }

  private csrfResponse(res: Response): never {
    return { cookie: (name: string, value: string) => this.setCookie(res, name, value) } as never;
  }

  /** The token for this request's forms (its cookie is set when it is new). */
  token(req: Request, res: Response, cookies: Cookies): string {
    return this.csrf.generateCsrfToken(this.csrfRequest(req, cookies), this.csrfResponse(res), { overwrite: false });
  }

  /** Whether a posted form carries the token that matches its cookies. */
  validForm(req: Request, cookies: Cookies): boolean {
    return this.csrf.validateRequest(this.csrfRequest(req, cookies));
  }

  /** Before sign-in: the cookies with a pre-session id (set now if there was none), and a form token bound to it. */
  anonymous(req: Request, res: Response): { cookies: Cookies; token: string } {
    const cookies = this.cookies(req);
    if (!cookies[this.pre]) {
      cookies[this.pre] = randomBytes(24).toString('base64url');
      this.setCookie(res, this.pre, cookies[this.pre]!);
    }
    return { cookies, token: this.token(req, res, cookies) };
  }

  /**
   * The signed-in user, within the session's limits (and marks it used); otherwise undefined, with a stale cookie
   * removed. `hadSession` says whether a session cookie came (to tell "signed out for being idle").
   */
  async current(req: Request, res: Response): Promise<{ user?: StaffUser; cookies: Cookies; hadSession: boolean }> {
    const cookies = this.cookies(req);
    const token = cookies[this.session];
    const user = token
      ? await this.options.staff.touchSession(hashToken(token), this.options.now(), { idleMs: SESSION_IDLE_MS, absoluteMs: SESSION_ABSOLUTE_MS })
      : undefined;
    if (user && can.work(user)) return { user, cookies, hadSession: true };
    if (token) this.setCookie(res, this.session, '', { maxAge: 0 });
    return { cookies, hadSession: Boolean(token) };
  }

  /** A new session for the user, in place of the pre-session cookie. */
  async start(res: Response, user: StaffUser): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await this.options.staff.createSession(hashToken(token), user.id, this.options.now());
    this.setCookie(res, this.session, token);
    this.setCookie(res, this.pre, '', { maxAge: 0 });
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.options.secret).update(`oidc.${payload}`).digest('base64url');
  }

  /**
   * Keeps the Entra ID sign-in's checks until the person returns. SameSite=Lax, not Strict: the return is a
   * navigation from Microsoft's site, on which a Strict cookie would not come.
   */
  keepChecks(res: Response, checks: SignInChecks): void {
    const payload = Buffer.from(JSON.stringify(checks)).toString('base64url');
    this.setCookie(res, this.checks, `${payload}.${this.sign(payload)}`, { sameSite: 'lax', maxAge: 600 });
  }

  /** The checks kept by keepChecks, once (the cookie is removed); undefined when missing, altered or malformed. */
  takeChecks(req: Request, res: Response): SignInChecks | undefined {
    const value = this.cookies(req)[this.checks];
    if (!value) return undefined;
    this.setCookie(res, this.checks, '', { sameSite: 'lax', maxAge: 0 });
    const [payload = '', mac = ''] = value.split('.');
    const expected = Buffer.from(this.sign(payload));
    if (Buffer.byteLength(mac) !== expected.length || !timingSafeEqual(Buffer.from(mac), expected)) return undefined;
    try {
      const checks = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SignInChecks>;
      const ok = [checks.verifier, checks.state, checks.nonce].every((v) => typeof v === 'string' && v.length > 0 && v.length < 200);
      return ok ? (checks as SignInChecks) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Ends this session, or every session of the user. */
  async end(res: Response, cookies: Cookies, user: StaffUser, everywhere: boolean): Promise<void> {
    if (everywhere) await this.options.staff.endAllSessions(user.id);
    else await this.options.staff.endSession(hashToken(cookies[this.session] ?? ''));
    this.setCookie(res, this.session, '', { maxAge: 0 });
  }
}
