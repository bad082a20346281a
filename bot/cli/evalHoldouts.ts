/**
 * npm run eval:holdouts [-- 13 14 15] — the classifier on words its model never learnt from. Each session's fresh round
 * of descriptions (ids `gr<N>-*`, numbered in the order they were written; data/README.md) is read by a classifier
 * trained only on the descriptions written before it. Without round numbers, the last five rounds.
 *
 * Cross-validation cannot judge the danger model: it reads only where the phrases (services/danger/signs.ts) see
 * nothing, and the phrases were written from the very descriptions it is read on. Here the model's part is honest (it
 * never saw the round); the phrases were still written with every round in view, so the figures with them are
 * optimistic, and the model's own part is counted apart: the dangers only it found, the questions only it asked.
 * Use it to judge a change to the model or its features; a change to the phrases is judged on a fresh round written
 * before it (data/README.md, "How a session measures").
 */
import { loadSplit, type LabelledExample } from '../../services/classification/dataset';
import { EmbeddedClassifier } from '../../services/classification/embedded/embeddedClassifier';
import type { EmbeddedDangerDetector } from '../../services/danger/embeddedDangerDetector';
import { LexicalDangerDetector } from '../../services/danger/lexicalDangerDetector';
import { evaluate } from './evalClassifier';

/** The round a description was written in: N for `gr<N>-…`, 0 for the first sets (`noi-…`, `dgr-…`, `alt-…`). */
export function roundOf(id: string): number {
  const n = /^gr(\d+)-/.exec(id)?.[1];
  return n === undefined ? 0 : Number(n);
}

export interface Holdout {
  round: number;
  /** The descriptions of every earlier round. */
  train: LabelledExample[];
  /** The round's own descriptions. */
  heldOut: LabelledExample[];
}

/** One holdout per round asked for (default: the last `last` rounds), each trained on what was written before it. */
export function holdouts(examples: readonly LabelledExample[], rounds?: readonly number[], last = 5): Holdout[] {
  const written = [...new Set(examples.map((e) => roundOf(e.id)))].filter((r) => r > 0).sort((a, b) => a - b);
  const chosen = rounds?.length ? rounds : written.slice(-last);
  return chosen.map((round) => {
    if (!written.includes(round)) throw new Error(`round ${round}: no description has an id starting gr${round}- (rounds: ${written.join(', ')})`);
    return {
      round,
      train: examples.filter((e) => roundOf(e.id) < round),
      heldOut: examples.filter((e) => roundOf(e.id) === round),
    };
  });
}

/** The danger reading of a holdout, with the model's own part apart from the phrases'. */
export interface DangerParts {
  dangers: number;
  foundByPhrases: number;
  /** Dangers the phrases did not see and the model did. */
  foundByModelOnly: number;
  noDanger: number;
  questionsByPhrases: number;
  /** Questions on no-danger descriptions where the phrases saw nothing. */
  questionsByModelOnly: number;
}

const noParts = (): DangerParts => ({
  dangers: 0,
  foundByPhrases: 0,
  foundByModelOnly: 0,
  noDanger: 0,
  questionsByPhrases: 0,
  questionsByModelOnly: 0,
});

/** `detector` is the classifier's: the phrases' reading, read once, tells the two parts apart and is combined with the model's. */
export function dangerParts(detector: EmbeddedDangerDetector, heldOut: readonly LabelledExample[]): DangerParts {
  const parts = noParts();
  for (const e of heldOut) {
    const reading = LexicalDangerDetector.shared().read(e.text);
    const phrases = reading.level;
    const level = detector.combine(e.text, reading, () => detector.probability(e.text)).level;
    if (e.danger !== 'none') {
      parts.dangers++;
      if (phrases !== 'none') parts.foundByPhrases++;
      else if (level !== 'none') parts.foundByModelOnly++;
    } else {
      parts.noDanger++;
      if (phrases === 'possible') parts.questionsByPhrases++;
      else if (phrases === 'none' && level === 'possible') parts.questionsByModelOnly++;
    }
  }
  return parts;
}

function main(): void {
  const rounds = process.argv.slice(2).map(Number);
  if (rounds.some((r) => !Number.isInteger(r) || r <= 0)) {
    console.error('Usage: npm run eval:holdouts [-- <round number>...], e.g. -- 14 15');
    process.exit(2);
  }
  const cell = (s: string | number, width = 9) => String(s).padStart(width);
  const ratio = (n: number, of: number) => `${n}/${of}`;
  console.log('Each round read by a classifier trained on the rounds before it (the phrases have seen every round)\n');
  console.log(
    `${'round'.padEnd(7)}${cell('trained', 8)}${cell('read', 6)}${cell('top-1')}${cell('hate F1')}${cell('recall')}` +
      `${cell('by model', 10)}${cell('now prec')}${cell('questions', 11)}${cell('by model', 10)}`,
  );
  const total = noParts();
  for (const { round, train, heldOut } of holdouts(loadSplit('train'), rounds)) {
    const classifier = EmbeddedClassifier.train(train);
    const e = evaluate(classifier, heldOut);
    const parts = dangerParts(classifier.danger, heldOut);
    for (const key of Object.keys(total) as Array<keyof DangerParts>) total[key] += parts[key];
    console.log(
      `${`gr${round}`.padEnd(7)}${cell(train.length, 8)}${cell(heldOut.length, 6)}${cell(e.top1.toFixed(3))}${cell(e.hateF1.toFixed(3))}` +
        `${cell(e.dangerRecall.toFixed(3))}${cell(ratio(parts.foundByModelOnly, parts.dangers), 10)}${cell(e.nowPrecision.toFixed(3))}` +
        `${cell(e.possibleOnNone.toFixed(3), 11)}${cell(ratio(parts.questionsByModelOnly, parts.noDanger), 10)}`,
    );
  }
  const found = total.foundByPhrases + total.foundByModelOnly;
  const asked = total.questionsByPhrases + total.questionsByModelOnly;
  console.log(
    `\nAll rounds: dangers found ${found}/${total.dangers} (the model alone ${total.foundByModelOnly}); ` +
      `questions on no-danger ${asked}/${total.noDanger} (the model alone ${total.questionsByModelOnly})`,
  );
}

if (require.main === module) main();
