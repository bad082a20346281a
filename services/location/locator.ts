import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Borough } from '../config/deployment';

/** A borough id from configuration, or where the place is not one of ours / not known. */
export type BoroughId = string;
export const OUTSIDE = 'outside';
export const UNKNOWN = 'unknown';

export const neighbourSchema = z.object({
  name: z.string().min(1),
  police: z.string().min(1),
  districts: z.array(z.string()),
  places: z.array(z.string()),
});
export type Neighbour = z.infer<typeof neighbourSchema>;

export function loadNeighbours(configDir: string): Neighbour[] {
  const file = path.join(configDir, 'neighbours.json');
  try {
    return z.object({ neighbours: z.array(neighbourSchema) }).parse(JSON.parse(readFileSync(file, 'utf8'))).neighbours;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

export type LocationReading =
  /** The borough is settled (one of ours). */
  | { kind: 'borough'; borough: BoroughId; postcode?: string }
  /** Recognised as outside the partnership's area; `neighbour` says whose area when known. */
  | { kind: 'outside'; postcode?: string; neighbour?: Neighbour }
  /** Could be one of several boroughs: the dialog asks. */
  | { kind: 'ambiguous'; candidates: BoroughId[]; postcode?: string }
  /** Something that looks like a postcode but is not a valid one. */
  | { kind: 'invalid_postcode'; attempt: string }
  /** Nothing recognised: the dialog asks which borough. */
  | { kind: 'unrecognised' };

// Inward code letters never include C, I, K, M, O or V.
const FULL_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b/;
const POSTCODE_ATTEMPT = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z\d]{0,3}\b/;
const DISTRICT_ONLY = /^\s*([A-Z]{1,2}\d[A-Z\d]?)\s*$/;

export function normalisePostcode(text: string): string | undefined {
  const m = FULL_POSTCODE.exec(text.toUpperCase());
  return m ? `${m[1]} ${m[2]}` : undefined;
}

function placePattern(place: string): RegExp {
  const words = place
    .toLowerCase()
    .replace(/['’]/g, "'?")
    .split(/[\s-]+/)
    .join('[\\s-]+');
  return new RegExp(`(^|[^a-z])${words}($|[^a-z])`);
}

/**
 * Postcode → borough (district, then sector) and place name → borough, from the boroughs' configuration.
 * A postcode in a district shared with a neighbour whose sector is not listed is ambiguous: the resident is asked.
 */
export class Locator {
  private readonly places: Array<{ pattern: RegExp; length: number; borough?: BoroughId; neighbour?: Neighbour }>;

  constructor(
    private readonly boroughs: readonly Borough[],
    private readonly neighbours: readonly Neighbour[] = [],
  ) {
    this.places = [
      ...boroughs.flatMap((b) => b.places.map((p) => ({ pattern: placePattern(p), length: p.length, borough: b.id }))),
      ...neighbours.flatMap((n) => n.places.map((p) => ({ pattern: placePattern(p), length: p.length, neighbour: n }))),
    ].sort((a, b) => b.length - a.length); // longest first: "South Darenth" before "Darenth"
  }

  boroughName(id: BoroughId): string | undefined {
    return this.boroughs.find((b) => b.id === id)?.name;
  }

  locate(text: string): LocationReading {
    const upper = text.toUpperCase();
    const full = FULL_POSTCODE.exec(upper);
    if (full) return this.fromPostcode(full[1]!, `${full[1]} ${full[2]}`);
    const district = DISTRICT_ONLY.exec(upper);
    if (district) return this.fromPostcode(district[1]!);
    const attempt = POSTCODE_ATTEMPT.exec(upper);
    if (attempt && /\d/.test(attempt[0]) && attempt[0].replace(/\s/g, '').length >= 4) {
      return { kind: 'invalid_postcode', attempt: attempt[0] };
    }
    return this.fromPlace(text);
  }

  private fromPostcode(district: string, postcode?: string): LocationReading {
    const sector = postcode?.slice(0, postcode.length - 2);
    const bySector = sector ? this.boroughs.find((b) => b.postcodeSectors.includes(sector)) : undefined;
    if (bySector) return { kind: 'borough', borough: bySector.id, postcode };
    const byDistrict = this.boroughs.find((b) => b.postcodeDistricts.includes(district));
    if (byDistrict) return { kind: 'borough', borough: byDistrict.id, postcode };
    const sharing = this.boroughs.filter((b) => b.sharedDistricts.includes(district)).map((b) => b.id);
    if (sharing.length > 0) return { kind: 'ambiguous', candidates: sharing, postcode };
    const neighbour = this.neighbours.find((n) => n.districts.includes(district));
    return { kind: 'outside', postcode, neighbour };
  }

  private fromPlace(text: string): LocationReading {
    let rest = ` ${text.toLowerCase().replace(/[’‘]/g, "'")} `;
    const boroughs = new Set<BoroughId>();
    let neighbour: Neighbour | undefined;
    for (const place of this.places) {
      const m = place.pattern.exec(rest);
      if (!m) continue;
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
      if (place.borough) boroughs.add(place.borough);
      else neighbour ??= place.neighbour;
    }
    if (boroughs.size === 1) return { kind: 'borough', borough: [...boroughs][0]! };
    if (boroughs.size > 1) return { kind: 'ambiguous', candidates: [...boroughs] };
    if (neighbour) return { kind: 'outside', neighbour };
    return { kind: 'unrecognised' };
  }
}
