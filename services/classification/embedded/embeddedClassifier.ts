import type { Classification, Classifier } from '../classifier';
import { CATEGORIES, STRANDS, type Category, type Strand } from '../codes';
import { loadSplit, type LabelledExample } from '../dataset';
import type { DangerDetector } from '../../danger/danger';
import { EmbeddedDangerDetector } from '../../danger/embeddedDangerDetector';
import { LexicalDangerDetector } from '../../danger/lexicalDangerDetector';
import { BinaryLogistic, SoftmaxRegression, Vectoriser } from './model';
import { domesticAbuseWords } from './domesticAbuse';
import { readHate } from './rules';

const HATE_AS_HARASSMENT: readonly Category[] = ['rowdy', 'noise', 'other'];

/** Categories after the first are listed while their probability is at least this. */
const SECONDARY = 0.2;

/** A strand is read from its model at this probability; where the words already name a strand, another needs more. */
const STRAND = 0.5;
const ANOTHER_STRAND = 0.7;

/**
 * The embedded classifier (no network, deterministic): logistic regression over word and character n-grams,
 * trained at start-up from the labelled training split (a fraction of a second), plus explicit rules where safety
 * needs them: danger (the danger detector, services/danger/), hate words and strand words.
 */
export class EmbeddedClassifier implements Classifier {
  private constructor(
    private readonly vectoriser: Vectoriser,
    private readonly category: SoftmaxRegression,
    private readonly hate: BinaryLogistic,
    private readonly strands: Map<Strand, BinaryLogistic>,
    private readonly dangerModel: BinaryLogistic,
    private readonly phrases: DangerDetector,
  ) {
    this.danger = new EmbeddedDangerDetector(phrases, (text) => dangerModel.probability(vectoriser.transform(text)));
  }

  /** The danger detector for every message (phrases, then this model): the dialogs and the Azure path use it too. */
  readonly danger: EmbeddedDangerDetector;

  static train(examples: readonly LabelledExample[], phrases: DangerDetector = LexicalDangerDetector.shared()): EmbeddedClassifier {
    const { vectoriser, vectors: xs } = Vectoriser.fitTransform(examples.map((e) => e.text));
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
    const dangerModel = BinaryLogistic.train(
      xs,
      examples.map((e) => e.danger !== 'none'),
      dims,
    );
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
    return new EmbeddedClassifier(vectoriser, category, hate, strands, dangerModel, phrases);
  }

  private static shared: EmbeddedClassifier | undefined;

  /** The classifier trained on the shipped training split (trained once per process). */
  static default(): EmbeddedClassifier {
    return (EmbeddedClassifier.shared ??= EmbeddedClassifier.train(loadSplit('train')));
  }

  async classify(text: string): Promise<Classification> {
    return this.classifySync(text);
  }

  classifySync(text: string): Classification {
    const x = this.vectoriser.transform(text);
    const p = this.category.probabilities(x);
    const ranked = CATEGORIES.map((c, i) => [c, p[i]!] as [Category, number]).sort((a, b) => b[1] - a[1]);
    let categories = ranked.filter(([, prob], i) => i === 0 || prob >= SECONDARY).map(([c]) => c);
    // Hate needs a characteristic in the words: the model alone over-reads "calls me names". A characteristic
    // with hostility, or the words of hate themselves, are enough (perception-based: the dialog confirms).
    const words = readHate(text);
    const hate = words.abuse || (words.strands.length > 0 && (words.hostile || this.hate.probability(x) >= 0.5));
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
    if (categories[0] !== 'domestic_abuse' && domesticAbuseWords(text)) {
      categories = ['domestic_abuse', ...categories.filter((c) => c !== 'domestic_abuse')];
    }
    const danger = this.danger.combine(text, this.phrases.read(text), () => this.dangerModel.probability(x)).level;
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
