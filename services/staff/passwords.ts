/**
 * Local staff passwords: argon2id from Node's own crypto (OWASP's parameters: 19 MiB, 2 passes, 1 lane), stored as a
 * PHC string; strength judged by zxcvbn-ts (dictionaries of common and breached passwords, names, keyboard
 * patterns), with the reason it gives.
 */
import { argon2, createHash, randomBytes, timingSafeEqual, type Argon2Parameters } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** What the store keeps of a session cookie or a one-time link: its SHA-256, so a copy of the database opens nothing. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long a one-time sign-in link works. */
export const SETUP_LINK_HOURS = 72;

/** A one-time link to choose a password (/staff/welcome): its address to hand over, and what the store keeps of it. */
export function setupLink(publicBase: string, now = new Date()): { url: string; setup: { tokenHash: string; expiresAt: Date } } {
  const token = randomBytes(32).toString('base64url');
  return {
    url: new URL(`/staff/welcome?token=${token}`, publicBase).href,
    setup: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000) },
  };
}

const PARAMS = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 };
export const MIN_LENGTH = 12;

function derive(password: string, nonce: Buffer, p: typeof PARAMS): Promise<Buffer> {
  const parameters: Argon2Parameters = { message: password, nonce, ...p };
  return new Promise((resolve, reject) => argon2('argon2id', parameters, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, PARAMS);
  return `$argon2id$v=19$m=${PARAMS.memory},t=${PARAMS.passes},p=${PARAMS.parallelism}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(phc);
  if (!m) return false;
  const expected = Buffer.from(m[5]!, 'base64url');
  const hash = await derive(password, Buffer.from(m[4]!, 'base64url'), {
    memory: Number(m[1]),
    passes: Number(m[2]),
    parallelism: Number(m[3]),
    tagLength: expected.length,
  });
  return timingSafeEqual(hash, expected);
}

/** Burns the same time as a real check, for an unknown email (so timing does not tell who has an account). */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

let checker: ZxcvbnFactory | undefined;

/** Why a password is refused, in words for the person choosing it; undefined when it is strong enough. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < MIN_LENGTH) return `Use at least ${MIN_LENGTH} characters (three or four unrelated words are easy to remember).`;
  if (password.length > 200) return 'Use at most 200 characters.';
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    useLevenshteinDistance: true,
  });
  const result = checker.check(password, [email, ...email.split(/[@.]/), 'dartford', 'gravesham', 'kent', 'council', 'police', 'safety']);
  if (result.score >= 3) return undefined;
  const why = result.feedback.warning ?? 'This password would be easy to guess.';
  return `${why.replace(/\.?$/, '.')} ${result.feedback.suggestions[0] ?? 'Add another word or two.'}`.trim();
}
