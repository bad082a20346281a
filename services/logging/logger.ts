import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Paths that must never reach a log line. Residents' words, channel ids and channel data are removed even if a
 * careless call passes a whole activity; the safest habit is still to log only ids we generate and outcomes.
 */
export const REDACTED_PATHS = [
  'text',
  'activity',
  'attachments',
  'channelData',
  'from',
  'recipient',
  'conversation',
  'value',
  'body',
  // Whole HTTP requests and responses (a library may log them): headers carry client addresses and tokens.
  'req',
  'res',
  '*.req',
  '*.res',
  '*.text',
  '*.activity',
  '*.attachments',
  '*.channelData',
  '*.from',
  '*.recipient',
  '*.conversation',
  '*.narrative',
  '*.contact',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'dg-safety-bot' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
