/**
 * Runs tasks with the same key one after another (turns of one conversation), different keys in parallel.
 * Bot Framework state is read at the start of a turn and written at the end, so two overlapping turns of one
 * conversation (a resend while the first is still running) would otherwise overwrite each other.
 */
export class KeyedSerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  get size(): number {
    return this.tails.size;
  }
}
