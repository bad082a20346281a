import type { Logger } from './logger';

/** An error as a log line may show it: its kind and where it was thrown, never its message (it may quote input). */
export function describeError(err: unknown): { name: string; code?: string; at?: string[] } {
  if (!(err instanceof Error)) return { name: typeof err };
  const code = (err as { code?: unknown }).code;
  const at = (err.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim());
  return { name: err.name, ...(typeof code === 'string' && { code }), at };
}

type ConsoleMethod = 'log' | 'info' | 'debug' | 'trace' | 'warn' | 'error';

/**
 * Libraries that write to the console (botbuilder prints whole errors, and with them token details and signing keys,
 * when a request's authentication fails) are routed through the logger: one JSON line saying which library method
 * wrote, with the kind of any error given, and nothing of the text itself. Installed by the entry points.
 */
export function routeConsole(log: Logger, target: Pick<Console, ConsoleMethod> = console): void {
  const library = log.child({ component: 'console' });
  const route = (method: ConsoleMethod, level: 'debug' | 'warn') => {
    target[method] = (...args: unknown[]) => {
      const err = args.find((a) => a instanceof Error);
      library[level]({ method, ...(err ? { err: describeError(err) } : {}) }, 'library wrote to the console (text withheld)');
    };
  };
  for (const method of ['log', 'info', 'debug', 'trace'] as const) route(method, 'debug');
  for (const method of ['warn', 'error'] as const) route(method, 'warn');
}

/**
 * Last line of defence: an exception or rejection that nothing handled is logged (its kind and where, see
 * describeError) and the process keeps serving the other residents. Every hostile request known to reach this is
 * refused earlier, each with its own test; this only keeps one unknown one from stopping the service.
 */
export function guardProcess(log: Logger, target: Pick<NodeJS.Process, 'on'> = process): void {
  target.on('uncaughtException', (err) =>
    log.error({ err: describeError(err) }, 'uncaught exception: the request that raised it failed; still serving'),
  );
  target.on('unhandledRejection', (reason) => log.error({ err: describeError(reason) }, 'unhandled rejection: still serving'));
}
