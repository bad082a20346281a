import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import * as copy from './copy/en';
import { choice, choicePrompt, textPrompt } from './choices';
import { fill } from './draft';
import { OptionalQuestion } from './optionalQuestion';
import { getDraft, type DialogServices } from './services';

export const CONTACT_DIALOG = 'contactDialog';
const STEPS = 'contactSteps';
const CONTACT_CHOICE = 'contactChoice';
const CONTACT_TEXT = 'contactText';
const CONTACT_DETAIL = 'contactDetail';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
/** UK numbers: 0 or +44 followed by 9 or 10 digits, spaces, dashes and brackets allowed. */
export function parsePhone(text: string): string | undefined {
  const digits = text.replace(/[\s()-]/g, '');
  const m = /^(?:\+44|0044|0)(\d{9,10})$/.exec(digits);
  return m ? `0${m[1]}` : undefined;
}

export function parseContactDetail(text: string): { phone?: string; email?: string } | undefined {
  const t = text.trim();
  if (EMAIL.test(t)) return { email: t };
  const phone = parsePhone(t);
  return phone ? { phone } : undefined;
}

/** Anonymous (pre-selected) or contact details: name (optional), phone or email, safe to leave a message, best time. */
export class ContactDialog extends ComponentDialog {
  private readonly name: OptionalQuestion;
  private readonly bestTime: OptionalQuestion;

  constructor(private readonly services: DialogServices) {
    super(CONTACT_DIALOG);
    this.name = new OptionalQuestion(services, 'contactName', CONTACT_TEXT, copy.CONTACT.name);
    this.bestTime = new OptionalQuestion(services, 'bestTime', CONTACT_TEXT, copy.CONTACT.bestTime, true);
    this.addDialog(choicePrompt(CONTACT_CHOICE))
      .addDialog(textPrompt(CONTACT_TEXT))
      .addDialog(textPrompt(CONTACT_DETAIL, async (p: PromptValidatorContext<string>) => parseContactDetail(p.recognized.value ?? '') !== undefined))
      .addDialog(
        new WaterfallDialog(STEPS, [
          this.askAnonymous.bind(this),
          this.saveAnonymous.bind(this),
          this.askName.bind(this),
          this.saveName.bind(this),
          this.askDetail.bind(this),
          this.saveDetail.bind(this),
          this.askSafe.bind(this),
          this.saveSafe.bind(this),
          this.askBestTime.bind(this),
          this.saveBestTime.bind(this),
        ]),
      );
    this.initialDialogId = STEPS;
  }

  private async askAnonymous(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await getDraft(this.services, step.context)).anonymous !== undefined) return step.next();
    return step.prompt(CONTACT_CHOICE, {
      prompt: copy.CONTACT.ask,
      choices: [
        choice('anonymous', copy.CONTACT.anonymous, copy.SYNONYMS.contact.anonymous),
        choice('contact', copy.CONTACT.giveDetails, copy.SYNONYMS.contact.contact),
      ],
    });
  }

  private async saveAnonymous(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await getDraft(this.services, step.context);
    const answer = (step.result as FoundChoice | undefined)?.value;
    if (answer) fill(draft, 'anonymous', { anonymous: answer === 'anonymous' });
    return draft.anonymous ? step.endDialog() : step.next();
  }

  private askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.name.ask(step);
  }

  private saveName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.name.save(step);
  }

  private async askDetail(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await getDraft(this.services, step.context);
    if (draft.contactPhone || draft.contactEmail) return step.next();
    return step.prompt(CONTACT_DETAIL, { prompt: copy.CONTACT.detail, retryPrompt: copy.CONTACT.detailRetry });
  }

  private async saveDetail(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const detail = parseContactDetail(step.result)!;
      fill(await getDraft(this.services, step.context), 'contactDetail', {
        ...(detail.phone ? { contactPhone: detail.phone } : {}),
        ...(detail.email ? { contactEmail: detail.email } : {}),
      });
    }
    return step.next();
  }

  private async askSafe(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await getDraft(this.services, step.context)).safeToLeaveMessage !== undefined) return step.next();
    return step.prompt(CONTACT_CHOICE, {
      prompt: copy.CONTACT.safe,
      choices: [choice('yes', copy.YES, copy.SYNONYMS.safeToLeaveMessage.yes), choice('no', copy.NO, copy.SYNONYMS.safeToLeaveMessage.no)],
    });
  }

  private async saveSafe(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = (step.result as FoundChoice | undefined)?.value;
    if (answer) fill(await getDraft(this.services, step.context), 'safeToLeaveMessage', { safeToLeaveMessage: answer === 'yes' });
    return step.next();
  }

  private askBestTime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.bestTime.ask(step);
  }

  private saveBestTime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.bestTime.save(step);
  }
}
