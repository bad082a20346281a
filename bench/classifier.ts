/**
 * Embedded classifier latency: every text of the labelled data (both splits) classified many times after a
 * warm-up; p50/p99/max per text and texts per second. Target: p99 under 2 ms per text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSplit } from '../services/classification/dataset';
import { EmbeddedClassifier, trainingDataFingerprint } from '../services/classification/embedded/embeddedClassifier';
import { percentile, saveResult, table } from './lib';

export async function benchClassifier(rounds = Number(process.env.BENCH_CLASSIFIER_ROUNDS ?? 20)) {
  const texts = [...loadSplit('train'), ...loadSplit('test')].map((e) => e.text);
  const started = process.hrtime.bigint();
  const classifier = EmbeddedClassifier.train(loadSplit('train'));
  const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
  // What the compiled bot does at start-up instead: load the classifier `npm run build` stored.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-model-')), 'trained-model.json');
  writeFileSync(file, JSON.stringify(classifier.save(trainingDataFingerprint())));
  const loading = process.hrtime.bigint();
  if (!EmbeddedClassifier.stored(file)) throw new Error('the stored classifier could not be loaded');
  const loadMs = Number(process.hrtime.bigint() - loading) / 1e6;
  for (const t of texts) classifier.classifySync(t); // warm-up
  const times: number[] = [];
  const all = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      classifier.classifySync(t);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const totalMs = Number(process.hrtime.bigint() - all) / 1e6;
  times.sort((a, b) => a - b);
  const result = {
    texts: texts.length,
    classifications: times.length,
    trainMs: Math.round(trainMs),
    loadMs: Math.round(loadMs),
    p50Ms: +percentile(times, 50).toFixed(3),
    p99Ms: +percentile(times, 99).toFixed(3),
    maxMs: +times.at(-1)!.toFixed(3),
    textsPerSecond: Math.round(times.length / (totalMs / 1000)),
    targetP99Ms: 2,
  };
  const saved = saveResult('classifier', result);
  console.log(`Embedded classifier (${result.classifications} classifications of ${result.texts} texts)`);
  console.log(
    table([
      ['training (ms; npm run build, or a first start from source)', result.trainMs],
      ['loading the stored model (ms; every other start-up)', result.loadMs],
      ['p50 per text (ms)', result.p50Ms],
      ['p99 per text (ms)', result.p99Ms, result.p99Ms < 2 ? 'meets < 2 ms' : 'MISSES < 2 ms'],
      ['max per text (ms)', result.maxMs],
      ['texts per second', result.textsPerSecond],
    ]),
  );
  console.log(`  → ${saved}`);
  return result;
}

if (require.main === module) void benchClassifier();
