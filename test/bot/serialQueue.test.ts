import assert from 'node:assert/strict';
import { KeyedSerialQueue } from '../../bot/serialQueue';

describe('KeyedSerialQueue (turns of one conversation one at a time)', () => {
  it('runs tasks of one key in order, other keys alongside, and forgets keys when done', async () => {
    const queue = new KeyedSerialQueue();
    const order: string[] = [];
    const task = (name: string, ms: number) => () => new Promise<string>((resolve) => setTimeout(() => (order.push(name), resolve(name)), ms));
    const results = await Promise.all([queue.run('a', task('a1', 30)), queue.run('a', task('a2', 1)), queue.run('b', task('b1', 5))]);
    assert.deepEqual(results, ['a1', 'a2', 'b1']);
    assert.deepEqual(order, ['b1', 'a1', 'a2'], 'b did not wait for a; a2 waited for a1');
    await new Promise((r) => setImmediate(r));
    assert.equal(queue.size, 0, 'no key is kept once its tasks are done (no memory per finished conversation)');
  });

  it('a failing task does not block the next one of the same key', async () => {
    const queue = new KeyedSerialQueue();
    await assert.rejects(
      queue.run('k', async () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    assert.equal(await queue.run('k', async () => 'next'), 'next');
  });
});
