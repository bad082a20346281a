/**
 * The admin pages of the staff inbox (/staff/admin/users): staff accounts and what they may see. Admins only, checked
 * on every request. Local accounts are added here as with `npm run --silent staff -- add-user` (a one-time link to
 * hand over); an Entra ID account's role and queues come from its groups (deployment/config/staff-access.json), so
 * here it can only be disabled or signed out.
 */
import type { Request, Response, Server } from 'restify';
import type { DeploymentConfig } from '../../services/config/deployment';
import { setupLink } from '../../services/staff/passwords';
import { can, ROLES, roleSchema, type Role, type StaffStore, type StaffUser } from '../../services/staff/staff';
import type { Signed, StaffKit } from './staffApp';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AdminOptions {
  staff: StaffStore;
  deployment: DeploymentConfig;
  publicBase: string;
  /** Whether local accounts may sign in (otherwise none can be added here). */
  localAccounts: boolean;
}

const ROLE_HINTS: Record<Role, string> = {
  officer: 'Reads, acknowledges, assigns, changes status, writes notes and links reports in their queues',
  manager: 'As an officer, and also copies or moves reports to other queues, exports and reads the audit log',
  admin: 'As a manager, and also manages staff accounts',
};

export function registerAdminRoutes(server: Server, kit: StaffKit, options: AdminOptions): void {
  const { staff, deployment } = options;
  const queueChoices = deployment.queues.map((q) => ({ value: q.id, text: q.name }));
  const roleChoices = ROLES.map((r) => ({ value: r, text: r[0]!.toUpperCase() + r.slice(1), hint: ROLE_HINTS[r] }));
  const queueName = (id: string) => deployment.queues.find((q) => q.id === id)?.name ?? id;

  /** An admin's request, or "not found" for anyone else (as for a page that does not exist). */
  async function admin(req: Request, res: Response, post: boolean): Promise<Signed | undefined> {
    const signed = post ? await kit.posted(req, res) : await kit.signedIn(req, res);
    if (signed && !can.manageUsers(signed.user)) {
      kit.notFound(res, signed.context);
      return undefined;
    }
    return signed;
  }

  /** Role and queues from a form; a reason when they are not valid. */
  function grantFrom(body: Record<string, unknown>): { role: Role; queues: string[] } | string {
    const role = roleSchema.safeParse(body.role);
    const picked = Array.isArray(body.queues) ? body.queues : body.queues === undefined ? [] : [body.queues];
    const known = new Set(deployment.queues.map((q) => q.id));
    const queues = picked.filter((q): q is string => typeof q === 'string' && known.has(q));
    if (!role.success) return 'Choose a role.';
    if (queues.length === 0 || queues.length !== picked.length) return 'Choose at least one queue.';
    return { role: role.data, queues };
  }

  const status = (u: StaffUser) => (u.disabled ? 'Disabled' : u.source === 'local' && !u.hasPassword ? 'Waiting for their first password' : 'Active');
  const describe = (u: StaffUser) => ({
    ...u,
    statusText: status(u),
    sourceText: u.source === 'entra' ? 'Council account (Entra ID)' : 'Local account',
    queueNames: u.queues.map(queueName).join(', ') || 'None',
  });

  const usersPage = async (res: Response, signed: Signed, status = 200, error?: string, values: Record<string, unknown> = {}) =>
    kit.send(res, status, 'users.njk', {
      ...signed.context,
      title: 'Staff accounts',
      users: (await staff.listUsers()).map(describe),
      localAccounts: options.localAccounts,
      queueChoices,
      roleChoices,
      error,
      values,
    });

  server.get('/staff/admin/users', async (req: Request, res: Response) => {
    const signed = await admin(req, res, false);
    if (signed) await usersPage(res, signed);
  });

  server.post('/staff/admin/users', kit.forms, async (req: Request, res: Response) => {
    const signed = await admin(req, res, true);
    if (!signed) return;
    const body = kit.form(req);
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
    const values = { email, role: body.role, queues: [body.queues].flat().filter((q) => typeof q === 'string') };
    if (!options.localAccounts)
      return kit.message(res, 400, signed.context, 'Local accounts are off', 'Staff sign in with their council accounts here.');
    if (!EMAIL.test(email)) return usersPage(res, signed, 400, 'Enter an email address, like jo.bloggs@dartford.gov.uk.', values);
    const grant = grantFrom(body);
    if (typeof grant === 'string') return usersPage(res, signed, 400, grant, values);
    if (await staff.userByEmail(email)) return usersPage(res, signed, 400, `${email} already has an account.`, values);
    const link = setupLink(options.publicBase, kit.now());
    const user = await staff.addUser({ email, ...grant, source: 'local' }, link.setup);
    await kit.audit(signed.user, 'user_added', null, JSON.stringify({ email, role: grant.role, queues: grant.queues }));
    kit.message(
      res,
      200,
      signed.context,
      `Account added for ${user.email}`,
      `Send them this one-time link, in a way only they can read, to choose their password. It works once, for 72 hours.`,
      { href: '/staff/admin/users', text: 'Back to staff accounts' },
      link.url,
    );
  });

  /** The account of the URL, or "not found". */
  async function account(req: Request, res: Response, signed: Signed): Promise<StaffUser | undefined> {
    const user = await staff.userById(String(req.params.id ?? '').slice(0, 60));
    if (!user) kit.notFound(res, signed.context);
    return user;
  }

  server.get('/staff/admin/users/:id', async (req: Request, res: Response) => {
    const signed = await admin(req, res, false);
    const user = signed && (await account(req, res, signed));
    if (!signed || !user) return;
    kit.send(res, 200, 'user.njk', {
      ...signed.context,
      title: user.email,
      account: describe(user),
      self: user.id === signed.user.id,
      queueChoices,
      roleChoices,
    });
  });

  server.post('/staff/admin/users/:id', kit.forms, async (req: Request, res: Response) => {
    const signed = await admin(req, res, true);
    const user = signed && (await account(req, res, signed));
    if (!signed || !user) return;
    const body = kit.form(req);
    const back = { href: `/staff/admin/users/${user.id}`, text: `Back to ${user.email}` };
    const action = String(body.action ?? '');
    // An admin cannot lock themselves out: another admin does that.
    if (user.id === signed.user.id && action !== 'sign-out') {
      return kit.message(res, 400, signed.context, 'Nothing was changed', 'Ask another admin to change your own account.', back);
    }
    if (action === 'save') {
      if (user.source !== 'local') {
        return kit.message(res, 400, signed.context, 'Nothing was changed', 'This account’s role and queues come from its Entra ID groups.', back);
      }
      const grant = grantFrom(body);
      if (typeof grant === 'string') return kit.message(res, 400, signed.context, 'Nothing was changed', grant, back);
      await staff.updateUser(user.id, grant);
      await kit.audit(signed.user, 'user_changed', null, JSON.stringify({ email: user.email, role: grant.role, queues: grant.queues }));
      return kit.redirect(res, `/staff/admin/users/${user.id}`);
    }
    if (action === 'disable' || action === 'enable') {
      await staff.setDisabled(user.id, action === 'disable', kit.now());
      await kit.audit(
        signed.user,
        'user_changed',
        null,
        JSON.stringify({ email: user.email, [action === 'disable' ? 'disabled' : 'enabled']: true }),
      );
      return kit.redirect(res, `/staff/admin/users/${user.id}`);
    }
    if (action === 'sign-out') {
      await staff.endAllSessions(user.id);
      await kit.audit(signed.user, 'user_changed', null, JSON.stringify({ email: user.email, signedOutEverywhere: true }));
      return kit.message(res, 200, signed.context, `${user.email} is signed out everywhere`, 'They must sign in again on every device.', back);
    }
    if (action === 'new-link' && user.source === 'local' && options.localAccounts) {
      const link = setupLink(options.publicBase, kit.now());
      await staff.resetPassword(user.id, link.setup);
      await kit.audit(signed.user, 'user_changed', null, JSON.stringify({ email: user.email, newSignInLink: true }));
      return kit.message(
        res,
        200,
        signed.context,
        `New sign-in link for ${user.email}`,
        'Their old password no longer works and they are signed out everywhere. Send them this one-time link, in a way only they can read. It works once, for 72 hours.',
        back,
        link.url,
      );
    }
    kit.message(res, 400, signed.context, 'Nothing was changed', 'That change is not one this page can make.', back);
  });
}
