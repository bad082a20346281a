import {
  ComponentDialog,
  WaterfallDialog,
  recognizeChoices,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { STRANDS, type Strand } from '../services/classification/codes';
import * as copy from './copy/en';
import { choice, choicePrompt, textPrompt, withButtons } from './choices';
import { fill } from './draft';
import { getDraft, type DialogServices } from './services';

export const HATE_DETAILS_DIALOG = 'hateDetailsDialog';
const ASK_HATE = 'askHateSteps';
const STRAND_LOOP = 'strandLoop';
const HATE_CHOICE = 'hateChoice';
const STRAND_TEXT = 'strandText';

const DONE = 'done';
const strandChoices = () => [
  ...STRANDS.map((s) => choice(s, copy.STRAND_LABELS[s], copy.SYNONYMS.strands[s])),
  choice(DONE, copy.HATE.done, copy.SYNONYMS.strands.done),
];

interface LoopState {
  chosen: Strand[];
}

/**
 * Hate motivation (perception-based: what the resident or anyone else thinks is enough), then the strands,
 * several of which can be chosen one after another or typed together ("race and religion").
 */
export class HateDetailsDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(HATE_DETAILS_DIALOG);
    this.addDialog(choicePrompt(HATE_CHOICE))
      .addDialog(textPrompt(STRAND_TEXT, async (p) => recognizeChoices(p.recognized.value ?? '', strandChoices()).length > 0))
      .addDialog(
        new WaterfallDialog(ASK_HATE, [
          this.askHate.bind(this),
          this.saveHate.bind(this),
          this.suggestStrands.bind(this),
          this.runStrands.bind(this),
        ]),
      )
      .addDialog(new WaterfallDialog(STRAND_LOOP, [this.askStrand.bind(this), this.saveStrand.bind(this)]));
    this.initialDialogId = ASK_HATE;
  }

  private async askHate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await getDraft(this.services, step.context);
    if (draft.hate !== undefined) return step.next();
    // Safe mode asks only what is needed: the hate question only when the words suggest it.
    if (draft.safeMode && !draft.classification?.hate) {
      draft.hate = false;
      return step.next();
    }
    return step.prompt(HATE_CHOICE, {
      prompt: draft.classification?.hate ? copy.HATE.askLikely : copy.HATE.ask,
      choices: [
        choice('yes', copy.HATE.yes, copy.SYNONYMS.hate.yes),
        choice('no', copy.HATE.no, copy.SYNONYMS.hate.no),
        choice('unsure', copy.HATE.unsure, copy.SYNONYMS.hate.unsure),
      ],
    });
  }

  private async saveHate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = (step.result as FoundChoice | undefined)?.value;
    // "Not sure" is recorded as not (yet) perceived as hate; the resident's words still reach the team.
    if (answer) fill(await getDraft(this.services, step.context), 'hate', { hate: answer === 'yes', hateUnsure: answer === 'unsure' });
    return step.next();
  }

  /** The strands the words point to are offered first ("because I use a wheelchair" → disability), to confirm or change. */
  private async suggestStrands(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await getDraft(this.services, step.context);
    if (!draft.hate || draft.strands !== undefined) return step.endDialog();
    const suggested = draft.classification?.strands ?? [];
    if (suggested.length === 0) return step.next();
    return step.prompt(HATE_CHOICE, {
      prompt: copy.HATE.suggest(suggested.map((s) => copy.STRAND_LABELS[s])),
      choices: [choice('yes', copy.HATE.suggestYes, copy.SYNONYMS.hate.yes), choice('change', copy.HATE.suggestChange, copy.SYNONYMS.hate.change)],
    });
  }

  private async runStrands(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await getDraft(this.services, step.context);
    if ((step.result as FoundChoice | undefined)?.value === 'yes') {
      fill(draft, 'strands', { strands: [...(draft.classification?.strands ?? [])] });
      return step.endDialog();
    }
    return step.replaceDialog(STRAND_LOOP, { chosen: [] } satisfies LoopState);
  }

  private async askStrand(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { chosen } = step.options as LoopState;
    const left = strandChoices().filter((c) => !chosen.includes(c.value as Strand) && (c.value !== DONE || chosen.length > 0));
    const text = chosen.length === 0 ? copy.HATE.strands : copy.HATE.strandsMore(chosen.map((s) => copy.STRAND_LABELS[s]));
    const buttons = left.map((c) => c.action!.title!);
    return step.prompt(STRAND_TEXT, { prompt: withButtons(text, buttons), retryPrompt: withButtons(copy.HATE.strands, buttons) });
  }

  private async saveStrand(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { chosen } = step.options as LoopState;
    const found = recognizeChoices(step.result as string, strandChoices()).map((r) => r.resolution.value);
    const added = found.filter((v): v is Strand => v !== DONE && !chosen.includes(v as Strand)) as Strand[];
    const all = [...chosen, ...new Set(added)];
    // Several typed at once ("race and religion") or "That's all" ends the list.
    const done = found.includes(DONE) || all.length === STRANDS.length || added.length > 1;
    if (done && all.length > 0) {
      fill(await getDraft(this.services, step.context), 'strands', { strands: STRANDS.filter((s) => all.includes(s)) });
      return step.endDialog();
    }
    return step.replaceDialog(STRAND_LOOP, { chosen: all } satisfies LoopState);
  }
}
