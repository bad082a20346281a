import { features } from './features';

/** A sparse vector: feature indices and their values (L2-normalised TF-IDF). */
export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

/**
 * The category, hate and strand models read a feature only when at least two training texts have it: one seen once
 * says more about that text than about residents' words (with the base-form pairs it halves the vocabulary). On 5-fold
 * cross-validation of the training split, top-1 rose from 0.887 to 0.895.
 */
export const MIN_DF = 2;
/**
 * How much each kind of feature counts, by prefix (w: word, b: bigram, c: character n-gram, k: lexicon, l: base form,
 * m: pair of base forms, s: pair of base forms one word apart; features.ts). The pairs' weight was chosen by 5-fold
 * cross-validation on the training split (1 to 3.5 tried).
 */
export const FEATURE_WEIGHTS: Record<string, number> = { w: 1, b: 1, c: 1, k: 2.5, l: 1, m: 2.5, s: 2.5 };

/** Vocabulary and IDF learnt from the training texts; unknown features are dropped. */
export class Vectoriser {
  private constructor(
    private readonly index: Map<string, number>,
    private readonly idf: Float64Array,
  ) {}

  /**
   * Learns the vocabulary from the texts' features (features.ts, computed once by the caller for every model that reads
   * them) and returns their vectors too.
   */
  static fitTransform(perText: ReadonlyArray<readonly string[]>, minDf = MIN_DF): { vectoriser: Vectoriser; vectors: SparseVector[] } {
    const df = new Map<string, number>();
    for (const fs of perText) for (const f of new Set(fs)) df.set(f, (df.get(f) ?? 0) + 1);
    const kept = [...df.keys()].filter((f) => df.get(f)! >= minDf).sort(); // sorted: the same data always gives the same model
    const index = new Map(kept.map((f, i) => [f, i]));
    const idf = Float64Array.from(kept, (f) => (Math.log((1 + perText.length) / (1 + df.get(f)!)) + 1) * (FEATURE_WEIGHTS[f[0]!] ?? 1));
    const vectoriser = new Vectoriser(index, idf);
    return { vectoriser, vectors: perText.map((fs) => vectoriser.vectorise(fs)) };
  }

  get size(): number {
    return this.idf.length;
  }

  /** What it learnt, to be stored (EmbeddedClassifier.save). */
  save(): SavedVectoriser {
    return { features: [...this.index.keys()], idf: [...this.idf] };
  }

  static load(saved: SavedVectoriser): Vectoriser {
    return new Vectoriser(new Map(saved.features.map((f, i) => [f, i])), Float64Array.from(saved.idf));
  }

  transform(text: string): SparseVector {
    return this.vectorise(features(text));
  }

  /**
   * The vector of features already computed: features not in this vocabulary are dropped, so one list serves both the
   * category vectoriser and the danger one, whose vocabularies differ (the classifier computes a text's features once).
   */
  vectorise(textFeatures: readonly string[]): SparseVector {
    return this.weigh(this.count(textFeatures));
  }

  /**
   * The vectors of features already computed in `part`, a vocabulary learnt from the same texts keeping fewer of their
   * features (a higher MIN_DF), and, when asked for, in this one: each feature is looked up once for both (the
   * classifier's category vocabulary and the danger one, whose vector is needed only when the danger phrases read
   * nothing; the same vectors as two calls of vectorise).
   */
  vectoriseWithPart(part: Vectoriser, textFeatures: readonly string[]): { inPart: SparseVector; whole: () => SparseVector } {
    const positions = this.positionsIn(part);
    const counts = this.count(textFeatures);
    const inPart = new Map<number, number>();
    for (const [i, n] of counts) if (positions[i]! >= 0) inPart.set(positions[i]!, n);
    return { inPart: part.weigh(inPart), whole: () => this.weigh(counts) };
  }

  private readonly parts = new Map<Vectoriser, Int32Array>();

  /** Where each feature of this vocabulary stands in `part` (-1 where it is not kept there), worked out once. */
  private positionsIn(part: Vectoriser): Int32Array {
    let positions = this.parts.get(part);
    if (!positions) {
      for (const f of part.index.keys()) if (!this.index.has(f)) throw new Error(`the feature "${f}" is in the part but not in the whole vocabulary`);
      positions = new Int32Array(this.size);
      for (const [f, i] of this.index) positions[i] = part.index.get(f) ?? -1;
      this.parts.set(part, positions);
    }
    return positions;
  }

