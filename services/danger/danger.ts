import { z } from 'zod';

/**
 * Danger in what a resident wrote (docs/architecture.md 4.3 and 5): `now` gets the 999 answer at once, `possible`
 * gets one question ("Is someone in danger right now?"), `none` nothing. Read on every message at every step
 * (dialogs/interruptions.ts), by the classifier and by the `classify` command.
 */
export const dangerLevelSchema = z.enum(['now', 'possible', 'none']);
export type DangerLevel = z.infer<typeof dangerLevelSchema>;

export const DANGER_SIGNS = [
  'weapon',
  'attack',
  'threat',
  'fire',
  'trapped',
  'taken',
  'medical',
  'self_harm',
  'followed',
  'break_in',
  'plea',
] as const;
export type DangerSign = (typeof DANGER_SIGNS)[number];

export interface DangerReading {
  level: DangerLevel;
  /** The kinds of danger seen (self_harm adds Samaritans to the 999 answer). Empty when the level is none. */
  signs: DangerSign[];
  /** A sign was seen, and the words put it in the past ("two years ago"): the level is none, and stays none. */
  over?: boolean;
  /**
   * Words that look like danger were read as something else ("a water pistol", "burning garden waste", "someone is
   * going to get hurt one day"): the level is none, and a model does not read them again as danger.
   */
  explained?: boolean;
}

/** Where a message was typed. */
export interface ReadingContext {
  /** It answers one of the bot's free-text questions (where, when, who...) rather than telling what happened. */
  answer?: boolean;
}

export interface DangerDetector {
  read(text: string, context?: ReadingContext): DangerReading;
}
