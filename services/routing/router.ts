import type { Category } from '../classification/codes';
import type { RoutingTable } from '../config/deployment';
import type { BoroughId } from '../location/locator';

export interface RoutingInput {
  /** The resident-confirmed primary category. */
  category: Category;
  hate: boolean;
  /** The resident was given the 999 answer: the police rows apply too. */
  emergency: boolean;
  borough: BoroughId;
}

/**
 * Routing (docs/architecture.md 4.5): the union of the queues of every rule that applies; `{borough}-` queues resolve to the
 * report's borough, or to the triage queue when the borough is unknown or outside; a rule's `replaces` removes the
 * queues it stands in for. Queue order follows the table, without duplicates.
 */
export function route(table: RoutingTable, input: RoutingInput, boroughIds: readonly string[]): string[] {
  const known = boroughIds.includes(input.borough);
  const applies = table.rules.filter((r) => (r.hate ? input.hate : r.emergency ? input.emergency : r.category === input.category));
  const replaced = new Set(applies.flatMap((r) => r.replaces));
  const queues: string[] = [];
  for (const rule of applies) {
    for (const ref of rule.queues) {
      const queue = ref.startsWith('{borough}-') ? (known ? ref.replace('{borough}', input.borough) : table.unknownBoroughQueue) : ref;
      if (!replaced.has(queue) && !queues.includes(queue)) queues.push(queue);
    }
  }
  return queues.length > 0 ? queues : [table.unknownBoroughQueue];
}