  /** How many times each feature of the vocabulary is in the text, by its index. */
  private count(textFeatures: readonly string[]): Map<number, number> {
    const counts = new Map<number, number>();
    for (const f of textFeatures) {
      const i = this.index.get(f);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    return counts;
  }

  /** Counts by index → the L2-normalised TF-IDF vector. */
  private weigh(counts: ReadonlyMap<number, number>): SparseVector {
    const idx = Int32Array.from(counts.keys()).sort();
    const val = new Float64Array(idx.length);
    for (let k = 0; k < idx.length; k++) val[k] = (1 + Math.log(counts.get(idx[k]!)!)) * this.idf[idx[k]!]!;
    const norm = Math.sqrt(val.reduce((s, v) => s + v * v, 0)) || 1;
    for (let k = 0; k < val.length; k++) val[k]! /= norm;
    return { idx, val };
  }
}

export interface SavedVectoriser {
  features: string[];
  idf: number[];
}

/** A trained regression's numbers, stored as base64 of their 64-bit floats, so a loaded model reads exactly the same. */
export interface SavedRegression {
  classes: number;
  dims: number;
  weights: string;
  bias: string;
}

const toBase64 = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromBase64(text: string, length: number): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength !== length * 8) throw new Error(`a stored model holds ${bytes.byteLength / 8} numbers, not ${length}`);
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** How much each class's examples count (default 1 each). */
  classWeights?: readonly number[];
  /**
   * How many training orders to average (default 3). SGD's result depends on the order of the examples; averaging the
   * weights learnt in several fixed orders takes that chance out of the model, at no cost when reading.
   */
  orders?: number;
}

/** A small deterministic pseudo-random generator (mulberry32) for the training order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function order(n: number, epoch: number, run: number): number[] {
  const rand = seeded(1234 + epoch + 7919 * run);
  const o = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [o[i], o[j]] = [o[j]!, o[i]!];
  }
  return o;
}

/**
 * Multinomial logistic regression (softmax), trained with SGD in fixed orders whose weights are averaged: the same
 * data always gives the same weights. `labels[i]` is the class index of example i.
 */
export class SoftmaxRegression {
  private constructor(
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
    readonly classes: number,
    private readonly dims: number,
  ) {}

  static train(xs: readonly SparseVector[], labels: readonly number[], classes: number, dims: number, options: TrainOptions = {}): SoftmaxRegression {
    const { orders = 3 } = options;
    const average = new SoftmaxRegression(new Float64Array(classes * dims), new Float64Array(classes), classes, dims);
    for (let run = 0; run < orders; run++) {
      const model = SoftmaxRegression.trainInOrder(xs, labels, classes, dims, options, run);
      for (let w = 0; w < average.weights.length; w++) average.weights[w]! += model.weights[w]! / orders;
      for (let c = 0; c < classes; c++) average.bias[c]! += model.bias[c]! / orders;
    }
    return average;
  }

  private static trainInOrder(
    xs: readonly SparseVector[],
    labels: readonly number[],
    classes: number,
    dims: number,
    options: TrainOptions,
    run: number,
  ): SoftmaxRegression {
    const { epochs = 12, learningRate = 0.5, l2 = 1e-5, classWeights } = options;
    const model = new SoftmaxRegression(new Float64Array(classes * dims), new Float64Array(classes), classes, dims);
    for (let epoch = 0; epoch < epochs; epoch++) {
      const rate = learningRate / (1 + epoch * 0.1);
      for (const i of order(xs.length, epoch, run)) {
        const x = xs[i]!;
        const p = model.probabilities(x);
        const weight = classWeights?.[labels[i]!] ?? 1;
        for (let c = 0; c < classes; c++) {
          const g = (p[c]! - (labels[i] === c ? 1 : 0)) * weight;
          const row = c * dims;
          for (let k = 0; k < x.idx.length; k++) {
            const w = row + x.idx[k]!;
            model.weights[w] = model.weights[w]! * (1 - rate * l2) - rate * g * x.val[k]!;
          }
          model.bias[c]! -= rate * g;
        }
      }
    }
    return model;
  }

  save(): SavedRegression {
    return { classes: this.classes, dims: this.dims, weights: toBase64(this.weights), bias: toBase64(this.bias) };
  }

  static load(saved: SavedRegression): SoftmaxRegression {
    const { classes, dims } = saved;
    return new SoftmaxRegression(fromBase64(saved.weights, classes * dims), fromBase64(saved.bias, classes), classes, dims);
  }

  probabilities(x: SparseVector): Float64Array {
    const z = new Float64Array(this.classes);
    let max = -Infinity;
    for (let c = 0; c < this.classes; c++) {
      let s = this.bias[c]!;
      const row = c * this.dims;
      for (let k = 0; k < x.idx.length; k++) s += this.weights[row + x.idx[k]!]! * x.val[k]!;
      z[c] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let c = 0; c < this.classes; c++) sum += z[c] = Math.exp(z[c]! - max);
    for (let c = 0; c < this.classes; c++) z[c]! /= sum;
    return z;
  }
}

/** Binary logistic regression as a two-class softmax. */
export class BinaryLogistic {
  private constructor(private readonly model: SoftmaxRegression) {}

  static train(xs: readonly SparseVector[], labels: readonly boolean[], dims: number, options?: TrainOptions): BinaryLogistic {
    return new BinaryLogistic(
      SoftmaxRegression.train(
        xs,
        labels.map((l) => (l ? 1 : 0)),
        2,
        dims,
        options,
      ),
    );
  }

  probability(x: SparseVector): number {
    return this.model.probabilities(x)[1]!;
  }

  save(): SavedRegression {
    return this.model.save();
  }

  static load(saved: SavedRegression): BinaryLogistic {
    return new BinaryLogistic(SoftmaxRegression.load(saved));
  }
}
