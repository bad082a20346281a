import { wordsIn } from '../language/phrases';
import type { DangerDetector, DangerReading, ReadingContext } from './danger';

/**
 * The danger detector the bot uses: the phrases (LexicalDangerDetector) first; where they see nothing, a model
 * trained on the labelled descriptions may still read a danger sign, and then the level is `possible` (the bot asks
 * "Is someone in danger right now?"). The model only ever adds that question; it never gives or removes the 999
 * answer, and it never questions the phrases' reading that a danger they saw is over ("two years ago") or was not danger
 * at all ("a water pistol", "burning garden waste"). Built by the
 * embedded classifier, which trains the model (services/classification/embedded/).
 */
export class EmbeddedDangerDetector implements DangerDetector {
  constructor(
    private readonly phrases: DangerDetector,
    /** Probability (0..1) that the text shows danger. */
    private readonly model: (text: string) => number,
    /** Chosen by 5-fold cross-validation on the training split only (bot/cli/evalClassifier.ts, data/README.md). */
    private readonly threshold = MODEL_THRESHOLD,
  ) {}

  /** The model's probability that the text shows danger (for choosing the threshold). */
  probability(text: string): number {
    return this.model(text);
  }

  read(text: string, context: ReadingContext = {}): DangerReading {
    return this.combine(text, this.phrases.read(text, context), () => this.model(text), context);
  }

  /** For a caller that already has the model's probability at hand. */
  combine(text: string, reading: DangerReading, probability: () => number, context: ReadingContext = {}, threshold = this.threshold): DangerReading {
    const fewest = context.answer ? MODEL_MIN_WORDS_IN_ANSWER : MODEL_MIN_WORDS;
    if (reading.level !== 'none' || reading.over || reading.explained || wordsIn(text) < fewest) return reading;
    return probability() >= threshold ? { level: 'possible', signs: [] } : reading;
  }
}

/**
 * The threshold (in steps of 0.05) that leaves the most room to both of the targets on 5-fold cross-validation
 * of the training split: danger recall ≥ 0.97 and questions on no-danger descriptions ≤ 10%, whichever margin is
 * smaller (counted in standard errors of its rate) being as large as it can be, and the lower threshold on a tie, within
 * one standard error (recall first) (`chooseDangerThreshold` in bot/cli/evalClassifier.ts; a test checks this value is the one it picks on the
 * shipped data).
 */
export const MODEL_THRESHOLD = 0.2;
/** The model reads descriptions, not "hi" or a tapped button: shorter messages are left to the phrases. */
export const MODEL_MIN_WORDS = 4;
/**
 * An answer to a question ("somewhere near the river", "two lads in hoodies", "I'd rather not say" at a choice) is read
 * by the model only when it is a sentence: the model learnt from descriptions, and a place, a time or a word about the
 * question is not one. The phrases read every answer.
 */
export const MODEL_MIN_WORDS_IN_ANSWER = 8;
