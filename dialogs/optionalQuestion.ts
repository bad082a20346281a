import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import * as copy from './copy/en';
import { isSkip, withButtons } from './choices';
import { fill, type ReportDraft } from './draft';
import { getDraft, type DialogServices } from './services';

/** The draft's free-text questions a resident may skip. */
export type OptionalSlot = 'people' | 'impact' | 'contactName' | 'bestTime';

/**
 * One optional free-text question, as the ask and save steps of a waterfall: asked only while its slot is empty,
 * with a Skip button; "skip" stores nothing (null); in safe mode it is not asked at all (docs/architecture.md 5).
 * `last` ends the dialog after it instead of going on to the next step.
 */
export class OptionalQuestion {
  constructor(
    private readonly services: DialogServices,
    private readonly slot: OptionalSlot,
    private readonly textPrompt: string,
    private readonly question: string,
    private readonly last = false,
  ) {}

  async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await getDraft(this.services, step.context);
    if (draft[this.slot] !== undefined) return this.done(step);
    if (draft.safeMode) {
      draft[this.slot] = null;
      return this.done(step);
    }
    return step.prompt(this.textPrompt, withButtons(this.question, [copy.SKIP]));
  }

  async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const answer: Pick<ReportDraft, OptionalSlot> = { [this.slot]: isSkip(step.result) ? null : step.result.trim() };
      fill(await getDraft(this.services, step.context), this.slot, answer);
    }
    return this.done(step);
  }

  private done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.last ? step.endDialog() : step.next();
  }
}
