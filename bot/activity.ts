import { isLoopbackAddress } from './clientAddress';
import { z } from 'zod';

const id = z.string().max(512);
const account = z.object({ id, name: z.string().max(512).optional(), role: z.string().max(64).optional() });
const shortText = z.string().max(256).optional();
const isoTime = z
  .string()
  .max(64)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 time')
  .optional();

/**
 * What an incoming body must look like to reach the adapter: the fields a Bot Framework activity needs, and every
 * field botbuilder or the bot reads typed as botbuilder expects (a wrong type would otherwise fail inside the turn).
 * Anything else is refused with 400 before it reaches the adapter (and so before anything is stored). Fields not
 * named here are passed through untouched.
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
  conversation: z.looseObject({ id: z.string().min(1).max(512), isGroup: z.boolean().optional(), tenantId: shortText }),
  from: account.loose().optional(),
  recipient: account.loose().optional(),
  text: z.string().optional(),
  textFormat: shortText,
  locale: z.string().max(64).optional(),
  name: shortText,
  replyToId: shortText,
  deliveryMode: shortText,
  timestamp: isoTime,
  localTimestamp: isoTime,
  expiration: isoTime,
  membersAdded: z.array(account.loose()).max(100).optional(),
  membersRemoved: z.array(account.loose()).max(100).optional(),
  attachments: z
    .array(z.looseObject({ contentType: shortText, contentUrl: z.string().max(8192).optional(), name: shortText }))
    .max(50)
    .optional(),
  entities: z
    .array(z.looseObject({ type: shortText }))
    .max(50)
    .optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
});

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

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
  return host === 'localhost' || isLoopbackAddress(host);
}

/**
 * The service URL replies are sent to. Bot Framework's HTTP client looks up an IPv6 literal with its brackets
 * ("[::1]") and fails, so the IPv6 loopback is written `localhost`, which Node connects to on ::1 or 127.0.0.1,
 * whichever answers. Every other URL is unchanged.
 */
export function replyServiceUrl(serviceUrl: string): string {
  try {
    const url = new URL(serviceUrl);
    if (url.hostname !== '[::1]') return serviceUrl;
    url.hostname = 'localhost';
    return url.href;
  } catch {
    return serviceUrl;
  }
}
