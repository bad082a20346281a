/**
 * The load driver (docs/architecture.md 10): N simulated residents, each completing whole anonymous reports against the real
 * server over HTTP with deliveryMode "expectReplies" and keep-alive connections, for a fixed time after a warm-up;
 * the baseline bots (echo, waterfall) driven the same way in the same run. Measures turns/s, CPU per turn, latency
 * percentiles, errors, reports/s, RSS at rest and under load, RSS per open half-finished conversation, store growth
 * per 1,000 reports.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSplit } from '../services/classification/dataset';
import { startBotProcess, type BotProcess } from '../test/fixtures/botProcess';
import { percentile } from './lib';

const ROOT = path.join(__dirname, '..');
const REFERENCE = /DG-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}/;

export type Target = BotProcess;

/**
 * Runs `run` against a bot (the product or the echo baseline) started as its own process, so its memory is its own,
 * with a fresh data folder; stops it and removes the folder afterwards. The product logs as in production (info: a
 * line per turn), read by this process as a log collector would.
 */
export async function withTarget<T>(
  script: string,
  env: Record<string, string>,
  run: (target: Target, dataDir: string) => Promise<T>,
  nodeArgs: string[] = [],
): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  try {
    const target = await startBotProcess(script, { LOG_LEVEL: 'info', DATA_DIR: dir, ...env }, { cwd: ROOT, nodeArgs });
    try {
      return await run(target, dir);
    } finally {
      await target.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Resident set size of a process, in KiB (Linux). */
export function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const narratives = [...loadSplit('train'), ...loadSplit('test')].filter((e) => e.danger === 'none').map((e) => e.text);
const places = ['Gravesend', 'Northfleet', 'Dartford', 'Swanscombe', 'Greenhithe', 'Meopham', 'DA12 1AB', 'DA1 1DR', 'Temple Hill', 'Stone'];

/** What a resident says next, from the bot's last words (so any path through the dialogs completes). */
function answer(lastBotText: string, pick: <T>(xs: readonly T[]) => T): string | 'done' {
  const t = lastBotText;
  if (REFERENCE.test(t)) return 'done';
  const rules: Array<[RegExp, () => string]> = [
    [/own words/, () => pick(narratives)],
    [/Is someone in danger right now/, () => 'No'],
    [/carry on with your report/, () => 'I am safe now, carry on'],
    [/Which is closest/, () => 'Noise'],
    [/Is that right\?$/, () => 'Yes'],
    [/because of who someone is|may have happened because/, () => 'No'],
    [/did you see it/, () => 'I saw it'],
    [/When did it happen/, () => pick(['last night', 'yesterday about 3pm', 'It keeps happening', 'Saturday'])],
    [/Where did it happen|does not look like a full postcode/, () => pick(places)],
    [/Dartford or Gravesham|Which area is that in/, () => 'Dartford'],
    [/anyone involved/, () => 'Skip'],
    [/anyone hurt/i, () => 'No'],
    [/affecting/, () => 'Skip'],
    [/stay anonymous/, () => 'Stay anonymous'],
    [/Shall I remove/, () => 'Remove'],
    [/Shall I send it/, () => 'Send it'],
    [/What would you like to do|anything else/, () => 'Report something'],
    [/What do you think it was about/, () => 'Race or nationality'],
    [/So far:/, () => 'That’s all'],
    [/You said:/, () => 'next'],
  ];
  for (const [pattern, reply] of rules) if (pattern.test(t)) return reply();
  return 'Report something';
}

interface TurnStats {
  latencies: number[];
  errors: number;
  /** What went wrong, by HTTP status or network error code. */
  errorKinds: Record<string, number>;
  turns: number;
  reports: number;
  references: string[];
}

/** A GET when there is no body, else a POST of JSON; resolves with the status and the body as text. */
function call(agent: Agent, url: URL, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface DriveOptions {
  residents: number;
  warmupMs: number;
  durationMs: number;
  /** The echo baseline: a conversation is this many turns, like a report. */
  echoTurnsPerConversation?: number;
  /** Residents who read and type: a pause of this many milliseconds (uniform between the two) before each answer. */
  thinkMs?: [number, number];
  seed?: number;
}

/** The load every driven run shares: BENCH_RESIDENTS (200), BENCH_WARMUP_S (5), BENCH_DURATION_S (20). */
export function loadSettings(): Pick<DriveOptions, 'residents' | 'warmupMs' | 'durationMs'> {
  return {
    residents: Number(process.env.BENCH_RESIDENTS ?? 200),
    warmupMs: Number(process.env.BENCH_WARMUP_S ?? 5) * 1000,
    durationMs: Number(process.env.BENCH_DURATION_S ?? 20) * 1000,
  };
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux; clock ticks of 1/100 s,
 * USER_HZ on every Linux Node runs on).
 */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Drives `target` with `residents` concurrent residents until the time is up; a resident starts a new conversation
 * after each finished report. Only turns that start after the warm-up and finish inside the window count.
 */
export async function drive(
  target: Target,
  options: DriveOptions,
): Promise<TurnStats & { seconds: number; startedReports: number; cpuMsPerTurn: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.residents });
  const url = new URL('/api/messages', target.url);
  let seed = options.seed ?? 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Every resident's connection is opened before the clock starts, as a channel's are: Node accepts one new
  // connection per event-loop iteration, and a saturated bot's iterations are long, so connections opened into the
  // first burst waited seconds to be accepted, leaving fewer residents really in flight (see bench/README.md).
  await Promise.all(Array.from({ length: options.residents }, () => call(agent, new URL('/healthz', target.url))));
  const start = Date.now();
  const measureFrom = start + options.warmupMs;
  const end = measureFrom + options.durationMs;
  const stats: TurnStats & { startedReports: number } = {
    latencies: [],
    errors: 0,
    errorKinds: {},
    turns: 0,
    reports: 0,
    references: [],
    startedReports: 0,
  };
  // The bot's CPU over the measured window: steadier than turns/s on a machine whose speed drifts.
  const cpu: number[] = [];
  const pid = target.child.pid!;
  const cpuTimers = [options.warmupMs, options.warmupMs + options.durationMs].map((ms) => setTimeout(() => cpu.push(cpuSeconds(pid)), ms));
  const resident = async () => {
    while (Date.now() < end) {
      const conversation = `bench-${randomUUID()}`;
      let seq = 0;
      const send = async (extra: Record<string, unknown>) => {
        if (options.thinkMs && seq > 0) {
          const [min, max] = options.thinkMs;
          await new Promise((r) => setTimeout(r, min + random() * (max - min)));
          if (Date.now() >= end) return '';
        }
        const body = JSON.stringify({
          type: 'message',
          id: `${conversation}|${seq++}`,
          channelId: 'directline',
          serviceUrl: 'http://127.0.0.1:9/',
          conversation: { id: conversation },
          from: { id: `user-${conversation}` },
          recipient: { id: 'bot' },
          deliveryMode: 'expectReplies',
          ...extra,
        });
        const startedAt = Date.now();
        const t0 = performance.now();
        const res = await call(agent, url, body).catch((err: NodeJS.ErrnoException) => ({ status: 0, text: '', error: err.code ?? err.message }));
        const ms = performance.now() - t0;
        // A turn counts when it starts after the warm-up and ends inside the window.
        if (startedAt >= measureFrom && Date.now() <= end) {
          stats.turns++;
          stats.latencies.push(ms);
          if (res.status !== 200) {
            stats.errors++;
            const kind = 'error' in res ? res.error : `HTTP ${res.status}`;
            stats.errorKinds[kind] = (stats.errorKinds[kind] ?? 0) + 1;
          }
        }
        if (res.status !== 200) return '';
        const replies = (JSON.parse(res.text || '{}') as { activities?: Array<{ text?: string }> }).activities ?? [];
        return replies.map((a) => a.text ?? '').join('\n');
      };
      let last = await send({ type: 'conversationUpdate', membersAdded: [{ id: `user-${conversation}` }] });
      if (options.echoTurnsPerConversation) {
        for (let i = 0; i < options.echoTurnsPerConversation && Date.now() < end; i++) last = await send({ text: pick(narratives) });
        continue;
      }
      stats.startedReports++;
      let turns = 0;
      for (;;) {
        const next = REFERENCE.test(last) ? 'done' : answer(last.split('\n').filter(Boolean).at(-1) ?? last, pick);
        if (next === 'done') {
          const ref = REFERENCE.exec(last)?.[0];
          if (ref) {
            stats.references.push(ref);
            if (Date.now() >= measureFrom && Date.now() <= end) stats.reports++;
          }
          break;
        }
        if (++turns > 40) break; // a loop would be a bug: counted as an unfinished report
        last = await send({ text: next });
        if (!last) break;
      }
    }
  };
  await Promise.all(Array.from({ length: options.residents }, resident));
  agent.destroy();
  cpuTimers.forEach(clearTimeout);
  const cpuMsPerTurn = cpu.length === 2 && stats.turns > 0 ? +(((cpu[1]! - cpu[0]!) * 1000) / stats.turns).toFixed(3) : NaN;
  return { ...stats, seconds: options.durationMs / 1000, cpuMsPerTurn };
}

/** Opens `count` half-finished conversations (welcome, menu, the resident's story) and leaves them open. */
export async function openHalfFinished(target: Target, count: number, concurrency = 50): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL('/api/messages', target.url);
  let opened = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const conversation = `open-${next++}-${randomUUID()}`;
      let seq = 0;
      for (const extra of [
        { type: 'conversationUpdate', membersAdded: [{ id: 'u' }] },
        { text: 'Report something' },
        { text: narratives[next % narratives.length] },
      ]) {
        const body = JSON.stringify({
          type: 'message',
          id: `${conversation}|${seq++}`,
          channelId: 'directline',
          serviceUrl: 'http://127.0.0.1:9/',
          conversation: { id: conversation },
          from: { id: 'u' },
          recipient: { id: 'bot' },
          deliveryMode: 'expectReplies',
          ...extra,
        });
        await call(agent, url, body);
      }
      opened++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return opened;
}

export function summarise(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { p50Ms: r(percentile(sorted, 50)), p95Ms: r(percentile(sorted, 95)), p99Ms: r(percentile(sorted, 99)), maxMs: r(sorted.at(-1) ?? NaN) };
}

export function sqliteBytes(dir: string): number {
  return ['reports.sqlite', 'reports.sqlite-wal']
    .map((f) => path.join(dir, f))
    .filter(existsSync)
    .reduce((n, f) => n + statSync(f).size, 0);
}
