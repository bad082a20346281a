import { z } from 'zod';

/**
 * The least an incoming body must have to be a Bot Framework activity we can answer. Anything else is refused with
 * 400 before it reaches the adapter (and so before anything is stored).
 */
export const incomingActivitySchema = z.object({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
  conversation: z.object({ id: z.string().min(1).max(512) }),
  from: z.object({ id: z.string().max(512) }).optional(),
  recipient: z.object({ id: z.string().max(512) }).optional(),
  text: z.string().optional(),
});

export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'not an activity';
}

/** True for http(s) URLs on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
