import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrate, openSqlite } from '../../services/store/database';
import { SqlReportStore } from '../../services/store/sqlStore';
import { startTestApp } from '../fixtures/app';
import { runScript } from '../fixtures/botProcess';
import { sampleReport } from '../fixtures/delivery';
import { Resident } from '../fixtures/resident';
import { tempDir } from '../fixtures/services';

/** Which of the canaries can still be read anywhere in the database's files (the file, its WAL and shared memory). */
function readableIn(dir: string, canaries: string[]): string[] {
  const bytes = Buffer.concat(
    readdirSync(dir)
      .filter((f) => f.startsWith('reports.sqlite'))
      .map((f) => readFileSync(path.join(dir, f))),
  );
  return canaries.filter((c) => bytes.includes(Buffer.from(c, 'utf8')));
}

describe('erasure that erases (SQLite files read byte by byte)', function () {
  this.timeout(60_000);

  it('unfinished conversations: after the purge of stale state (and after "exit"), nothing typed is left in the files', async () => {
    const tmp = tempDir();
    const app = await startTestApp(tmp.dir);
    try {
      const typed: string[] = [];
      for (let i = 0; i < 20; i++) {
        const canary = `unfinished-draft-canary-${i}-qzx`;
        typed.push(canary);
        const resident = new Resident(app.url);
        await resident.join();
        await resident.say('Report something');
        await resident.say(`The neighbour ${canary} plays loud music every night until 4am`);
        if (i % 4 === 0) await resident.say('exit');
      }
      assert.equal(readableIn(tmp.dir, typed).length, typed.length, 'the scan finds what is there');
      await app.store.purgeStale(new Date(Date.now() + 48 * 3600_000));
      assert.deepEqual(readableIn(tmp.dir, typed), []);
    } finally {
      await app.stop();
      tmp.remove();
    }
  });

  it('retention purge, and the erase command for one report (README steps): the narratives are gone from the files', async () => {
    const tmp = tempDir();
    const db = openSqlite(tmp.dir);
    await migrate(db);
    const store = new SqlReportStore(db, 'DG');
    const old = Array.from({ length: 20 }, (_, i) => `retention-canary-${i}-wvk`);
    for (const [i, canary] of old.entries()) {
      await store.submit(`old-${i}`, (ref) =>
        sampleReport(ref, { createdAt: '2020-01-01T00:00:00.000Z', narrative: `Graffiti by ${canary} on the bus shelter` }),
      );
    }
    const erased = await store.submit('erase-me', (ref) => sampleReport(ref, { narrative: 'Erase me please erasure-canary-kept-nowhere' }));
    const kept = await store.submit('keep-me', (ref) => sampleReport(ref, { narrative: 'A recent report keep-canary-still-here' }));
    await store.close();
    const all = [...old, 'erasure-canary-kept-nowhere', 'keep-canary-still-here'];
    assert.deepEqual(readableIn(tmp.dir, all), all);

    const env = { DATA_DIR: tmp.dir, RETENTION_DAYS: '365' };
    const purge = runScript('bot/cli/reports.ts', ['purge'], env);
    assert.equal(purge.status, 0, purge.stderr);
    assert.match(purge.stdout, /Deleted 20 reports/);
    const erase = runScript('bot/cli/reports.ts', ['erase', erased.reference], env);
    assert.equal(erase.status, 0, erase.stderr);
    assert.match(erase.stdout, new RegExp(`Erased ${erased.reference}`));
    assert.match(erase.stdout, /Ask these partners to delete their copy: gravesham-environment/);
    assert.equal(runScript('bot/cli/reports.ts', ['erase', erased.reference], env).status, 1, 'a second erase finds nothing');

    assert.deepEqual(readableIn(tmp.dir, all), ['keep-canary-still-here'], 'only the report nobody erased');
    const show = runScript('bot/cli/reports.ts', ['show', kept.reference], env);
    assert.equal(show.status, 0);
    tmp.remove();
  });
});
