import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';
import { ChoicePrompt, ListStyle, TextPrompt, type Choice, type PromptValidator, type FoundChoice } from 'botbuilder-dialogs';
import * as copy from './copy/en';

/** A choice whose stored value is a code and whose button shows plain words (max 20 characters for Messenger). */
export function choice(value: string, title: string, synonyms: string[] = []): Choice {
  return { value, action: { type: ActionTypes.ImBack, title, value: title }, synonyms: [title, ...synonyms] };
}

/** Choice prompts in this bot show their options as suggested actions (buttons / quick replies). */
export function choicePrompt(id: string, validator?: PromptValidator<FoundChoice>): ChoicePrompt {
  const prompt = new ChoicePrompt(id, validator, 'en-gb');
  prompt.style = ListStyle.suggestedAction;
  prompt.recognizerOptions = { recognizeOrdinals: true, recognizeNumbers: true, noValue: false };
  return prompt;
}

export function textPrompt(id: string, validator?: PromptValidator<string>): TextPrompt {
  return new TextPrompt(id, validator);
}

/** A text prompt message with buttons (e.g. Skip) that the resident may use instead of typing. */
export function withButtons(text: string, buttons: string[]): Partial<Activity> {
  return MessageFactory.suggestedActions(buttons, text);
}

export function isSkip(text: string | undefined): boolean {
  const answer = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s*[.!]$/, '');
  return copy.SKIP_WORDS.includes(answer);
}
