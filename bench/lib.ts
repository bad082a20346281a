import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function machine() {
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    platform: `${os.platform()} ${os.arch()}`,
    totalMemoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

/** Writes bench/results/<name>.json with the machine facts and the time of the run. */
export function saveResult(name: string, result: Record<string, unknown>): string {
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ benchmark: name, at: new Date().toISOString(), machine: machine(), ...result }, null, 2)}\n`);
  return file;
}

export function table(rows: Array<[string, string | number, string?]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v, note]) => `  ${k.padEnd(width)}  ${String(v).padStart(10)}${note ? `  ${note}` : ''}`).join('\n');
}
