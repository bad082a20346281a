import type { Transport } from '../transport';

/** The embedded default: the report is already in the database, where staff read it with the reports CLI. */
export class StoreTransport implements Transport {
  async send(): Promise<void> {}
}
