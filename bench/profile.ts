/**
 * npm run bench:profile — the bot on SQLite under the full-report load with `node --cpu-prof`, then where the time
 * went: self time by package (ours by folder) and the hottest functions. The .cpuprofile file is kept for Chrome
 * DevTools. Settings as fullReport.ts (BENCH_RESIDENTS, BENCH_WARMUP_S, BENCH_DURATION_S), plus BENCH_TOP (30).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drive, loadSettings, summarise, withTarget } from './load';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: an npm package, a folder of ours, a Node built-in, or V8's own (GC, idle, program). */
function owner(url: string, functionName: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const ours = /\/(bot|dialogs|services)\//.exec(url);
  if (ours) return `ours: ${ours[1]}/`;
  return url ? 'other' : functionName;
}

export function summariseProfile(profile: CpuProfile, top: number): { byOwner: Array<[string, number]>; byFunction: Array<[string, number]> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfTime = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
    total += dt;
  });
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, t] of selfTime) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const who = owner(url, functionName);
    byOwner.set(who, (byOwner.get(who) ?? 0) + t);
    const where = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '').replace(/^.*\/(bot|dialogs|services)\//, '$1/')}:${lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + t);
  }
  const share = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]): [string, number] => [k, +((100 * t) / total).toFixed(1)]);
  return { byOwner: share(byOwner), byFunction: share(byFunction) };
}

async function main(): Promise<void> {
  const top = Number(process.env.BENCH_TOP ?? 30);
  const profileDir = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
  const options = loadSettings();
  // The profile is written when the bot exits, which withTarget waits for.
  const run = await withTarget('bot/index.ts', {}, (target) => drive(target, options), ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  const file = path.join(
    profileDir,
    readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))!,
  );
  const { byOwner, byFunction } = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top);
  console.log(
    `${options.residents} residents: ${Math.round(run.turns / run.seconds)} turns/s (profiling slows it), latency ${JSON.stringify(summarise(run.latencies))}`,
  );
  console.log('\nself time by owner (% of the whole run, start-up included)');
  for (const [k, p] of byOwner) console.log(`  ${String(p).padStart(5)}%  ${k}`);
  console.log('\nhottest functions');
  for (const [k, p] of byFunction) console.log(`  ${String(p).padStart(5)}%  ${k}`);
  console.log(`\n  → ${file}`);
}

if (require.main === module) void main();
