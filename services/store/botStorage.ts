import { hash, randomUUID } from 'node:crypto';
import { ConversationState, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema';

/** SHA-256 (hex) of the parts joined by NUL: keys and ids are stored and compared only in this form. */
export function hashKey(...parts: string[]): string {
  return hash('sha256', parts.join('\u0000'), 'hex');
}

/**
 * Bot Framework conversation state in the report database, so a report in progress survives a restart.
 * Keys are hashed (no channel or conversation id in clear). Writes honour eTags: a write carrying an eTag that no
 * longer matches fails instead of silently overwriting a newer turn; `*` or no eTag writes unconditionally.
 */
export class SqlBotStorage implements Storage {
  /** The two statements of every turn, built and compiled once (Kysely would do both on every call). */
  private readonly readOne: Prepared<'key_hash'>;
  private readonly upsert: Prepared<'key_hash' | 'data' | 'etag' | 'updated_at'>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.readOne = prepare(db.selectFrom('bot_state').selectAll().where('key_hash', '=', slot('key_hash')));
    const values = { key_hash: slot('key_hash'), data: slot('data'), etag: slot('etag'), updated_at: slot('updated_at') };
    this.upsert = prepare(db.insertInto('bot_state').values(values).onConflict((oc) => oc.column('key_hash').doUpdateSet({ data: values.data, etag: values.etag, updated_at: values.updated_at })));
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const byHash = new Map(keys.map((k) => [hashKey(k), k]));
    const rows = keys.length === 1
      ? (await this.db.executeQuery(this.readOne({ key_hash: [...byHash.keys()][0]! }))).rows as Array<Database['bot_state']>
      : await this.db.selectFrom('bot_state').selectAll().where('key_hash', 'in', [...byHash.keys()]).execute();
    const items: StoreItems = {};
    for (const row of rows) items[byHash.get(row.key_hash)!] = { ...JSON.parse(row.data), eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    // One key (every turn): one statement, no transaction around it.
    if (entries.length === 1) return this.writeOne(this.db, entries[0]![0], entries[0]![1]);
    await this.db.transaction().execute(async (trx) => {
      for (const [key, item] of entries) await this.writeOne(trx, key, item);
    });
  }

  private async writeOne(db: Kysely<Database>, key: string, item: unknown): Promise<void> {
    const keyHash = hashKey(key);
    const { eTag, ...data } = (item ?? {}) as { eTag?: string };
    const etag = randomUUID();
    const values = { key_hash: keyHash, data: JSON.stringify(data), etag, updated_at: this.now().toISOString() };
    if (eTag && eTag !== '*') {
      const updated = await db.updateTable('bot_state').set(values).where('key_hash', '=', keyHash).where('etag', '=', eTag).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new Error('Storage: eTag conflict, the conversation state was changed by another turn');
      return;
    }
    await db.executeQuery(this.upsert(values));
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.deleteFrom('bot_state').where('key_hash', 'in', keys.map((k) => hashKey(k))).execute();
  }
}

/** A compiled query whose parameters are filled in by name on each call. */
type Prepared<K extends string> = (values: Record<K, unknown>) => CompiledQuery;

const SLOT = '\u0000slot:';
/** A named placeholder for `prepare` (a value no caller would ever pass). */
function slot(name: string): string {
  return `${SLOT}${name}`;
}

function prepare<K extends string>(query: Compilable): Prepared<K> {
  const compiled = query.compile();
  const names = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? (p.slice(SLOT.length) as K) : undefined));
  return (values) => ({ ...compiled, parameters: names.map((name, i) => (name === undefined ? compiled.parameters[i] : values[name])) });
}

/**
 * botbuilder's ConversationState, minus its change detection. BotState serialises the whole state three more times
 * per turn to see whether it changed (on load, before the write and after it); here every turn changes it anyway
 * (ReportBot records each activity id in it), so a turn that loaded the state always writes it back.
 */
export class TurnConversationState extends ConversationState {
  /** The turn-state slot BotState keeps its cached copy in (private in its typings, shared with clear/delete/get). */
  private get slot(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.slot) as { state?: Record<string, unknown> } | undefined;
    if (cached?.state && !force) return cached.state;
    const key = await this.storageKey(context);
    const state = ((await this.storage.read([key]))[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(this.slot, { state, hash: '' });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get(this.slot) as { state?: Record<string, unknown> } | undefined;
    if (!cached?.state && !force) return;
    const state = cached?.state ?? {};
    state.eTag = '*';
    await this.storage.write({ [await this.storageKey(context)]: state });
    context.turnState.set(this.slot, { state, hash: '' });
  }
}
