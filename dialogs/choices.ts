import { ActionTypes, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ListStyle,
  TextPrompt,
  type Choice,
  type FoundChoice,
  type PromptOptions,
  type PromptValidator,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import * as copy from './copy/en';

/** A choice whose stored value is a code and whose button shows plain words (max 20 characters for Messenger). */
export function choice(value: string, title: string, synonyms: string[] = []): Choice {
  return { value, action: { type: ActionTypes.ImBack, title, value: title }, synonyms: [title, ...synonyms] };
}

/** At most this many words is an answer to a choice; more is the resident telling us something. */
const SHORT_ANSWER_WORDS = 8;

export function isShortAnswer(text: string | undefined): boolean {
  return (text ?? '').trim().split(/\s+/).filter(Boolean).length <= SHORT_ANSWER_WORDS;
}

/** A choice was recognised in a short answer ("loud music until 3am" is not choice 3). */
export const choiceAnswered = (prompt: PromptValidatorContext<FoundChoice>) =>
  prompt.recognized.succeeded && isShortAnswer(prompt.context.activity.text);

/**
 * A choice prompt that, when the answer is not one of the choices, says so and lists them (rather than asking the
 * same question again word for word); from the second miss in a row it also says where to get help.
 */
class ExplainingChoicePrompt extends ChoicePrompt {
  protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    if (isRetry && !options.retryPrompt) {
      const titles = (options.choices ?? []).map((c) => (typeof c === 'string' ? c : (c.action?.title ?? c.value)));
      // The prompt's own count of the answers it has read (botbuilder-dialogs Prompt, the validator's attemptCount).
      const misses = (state as { attemptCount?: number }).attemptCount ?? 1;
      options = { ...options, retryPrompt: copy.NOT_A_CHOICE(titles, misses) };
    }
    return super.onPrompt(context, state, options, isRetry);
  }
}

/**
 * The menu: a choice, or the resident's story told straight away. The danger guard reads what is typed here as a
 * description; what is typed at any other choice is an answer to a question (interruptions.ts).
 */
export class MenuPrompt extends ExplainingChoicePrompt {
  protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    // A hello ("hello, is anyone there?") is answered in kind before the choices are shown again.
    if (isRetry && typeof options.retryPrompt === 'string' && isGreeting(context.activity.text))
      options = { ...options, retryPrompt: `${copy.MENU.hello} ${options.retryPrompt}` };
    return super.onPrompt(context, state, options, isRetry);
  }
}

/** Choice prompts in this bot show their options as suggested actions (buttons / quick replies). */
export function choicePrompt(id: string, validator: PromptValidator<FoundChoice> = async (p) => choiceAnswered(p), menu = false): ChoicePrompt {
  const prompt = new (menu ? MenuPrompt : ExplainingChoicePrompt)(id, validator, 'en-gb');
  prompt.style = ListStyle.suggestedAction;
  prompt.recognizerOptions = { recognizeOrdinals: true, recognizeNumbers: true, noValue: false };
  return prompt;
}

export function textPrompt(id: string, validator?: PromptValidator<string>): TextPrompt {
  return new TextPrompt(id, validator);
}

/**
 * The prompt for what happened, in the resident's own words. The danger guard reads what is typed here as a
 * description; what is typed at any other text prompt is an answer to a question (interruptions.ts).
 */
export class StoryPrompt extends TextPrompt {}

/** A text prompt message with buttons (e.g. Skip) that the resident may use instead of typing. */
export function withButtons(text: string, buttons: string[]): Partial<Activity> {
  return MessageFactory.suggestedActions(buttons, text);
}

/** In lower case, with punctuation and emoji taken out. */
const plainWords = (text: string | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

export function isThanks(text: string | undefined): boolean {
  return copy.THANKS.test(plainWords(text));
}

export function isGreeting(text: string | undefined): boolean {
  return copy.GREETING.test(plainWords(text));
}

export function isSkip(text: string | undefined): boolean {
  const answer = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s*[.!]$/, '');
  return copy.SKIP_WORDS.includes(answer);
}
