/**
 * Staff accounts for the inbox at /staff (docs/architecture.md 13):
 *   npm run --silent staff -- add-user EMAIL --queues dartford-csu,kent-police --role officer|manager|admin
 *       creates a local account and prints a one-time sign-in link (valid 72 hours) to choose the first password
 *   npm run --silent staff -- list-users
 *   npm run --silent staff -- sign-out-everywhere EMAIL
 * Reads the same settings as the bot (DATA_DIR or DATABASE_URL, PUBLIC_BASE_URL, CONFIG_DIR).
 */
import '../requireNode';
import { runCli, UsageError } from './cliMain';
import path from 'node:path';
import { loadDeploymentConfig } from '../../services/config/deployment';
import { loadSettings, publicBaseOf } from '../../services/config/settings';
import { setupLink } from '../../services/staff/passwords';
import { roleSchema } from '../../services/staff/staff';
import { SqlStaffStore } from '../../services/staff/sqlStaffStore';
import { migrate, openDatabase } from '../../services/store/database';

const USAGE = `Usage:
  npm run --silent staff -- add-user EMAIL --queues QUEUE[,QUEUE...] --role officer|manager|admin
  npm run --silent staff -- list-users
  npm run --silent staff -- sign-out-everywhere EMAIL`;

function option(args: string[], name: string): string {
  const i = args.indexOf(name);
  const value = i === -1 ? undefined : args[i + 1];
  if (!value) throw new UsageError(`${name} is required`);
  return value;
}

export async function run(args: string[], out: (s: string) => void): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help') {
    out(USAGE);
    return command ? 0 : 2;
  }
  if (!['add-user', 'list-users', 'sign-out-everywhere'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  const settings = loadSettings();
  const { db } = openDatabase(settings);
  const staff = new SqlStaffStore(db);
  try {
    await migrate(db);
    if (command === 'list-users') {
      for (const u of await staff.listUsers())
        out(`${u.email}\t${u.role}\t${u.queues.join(',')}\t${u.source}${u.hasPassword ? '' : '\t(no password yet)'}`);
      return 0;
    }
    const email = (rest[0] ?? '').trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`${command} needs an email address (got "${rest[0] ?? ''}")`);
    if (command === 'sign-out-everywhere') {
      const user = await staff.userByEmail(email);
      if (!user) throw new UsageError(`no staff account for ${email}`);
      await staff.endAllSessions(user.id);
      out(`${email} is signed out everywhere.`);
      return 0;
    }
    const role = roleSchema.safeParse(option(rest, '--role'));
    if (!role.success) throw new UsageError('--role must be officer, manager or admin');
    const known = new Set(loadDeploymentConfig(path.resolve(settings.CONFIG_DIR)).queues.map((q) => q.id));
    const queues = option(rest, '--queues')
      .split(',')
      .map((q) => q.trim())
      .filter(Boolean);
    const unknown = queues.filter((q) => !known.has(q));
    if (unknown.length) throw new UsageError(`unknown queue ${unknown.join(', ')} (queues.json has ${[...known].join(', ')})`);
    if (await staff.userByEmail(email)) throw new UsageError(`${email} already has an account`);
    const link = setupLink(publicBaseOf(settings));
    await staff.addUser({ email, role: role.data, queues, source: 'local' }, link.setup);
    out(`Added ${email} (${role.data}: ${queues.join(', ')}).`);
    out(`Send them this one-time link to choose a password (it works once, until ${link.setup.expiresAt.toISOString()}):`);
    out(link.url);
    return 0;
  } finally {
    await db.destroy();
  }
}

if (require.main === module) runCli('staff', USAGE, run);
