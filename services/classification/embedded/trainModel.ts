/**
 * Trains the embedded classifier in a process of its own and stores it, for EmbeddedClassifier.default(): run as
 * `trainModel <file> <fingerprint> [every]` when the bot starts from source with no classifier stored for its data and code.
 * Training holds every training text's features at once; done here, that memory is given back when this process
 * exits, instead of staying the serving process's peak. Only the newest stored classifier is kept beside the file.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSplit } from '../dataset';
import { EmbeddedClassifier } from './embeddedClassifier';

const [file, fingerprint, every = '1'] = process.argv.slice(2);
if (!file || !fingerprint || !(Number(every) >= 1))
  throw new Error('Usage: trainModel <file to write> <fingerprint of the data and code> [every so many descriptions, for tests]');
const saved = EmbeddedClassifier.train(loadSplit('train').filter((_, i) => i % Number(every) === 0)).save(fingerprint);
const dir = path.dirname(file);
mkdirSync(dir, { recursive: true });
// Written aside and renamed, so a process reading the file never sees half of it.
const partial = `${file}.${process.pid}.partial`;
writeFileSync(partial, JSON.stringify(saved));
renameSync(partial, file);
for (const old of readdirSync(dir)) {
  if (old.startsWith('classifier-') && old.endsWith('.json') && old !== path.basename(file)) rmSync(path.join(dir, old), { force: true });
}
