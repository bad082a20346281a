import { hash, randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** SHA-256 (hex) of the parts joined by NUL: keys and ids are stored and compared only in this form. */
export function hashKey(...parts: string[]): string {
  return hash('sha256', parts.join('\u0000'), 'hex');
}

/**
 * Bot Framework conversation state in the report database, so a report in progress survives a restart.
 * Keys are hashed (no channel or conversation id in clear). Writes honour eTags: a write carrying an eTag that no
 * longer matches fails instead of silently overwriting a newer turn; `*` or no eTag writes unconditionally (as
 * botbuilder's BotState always does: turns of one conversation are kept apart by bot/conversationGate.ts instead).
 */
export class SqlBotStorage implements Storage {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const byHash = new Map(keys.map((k) => [hashKey(k), k]));
    const rows = await this.db
      .selectFrom('bot_state')
      .selectAll()
      .where('key_hash', 'in', [...byHash.keys()])
      .execute();
    const items: StoreItems = {};
    for (const row of rows) items[byHash.get(row.key_hash)!] = { ...JSON.parse(row.data), eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 1) return this.writeOne(this.db, entries[0]![0], entries[0]![1]);
    await this.db.transaction().execute(async (trx) => {
      for (const [key, item] of entries) await this.writeOne(trx, key, item);
    });
  }

  private async writeOne(db: Kysely<Database>, key: string, item: unknown): Promise<void> {
    const keyHash = hashKey(key);
    const { eTag, ...data } = (item ?? {}) as { eTag?: string };
    const values = { key_hash: keyHash, data: JSON.stringify(data), etag: randomUUID(), updated_at: this.now().toISOString() };
    if (eTag && eTag !== '*') {
      const updated = await db.updateTable('bot_state').set(values).where('key_hash', '=', keyHash).where('etag', '=', eTag).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new Error('Storage: eTag conflict, the conversation state was changed by another turn');
      return;
    }
    await db
      .insertInto('bot_state')
      .values(values)
      .onConflict((oc) => oc.column('key_hash').doUpdateSet({ data: values.data, etag: values.etag, updated_at: values.updated_at }))
      .execute();
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .deleteFrom('bot_state')
      .where(
        'key_hash',
        'in',
        keys.map((k) => hashKey(k)),
      )
      .execute();
  }
}
