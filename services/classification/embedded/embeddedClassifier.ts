import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Classification, Classifier } from '../classifier';
import { CATEGORIES, STRANDS, type Category, type Strand } from '../codes';
import { DATA_DIR, loadSplit, type LabelledExample } from '../dataset';
import type { DangerDetector } from '../../danger/danger';
import { EmbeddedDangerDetector } from '../../danger/embeddedDangerDetector';
import { LexicalDangerDetector } from '../../danger/lexicalDangerDetector';
import { BinaryLogistic, SoftmaxRegression, Vectoriser, type SavedRegression, type SavedVectoriser } from './model';
import { domesticAbuseWords } from './domesticAbuse';
import { features } from './features';
import { readHate } from './rules';

const HATE_AS_HARASSMENT: readonly Category[] = ['rowdy', 'noise', 'other'];

/** Categories after the first are listed while their probability is at least this. */
const SECONDARY = 0.2;

/** A strand is read from its model at this probability; where the words already name a strand, another needs more. */
const STRAND = 0.5;
const ANOTHER_STRAND = 0.7;
/**
 * The danger model is trained for 40 passes (the other models for the default 12). With 12 its readings were not
 * settled: adding 30 descriptions moved its cross-validated questions on no-danger descriptions from 0.076 to 0.058 at
 * one threshold, and the threshold rule flipped between 0.25, 0.3 and 0.35 from one round to the next; with 40 the same
 * 30 moved it by 0.001 (0.064 → 0.063). It only makes the build's training longer: the compiled bot loads the stored
 * model.
 */
const DANGER_TRAINING = { epochs: 40 };
/** The danger model's vocabulary keeps every feature (see train). */
const DANGER_MIN_DF = 1;

/**
 * Where `npm run build` stores the classifier trained on the shipped data (in dist/ only: bot/cli/buildAssets.ts), so
 * the compiled bot starts without training. It is used only when it was trained from the very data files beside it.
 */
export const TRAINED_MODEL_FILE = path.join(DATA_DIR, 'trained-model.json');

/** A fingerprint of the files the classifier is trained from. */
export function trainingDataFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of ['train.jsonl', 'hate-lexicon.json']) hash.update(readFileSync(path.join(DATA_DIR, file)));
  return hash.digest('hex');
}

const ROOT = path.join(__dirname, '../../..');
/**
 * Run from source, the bot keeps the classifier a start trained in node_modules/.cache/, under a fingerprint of the data
 * and of the code that turns text into the models' numbers and labels into classes (this folder, the codes and the
 * dataset beside it, services/language/, the lemmatiser's version in package-lock.json): a change to any of them trains
 * anew, and nothing stale is read.
 */
export const MODEL_CACHE_DIR = path.join(ROOT, 'node_modules/.cache/dg-community-safety-bot');

/** Node's arguments to run a script in a child process: under tsx from source (a .ts file), plainly when compiled. */
export const nodeArgsFor = (script: string): string[] => [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script];

