/**
 * Staff command line for stored reports (docs/architecture.md 4.1):
 *   npm run --silent reports -- export [--since ISO]   JSON array of routed reports
 *   npm run --silent reports -- list [--since ISO]     one line per report
 *   npm run --silent reports -- show REF               one report with its deliveries and their attempts
 *   npm run --silent reports -- deliveries [--queue Q] [--status pending|delivered|dead]
 *   npm run --silent reports -- dead-letters           deliveries that gave up (permanent failure or too many tries)
 *   npm run --silent reports -- retry ID [ID...] | --all-dead   deliver again now
 *   npm run --silent reports -- purge [--dry-run]     delete reports older than RETENTION_DAYS (the worker does this daily)
 *   npm run --silent reports -- erase REF             delete one report and its deliveries (an erasure request)
 *   npm run --silent reports -- audit REF             who viewed, searched for, changed or exported it in the staff inbox
 * Reads the same settings as the bot (DATA_DIR, .env).
 */
import '../requireNode';
import { runCli, UsageError } from './cliMain';
import { loadSettings, type Settings } from '../../services/config/settings';
import { parseReference } from '../../services/reports/reference';
import { migrate, openDatabase } from '../../services/store/database';
import { SqlReportStore } from '../../services/store/sqlStore';
import { SqlStaffStore } from '../../services/staff/sqlStaffStore';

const USAGE = `Usage:
  npm run --silent reports -- export [--since 2026-11-01T00:00:00Z]
  npm run --silent reports -- list [--since ISO]
  npm run --silent reports -- show REF
  npm run --silent reports -- deliveries [--queue QUEUE] [--status pending|delivered|dead]
  npm run --silent reports -- dead-letters
  npm run --silent reports -- retry ID [ID ...] | --all-dead
  npm run --silent reports -- purge [--dry-run]
  npm run --silent reports -- erase REF
  npm run --silent reports -- audit REF`;

function referenceArgument(command: string, given: string | undefined): string {
  const ref = given ? parseReference(given) : undefined;
  if (!ref) throw new UsageError(`${command} needs a valid reference number, like DG-7K3Q9-XMP4C (got "${given ?? ''}")`);
  return ref;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value) throw new UsageError(`${name} needs a value`);
  return value;
}

function since(args: string[]): string | undefined {
  const value = option(args, '--since');
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(`--since must be an ISO 8601 date or time, like 2026-11-01 (got "${value}")`);
  return new Date(time).toISOString();
}

type Context = { store: SqlReportStore; settings: Settings; out: (s: string) => void };
/** One command: its arguments in, its exit code out. */
type Command = (args: string[], context: Context) => Promise<number>;

async function exportReports(args: string[], { store, out }: Context): Promise<number> {
  out(JSON.stringify(await store.listReports({ since: since(args) }), null, 2));
  return 0;
}

async function listReports(args: string[], { store, out }: Context): Promise<number> {
  const reports = await store.listReports({ since: since(args) });
  for (const r of reports) {
    out(
      [
        r.reference,
        r.createdAt,
        r.where.borough,
        r.categories[0],
        r.hate ? `hate:${r.strands.join('+') || 'unspecified'}` : '-',
        r.queues.join(','),
      ].join('\t'),
    );
  }
  if (reports.length === 0) out('No reports.');
  return 0;
}

async function eraseReport(args: string[], { store, out }: Context): Promise<number> {
  const ref = referenceArgument('erase', args[0]);
  const queues = (await store.deliveries(ref)).map((d) => d.queueId);
  if (!(await store.eraseReport(ref))) {
    out(`No report ${ref}.`);
    return 1;
  }
  out(`Erased ${ref} and its deliveries from this store.`);
  if (queues.length) out(`Ask these partners to delete their copy: ${[...new Set(queues)].join(', ')}`);
  return 0;
}

async function showReport(args: string[], { store, out }: Context): Promise<number> {
  const ref = referenceArgument('show', args[0]);
  const report = await store.getReport(ref);
  if (!report) {
    out(`No report ${ref}.`);
    return 1;
  }
  const deliveries = await Promise.all((await store.deliveries(ref)).map(async (d) => ({ ...d, history: await store.attempts(d.id) })));
  out(JSON.stringify({ ...report, deliveries }, null, 2));
  return 0;
}

function listDeliveries(deadOnly: boolean): Command {
  return async (args, { store, out }) => {
    const status = deadOnly ? 'dead' : option(args, '--status');
    if (status && !['pending', 'delivered', 'dead'].includes(status))
      throw new UsageError(`--status must be pending, delivered or dead (got "${status}")`);
    const rows = await store.listDeliveries({ queue: option(args, '--queue'), status: status as 'pending' | 'delivered' | 'dead' | undefined });
    out(['id', 'reference', 'queue', 'status', 'attempts', 'created', 'next attempt / done', 'last error'].join('\t'));
    for (const d of rows) {
      const when = d.status === 'pending' ? d.nextAttemptAt : d.status === 'delivered' ? d.deliveredAt : d.deadAt;
      out([d.id, d.reference, d.queueId, d.status, d.attempts, d.createdAt, when ?? '', d.lastError ?? ''].join('\t'));
    }
    if (rows.length === 0) out(deadOnly ? 'No dead letters.' : 'No deliveries.');
    return 0;
  };
}

async function retryDeliveries(args: string[], { store, out }: Context): Promise<number> {
  const all = args.includes('--all-dead');
  const ids = args.filter((a) => a !== '--all-dead').map((a) => Number(a));
  if (!all && (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n <= 0)))
    throw new UsageError('retry needs delivery ids (from "deliveries") or --all-dead');
  const n = await store.retry(all ? 'all-dead' : ids);
  out(`${n} ${n === 1 ? 'delivery' : 'deliveries'} will be tried again now.`);
  return 0;
}

async function purgeReports(args: string[], { store, settings, out }: Context): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const before = new Date(Date.now() - settings.RETENTION_DAYS * 24 * 3600_000);
  const references = await store.purgeReports(before, dryRun);
  const count = `${references.length} ${references.length === 1 ? 'report' : 'reports'}`;
  out(
    `${dryRun ? 'Would delete' : 'Deleted'} ${count} created before ${before.toISOString()} (RETENTION_DAYS=${settings.RETENTION_DAYS}), with their deliveries.`,
  );
  for (const r of references) out(r);
  return 0;
}

async function auditOf(args: string[], { store, out }: Context): Promise<number> {
  const reference = referenceArgument('audit', args[0]);
  const entries = await new SqlStaffStore(store.db).readAudit({ reference, limit: 10_000 });
  for (const e of entries.reverse()) out(`${e.at}\t${e.userEmail}\t${e.action}\t${e.detail}`);
  if (entries.length === 0) out(`Nothing in the audit log for ${reference}.`);
  return 0;
}

const COMMANDS: Record<string, Command> = {
  export: exportReports,
  list: listReports,
  erase: eraseReport,
  show: showReport,
  deliveries: listDeliveries(false),
  'dead-letters': listDeliveries(true),
  retry: retryDeliveries,
  purge: purgeReports,
  audit: auditOf,
};

export async function run(args: string[], out: (s: string) => void): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(COMMANDS, name)) throw new UsageError(`unknown command "${name}"`);
  const command = COMMANDS[name]!;
  const settings = loadSettings();
  const { db, dialect } = openDatabase(settings);
  const store = new SqlReportStore(db, 'DG', undefined, dialect);
  try {
    await migrate(db);
    return await command(rest, { store, settings, out });
  } finally {
    await store.close();
  }
}

if (require.main === module) runCli('reports', USAGE, run);
