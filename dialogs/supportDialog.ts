import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { chooseSignposts, type DirectoryEntry, type SignpostNeeds } from '../services/signposting/directory';
import * as copy from './copy/en';
import { choice, choicePrompt } from './choices';
import type { DialogServices } from './services';

export const SUPPORT_DIALOG = 'supportDialog';
const STEPS = 'supportSteps';
const TOPIC = 'supportTopic';

export interface SupportOptions {
  /** Directory ids already chosen (after a report); without them the resident picks a topic. */
  signposts?: string[];
}

type Topic = keyof typeof copy.SUPPORT.topics;
const NEEDS: Record<Topic, SignpostNeeds> = {
  hate: { hate: true, role: 'victim' },
  asb: { category: 'rowdy' },
  domestic_abuse: { category: 'domestic_abuse' },
  crime: { category: 'damage', role: 'victim' },
  exploitation: { category: 'exploitation' },
  extremism: { category: 'extremism' },
  child: { childAtRisk: true },
  talk: {},
};

/** Signposts: a few services at once, each with what it is, how to reach it and when it is open (docs/architecture.md 9). */
export class SupportDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(SUPPORT_DIALOG);
    this.addDialog(choicePrompt(TOPIC)).addDialog(new WaterfallDialog(STEPS, [this.askTopic.bind(this), this.showServices.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { signposts } = (step.options ?? {}) as SupportOptions;
    if (signposts) return step.next(signposts);
    return step.prompt(TOPIC, {
      prompt: copy.SUPPORT.ask,
      choices: Object.entries(copy.SUPPORT.topics).map(([value, title]) => choice(value, title)),
    });
  }

  private async showServices(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { directory } = this.services;
    const entries: DirectoryEntry[] = Array.isArray(step.result)
      ? (step.result as string[]).map((id) => directory.find((e) => e.id === id)).filter((e): e is DirectoryEntry => e !== undefined)
      : chooseSignposts(directory, NEEDS[(step.result as FoundChoice).value as Topic]);
    if (entries.length > 0) await step.context.sendActivity(`${copy.SUPPORT.intro}\n\n${entries.map(copy.formatSignpost).join('\n')}`);
    return step.endDialog();
  }
}