export function sourceFingerprint(): string {
  const hash = createHash('sha256').update(trainingDataFingerprint());
  const code = [__dirname, path.join(__dirname, '..'), path.join(__dirname, '../../language')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.[jt]s$/.test(f))
      .sort()
      .map((f) => path.join(dir, f)),
  );
  for (const file of [...code, path.join(ROOT, 'package-lock.json')]) if (existsSync(file)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** A trained classifier as stored: the vocabulary and every model's numbers, and the data they were learnt from. */
export interface SavedClassifier {
  fingerprint: string;
  vectoriser: SavedVectoriser;
  category: SavedRegression;
  hate: SavedRegression;
  strands: Record<Strand, SavedRegression>;
  dangerVectoriser: SavedVectoriser;
  danger: SavedRegression;
}

/**
 * The danger model keeps every feature, even one only a single training text has: the sign of a danger can be one word
 * ("garrotted"). On five fresh rounds of earlier sessions (3,122 descriptions), each read by the phrases of the commit
 * its session started from and a model trained on the rounds before it, this model asked 22 fewer questions on
 * descriptions with no danger than one reading words and characters only, and found as many dangers (data/README.md,
 * "The danger model"; an earlier read of the challenge set had pointed the other way, by six).
 */
function trainDangerModel(perText: ReadonlyArray<readonly string[]>, examples: readonly LabelledExample[]) {
  const { vectoriser, vectors } = Vectoriser.fitTransform(perText, DANGER_MIN_DF);
  const labels = examples.map((e) => e.danger !== 'none');
  return { vectoriser, model: BinaryLogistic.train(vectors, labels, vectoriser.size, DANGER_TRAINING) };
}

/**
 * The embedded classifier (no network, deterministic): logistic regression over word and character n-grams,
 * trained from the labelled training split (at build time for the compiled bot, else at start-up), plus explicit rules where safety
 * needs them: danger (the danger detector, services/danger/), hate words and strand words.
 */
export class EmbeddedClassifier implements Classifier {
  private constructor(
    private readonly vectoriser: Vectoriser,
    private readonly category: SoftmaxRegression,
    private readonly hate: BinaryLogistic,
    private readonly strands: Map<Strand, BinaryLogistic>,
    private readonly dangerVectoriser: Vectoriser,
    private readonly dangerModel: BinaryLogistic,
    private readonly phrases: DangerDetector,
  ) {
    this.danger = new EmbeddedDangerDetector(phrases, (text) => dangerModel.probability(dangerVectoriser.transform(text)));
  }

  /** The danger detector for every message (phrases, then this model): the dialogs and the Azure path use it too. */
  readonly danger: EmbeddedDangerDetector;

  static train(examples: readonly LabelledExample[], phrases: DangerDetector = LexicalDangerDetector.shared()): EmbeddedClassifier {
    // Each text's features once, for the category, hate and strand vocabulary and the danger one.
    const perText = examples.map((e) => features(e.text));
    const { vectoriser, vectors: xs } = Vectoriser.fitTransform(perText);
    const dims = vectoriser.size;
    // Balanced: each category counts as much as the others, however many examples it has (harassment has the most,
    // and without this the model reads the rarer categories, extremism or exploitation, as harassment).
    const labels = examples.map((e) => CATEGORIES.indexOf(e.categories[0]!));
    const perClass = CATEGORIES.map((_, c) => labels.filter((l) => l === c).length);
    const classWeights = perClass.map((n) => (n ? labels.length / (CATEGORIES.length * n) : 1));
    const category = SoftmaxRegression.train(xs, labels, CATEGORIES.length, dims, { classWeights });
    const hate = BinaryLogistic.train(
      xs,
      examples.map((e) => e.hate),
      dims,
    );
    const { vectoriser: dangerVectoriser, model: dangerModel } = trainDangerModel(perText, examples);
    const hateXs = xs.filter((_, i) => examples[i]!.hate);
    const hateExamples = examples.filter((e) => e.hate);
    const strands = new Map(
      STRANDS.map(
        (s) =>
          [
            s,
            BinaryLogistic.train(
              hateXs,
              hateExamples.map((e) => e.strands.includes(s)),
              dims,
            ),
          ] as const,
      ),
    );
    return new EmbeddedClassifier(vectoriser, category, hate, strands, dangerVectoriser, dangerModel, phrases);
  }

  /**
   * The danger detector alone, its model trained exactly as `train` trains it: for choosing the model's threshold by
   * cross-validation without training the category, hate and strand models five times (bot/cli/evalClassifier.ts).
   */
  static trainDanger(examples: readonly LabelledExample[], phrases: DangerDetector = LexicalDangerDetector.shared()): EmbeddedDangerDetector {
    const { vectoriser, model } = trainDangerModel(
      examples.map((e) => features(e.text)),
      examples,
    );
    return new EmbeddedDangerDetector(phrases, (text) => model.probability(vectoriser.transform(text)));
  }

  save(fingerprint: string): SavedClassifier {
    const strands = Object.fromEntries(STRANDS.map((s) => [s, this.strands.get(s)!.save()])) as Record<Strand, SavedRegression>;
    return {
      fingerprint,
      vectoriser: this.vectoriser.save(),
      category: this.category.save(),
      hate: this.hate.save(),
      strands,
      dangerVectoriser: this.dangerVectoriser.save(),
      danger: this.dangerModel.save(),
    };
  }

  static load(saved: SavedClassifier, phrases: DangerDetector = LexicalDangerDetector.shared()): EmbeddedClassifier {
    const strands = new Map(STRANDS.map((s) => [s, BinaryLogistic.load(saved.strands[s])] as const));
    return new EmbeddedClassifier(
      Vectoriser.load(saved.vectoriser),
      SoftmaxRegression.load(saved.category),
      BinaryLogistic.load(saved.hate),
      strands,
      Vectoriser.load(saved.dangerVectoriser),
      BinaryLogistic.load(saved.danger),
      phrases,
    );
  }

  private static shared: EmbeddedClassifier | undefined;

  /**
   * The classifier of the shipped training split, once per process: the one `npm run build` stored when it was trained
   * from these very data files; from source, the one trained in a process of its own (trainedApart); in-process only
   * if that process failed.
   */
  static default(): EmbeddedClassifier {
    return (EmbeddedClassifier.shared ??=
      EmbeddedClassifier.stored() ?? EmbeddedClassifier.trainedApart() ?? EmbeddedClassifier.train(loadSplit('train')));
  }

  /**
   * From source: the classifier kept in MODEL_CACHE_DIR for this data and code, trained first by trainModel.ts in a child
   * process when there is none, so that the serving process never holds training's memory (a from-source start-up
   * peaked at 660 MiB training in-process with 9,426 training descriptions). `every` > 1 trains on every so many training
   * descriptions only, kept under a fingerprint of its own (for the tests: a whole training takes up to 2.5 min).
   */
  static trainedApart(cacheDir = MODEL_CACHE_DIR, every = 1): EmbeddedClassifier | undefined {
    const fingerprint = every === 1 ? sourceFingerprint() : createHash('sha256').update(`${sourceFingerprint()} every ${every}`).digest('hex');
    const file = path.join(cacheDir, `classifier-${fingerprint.slice(0, 16)}.json`);
    if (!existsSync(file)) {
      const script = path.join(__dirname, `trainModel${path.extname(__filename)}`);
      const args = [...nodeArgsFor(script), file, fingerprint, String(every)];
      const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (run.status !== 0) return undefined;
    }
    return EmbeddedClassifier.stored(file, fingerprint);
  }

  /** The stored classifier, if there is one for this fingerprint (a file that cannot be read is trained around). */
  static stored(file = TRAINED_MODEL_FILE, fingerprint = trainingDataFingerprint()): EmbeddedClassifier | undefined {
    if (!existsSync(file)) return undefined;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedClassifier;
      return saved.fingerprint === fingerprint ? EmbeddedClassifier.load(saved) : undefined;
    } catch {
      return undefined;
    }
  }

  async classify(text: string): Promise<Classification> {
    return this.classifySync(text);
  }

  classifySync(text: string): Classification {
    // The danger vocabulary keeps every feature, the other drops those too rare: a text's features are looked up once for both.
    const { inPart: x, whole: dangerX } = this.dangerVectoriser.vectoriseWithPart(this.vectoriser, features(text));
    const p = this.category.probabilities(x);
    const ranked = CATEGORIES.map((c, i) => [c, p[i]!] as [Category, number]).sort((a, b) => b[1] - a[1]);
    let categories = ranked.filter(([, prob], i) => i === 0 || prob >= SECONDARY).map(([c]) => c);
    // Hate needs a characteristic in the words: the model alone over-reads "calls me names". A characteristic
    // with hostility, or the words of hate themselves, are enough (perception-based: the dialog confirms).
    const words = readHate(text);
    // Abuse by a partner or family member is domestic abuse (safe mode follows), not a hate incident, unless the words
    // of hate are there ("my brother takes my disabled mum's money": the characteristic is not why).
    const familyAbuse = domesticAbuseWords(text);
    const hate = words.abuse || (!familyAbuse && words.strands.length > 0 && (words.hostile || this.hate.probability(x) >= 0.5));
    let strands: Strand[] = [];
    if (hate) {
      const probs = STRANDS.map((s) => [s, this.strands.get(s)!.probability(x)] as const);
      strands = STRANDS.filter((s, i) => probs[i]![1] >= (words.strands.length ? ANOTHER_STRAND : STRAND) || words.strands.includes(s));
      if (strands.length === 0) strands = [[...probs].sort((a, b) => b[1] - a[1])[0]![0]];
    }
    // A hate incident is aimed at someone: read as rowdiness, noise or "other" it is harassment first.
    if (hate && HATE_AS_HARASSMENT.includes(categories[0]!)) {
      categories = ['intimidation', ...categories.filter((c) => c !== 'intimidation')];
    }
    // Abuse by a partner or family member is domestic abuse, however else the words read (safe mode follows).
    if (categories[0] !== 'domestic_abuse' && familyAbuse) {
      categories = ['domestic_abuse', ...categories.filter((c) => c !== 'domestic_abuse')];
    }
    const danger = this.danger.combine(text, this.phrases.read(text), () => this.dangerModel.probability(dangerX())).level;
    return {
      categories,
      hate,
      strands,
      danger,
      emergency: danger !== 'none',
      confidence: Math.round(ranked[0]![1] * 100) / 100,
      source: 'embedded',
    };
  }
}
