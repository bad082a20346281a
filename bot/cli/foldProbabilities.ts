/**
 * `foldProbabilities <file> <fold>...`: the danger model's probability of each training description of the given folds
 * (of five), read by a model trained without them, written to <file> as one JSON array (null at the other positions).
 * Run by foldDangerProbabilitiesOnTwoCores (bot/cli/evalClassifier.ts), beside the process that trains the other folds.
 */
import { writeFileSync } from 'node:fs';
import { loadSplit } from '../../services/classification/dataset';
import { foldDangerProbabilities } from './evalClassifier';

const [file, ...ks] = process.argv.slice(2);
if (!file || ks.length === 0 || !ks.every((k) => /^[0-4]$/.test(k))) throw new Error('Usage: foldProbabilities <file to write> <fold 0-4>...');
writeFileSync(file, JSON.stringify(foldDangerProbabilities(loadSplit('train'), ks.map(Number)).map((p) => p ?? null)));
