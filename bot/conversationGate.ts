import { randomUUID } from 'node:crypto';
import type { ReportStore } from '../services/store/reportStore';
import { KeyedSerialQueue } from './serialQueue';
import { TurnRefusedError } from './turnRefused';

export interface ConversationGateOptions {
  /**
   * Several instances share the database (PostgreSQL): a turn also holds the conversation's lock in the database,
   * so two instances never run turns of one conversation at once (conversation state is last-writer-wins).
   */
  shared?: Pick<ReportStore, 'lockConversation' | 'renewConversationLock' | 'unlockConversation'>;
  /** How long a turn waits for the lock (channels give a turn 15 s in all). */
  waitMs?: number;
  /** How long a lock lasts unless renewed: a crashed instance's lock frees itself after this. */
  leaseMs?: number;
}

/**
 * Turns of one conversation run one at a time: in this process through a queue per conversation, across instances
 * through a short database lease that is renewed while the turn runs. A turn that cannot get the lease within
 * `waitMs` is refused (TurnRefusedError, 503: the channel sends it again) before anything of it runs.
 */
export class ConversationGate {
  private readonly local = new KeyedSerialQueue();
  private readonly waitMs: number;
  private readonly leaseMs: number;

  constructor(private readonly options: ConversationGateOptions = {}) {
    this.waitMs = options.waitMs ?? 8_000;
    this.leaseMs = options.leaseMs ?? 5_000;
  }

  run<T>(conversationKey: string, turn: () => Promise<T>): Promise<T> {
    const shared = this.options.shared;
    return this.local.run(conversationKey, () => (shared ? this.withLease(shared, conversationKey, turn) : turn()));
  }

  private async withLease<T>(store: NonNullable<ConversationGateOptions['shared']>, key: string, turn: () => Promise<T>): Promise<T> {
    const owner = randomUUID();
    await this.acquire(store, key, owner);
    // Renewed at a third of the lease, so a slow turn keeps it and a crashed one loses it within the lease.
    const renew = setInterval(() => void store.renewConversationLock(key, owner, this.leaseMs).catch(() => undefined), Math.floor(this.leaseMs / 3));
    try {
      return await turn();
    } finally {
      clearInterval(renew);
      await store.unlockConversation(key, owner);
    }
  }

  private async acquire(store: NonNullable<ConversationGateOptions['shared']>, key: string, owner: string): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    let wait = 20;
    while (!(await store.lockConversation(key, owner, this.leaseMs))) {
      if (Date.now() + wait > deadline) throw new TurnRefusedError(503, Math.ceil(this.leaseMs / 1000), 'conversation busy');
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 200);
    }
  }
}
