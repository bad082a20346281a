import { randomInt } from 'node:crypto';

/**
 * Reference numbers (docs/architecture.md 4.4): PREFIX-XXXXX-XXXXX. Nine random characters from a 32-letter alphabet without
 * 0/O/1/I (45 bits), then a Luhn mod 32 check character, so one mistyped character is always caught, and two swapped neighbours are
 * too (except the pair 2 and Z, the one transposition Luhn mod 32 cannot see).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const N = REFERENCE_ALPHABET.length;

function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * REFERENCE_ALPHABET.indexOf(body[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return REFERENCE_ALPHABET[(N - (sum % N)) % N]!;
}

export function newReference(prefix: string): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += REFERENCE_ALPHABET[randomInt(N)];
  const all = body + checkCharacter(body);
  return `${prefix}-${all.slice(0, 5)}-${all.slice(5)}`;
}

/** Accepts what staff or a resident might type ("dg 7k3q9 xmp4c"); returns the canonical form, or undefined when invalid. */
export function parseReference(input: string): string | undefined {
  const m = /^\s*([A-Za-z]{2,4})[\s-]*([A-Za-z0-9]{5})[\s-]*([A-Za-z0-9]{5})\s*$/.exec(input);
  if (!m) return undefined;
  const all = (m[2]! + m[3]!).toUpperCase();
  if (![...all].every((c) => REFERENCE_ALPHABET.includes(c))) return undefined;
  if (checkCharacter(all.slice(0, 9)) !== all[9]) return undefined;
  return `${m[1]!.toUpperCase()}-${all.slice(0, 5)}-${all.slice(5)}`;
}
