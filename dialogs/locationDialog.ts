import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { OUTSIDE, UNKNOWN, type LocationReading } from '../services/location/locator';
import { placeNotTime, timeNotPlace } from '../services/when/answerShape';
import * as copy from './copy/en';
import { choice, choicePrompt, textPrompt } from './choices';
import { fill } from './draft';
import { getDraft, type DialogServices } from './services';

export const LOCATION_DIALOG = 'locationDialog';
const STEPS = 'locationSteps';
const WHERE_TEXT = 'whereText';
const BOROUGH_CHOICE = 'boroughChoice';

/**
 * Where it happened: a postcode (validated; its sector or district gives the borough) or a place name from the
 * boroughs' configuration. When that does not settle the borough, the resident is asked. Outside the area is
 * said kindly, naming who covers it, and the report can still be sent (it goes to triage).
 */
export class LocationDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(LOCATION_DIALOG);
    this.addDialog(textPrompt(WHERE_TEXT, (p) => this.validPlace(p)))
      .addDialog(choicePrompt(BOROUGH_CHOICE))
      .addDialog(
        new WaterfallDialog(STEPS, [this.askWhere.bind(this), this.saveWhere.bind(this), this.askBorough.bind(this), this.saveBorough.bind(this)]),
      );
    this.initialDialogId = STEPS;
  }

  /**
   * A mistyped postcode is asked again, saying what a postcode looks like; so, once, is a time given for the place
   * ("tonight about 7").
   */
  private async validPlace(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value?.trim() ?? '';
    if (!text) return false;
    const reading = this.services.locator.locate(text);
    if (reading.kind === 'invalid_postcode') {
      await prompt.context.sendActivity(copy.WHERE.invalidPostcode(reading.attempt));
      return false;
    }
    if (prompt.attemptCount === 1 && reading.kind === 'unrecognised' && timeNotPlace(text, this.services.now())) {
      await prompt.context.sendActivities([
        { type: 'message', text: copy.WHERE.soundsLikeWhen },
        { type: 'message', text: copy.WHERE.ask },
      ]);
      return false;
    }
    return true;
  }

  private async askWhere(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await getDraft(this.services, step.context)).whereText !== undefined) return step.next();
    // The validator says what was wrong, so the retry only repeats the question.
    return step.prompt(WHERE_TEXT, { prompt: copy.WHERE.ask, retryPrompt: copy.WHERE.ask });
  }

  private async saveWhere(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') await keepWhere(this.services, step.context, step.result.trim());
    return step.next();
  }

  private async askBorough(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await getDraft(this.services, step.context);
    if (draft.borough !== undefined) return step.endDialog();
    const candidates = this.services.locator.locate(draft.whereText ?? '');
    const boroughs = this.services.deployment.boroughs;
    return step.prompt(BOROUGH_CHOICE, {
      prompt: candidates.kind === 'ambiguous' ? copy.WHERE.whichBorough : copy.WHERE.whichBoroughUnknown,
      choices: [
        ...boroughs.map((b) => choice(b.id, b.name, [b.id])),
        choice(OUTSIDE, copy.WHERE.elsewhere, copy.SYNONYMS.where.outside),
        choice(UNKNOWN, copy.WHERE.notSure, copy.SYNONYMS.where.unknown),
      ],
    });
  }

  private async saveBorough(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const borough = (step.result as FoundChoice).value;
    fill(await getDraft(this.services, step.context), 'borough', { borough });
    if (borough === OUTSIDE) await step.context.sendActivity(copy.WHERE.outside());
    return step.endDialog();
  }
}

/**
 * Keeps where it happened: the words, the postcode if there is one, and the borough when the place settles it. Said
 * kindly when it is outside the area. Used at "Where?", and at "When?" when the answer was a place.
 */
export async function keepWhere(services: DialogServices, context: TurnContext, text: string): Promise<void> {
  const reading: LocationReading = services.locator.locate(text);
  const draft = await getDraft(services, context);
  const postcode = 'postcode' in reading ? reading.postcode : undefined;
  fill(draft, 'where', { whereText: text, ...(postcode ? { postcode } : {}) });
  if (reading.kind === 'borough') draft.borough = reading.borough;
  if (reading.kind === 'outside') {
    draft.borough = OUTSIDE;
    await context.sendActivity(copy.WHERE.outside(reading.neighbour));
  }
}

/** Whether an answer to "When?" is a place the locator or its words name, and tells no time. */
export function isAPlace(services: DialogServices, text: string): boolean {
  return placeNotTime(text, services.now(), (t) => KNOWN_PLACES.includes(services.locator.locate(t).kind));
}
const KNOWN_PLACES: readonly string[] = ['borough', 'ambiguous', 'outside'];
