import { isIP, isIPv4 } from 'node:net';
import type { Request } from 'restify';

/**
 * The address of the client that sent a request, for rate limits (never stored or logged).
 *
 * With no trusted proxy it is the socket's peer. Behind `trustedProxies` proxies that each append the address they
 * saw to X-Forwarded-For (App Service's front end appends one), the client is the entry that many places from the
 * right: entries further left were written by the client itself and prove nothing. A header with fewer entries than
 * that, or an entry that is not an address, falls back to the socket's peer.
 */
export function clientAddress(req: Request, trustedProxies: number): string {
  const peer = normalise(req.socket.remoteAddress ?? '') ?? 'unknown';
  if (trustedProxies <= 0) return peer;
  const entries = String(req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const entry = entries[entries.length - trustedProxies];
  return (entry && normalise(stripPort(entry))) || peer;
}

/** True for this machine's own IP addresses (127.0.0.0/8 and ::1); never for a host name. */
export function isLoopbackAddress(address: string): boolean {
  return address === '::1' || (isIPv4(address) && address.startsWith('127.'));
}

function stripPort(entry: string): string {
  if (entry.startsWith('[')) return entry.slice(1, entry.indexOf(']')); // [IPv6]:port
  const parts = entry.split(':');
  return parts.length === 2 ? parts[0]! : entry; // IPv4:port, or IPv4, or bare IPv6
}

function normalise(address: string): string | undefined {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIP(plain) ? plain.toLowerCase() : undefined;
}
