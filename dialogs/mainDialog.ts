import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import * as copy from './copy/en';
import { choice, choiceAnswered, choicePrompt, isGreeting, isShortAnswer, isThanks } from './choices';
import { fill, newDraft } from './draft';
import { InterruptibleDialog } from './interruptions';
import { REPORT_DIALOG, ReportDialog } from './reportDialog';
import type { DialogServices } from './services';
import { SUPPORT_DIALOG, SupportDialog } from './supportDialog';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';
const MENU_PROMPT = 'menuPrompt';

/** A first message this long that is not a menu choice is taken as the start of a report. */
const STORY_LENGTH = 20;

export interface MainOptions {
  /** "back" restarts the report from its draft. */
  resume?: 'report';
  /** Shown after a report or support, instead of the welcome. */
  again?: boolean;
}

/**
 * The root: welcome, the menu (report something, get support, how we use information), then back to the menu.
 * A resident who starts by telling their story is taken straight into the report.
 */
export class MainDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(MAIN_DIALOG, services, MAIN_WATERFALL);
    this.addDialog(choicePrompt(MENU_PROMPT, (p) => this.menuOrStory(p), true))
      .addDialog(new ReportDialog(services))
      .addDialog(new SupportDialog(services))
      .addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.showMenu.bind(this), this.startChosen.bind(this), this.backToMenu.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /**
   * A choice, or a story: "loud music until 3 or 4am" is the start of a report, not choice 3; or a thank-you. A long
   * hello ("hello, is anyone there?") is none of them: the menu again.
   */
  private async menuOrStory(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    const text = prompt.context.activity.text;
    return choiceAnswered(prompt) || ((text ?? '').trim().length >= STORY_LENGTH && !isGreeting(text)) || isThanks(text);
  }

  private async showMenu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as MainOptions;
    if (options.resume === 'report') return step.beginDialog(REPORT_DIALOG);
    const { context } = step;
    if (!(await this.services.welcomed.get(context, false))) {
      const { partnership } = this.services.deployment;
      await context.sendActivity(copy.welcome(partnership.name, partnership.privacyUrl));
      if (context.activity.channelId === 'facebook') {
        await context.sendActivity(
          copy.MESSENGER_PRIVACY(
            this.services.deployment.boroughs.map((b) => b.council),
            new URL('/', partnership.privacyUrl).href,
          ),
        );
      }
      await this.services.welcomed.set(context, true);
    }
    return step.prompt(MENU_PROMPT, {
      prompt: options.again ? copy.SUPPORT.after : copy.MENU.prompt,
      retryPrompt: copy.MENU.retry,
      choices: [
        choice('report', copy.MENU.report, copy.SYNONYMS.menu.report),
        choice('support', copy.MENU.support, copy.SYNONYMS.menu.support),
        choice('privacy', copy.MENU.privacy, copy.SYNONYMS.menu.privacy),
      ],
    });
  }

  private async startChosen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Coming back from a resumed report: nothing was chosen at a menu.
    if ((step.options as MainOptions | undefined)?.resume) return step.next();
    const { context } = step;
    // A long message was accepted as a story even if a choice could be read into it.
    const chosen = isShortAnswer(context.activity.text) ? (step.result as FoundChoice | undefined)?.value : undefined;
    if (chosen === 'support') return step.beginDialog(SUPPORT_DIALOG);
    if (chosen === 'privacy') {
      await context.sendActivity(copy.privacy(this.services.deployment.partnership.privacyUrl));
      return step.next();
    }
    // "thank you so much for your help", once a report is sent: not a story; the menu again.
    if (!chosen && isThanks(context.activity.text)) {
      await context.sendActivity(copy.MENU.thanks);
      return step.next();
    }
    const draft = newDraft(context.activity.channelId);
    // A story typed at the menu is the free recall: the report starts from it.
    if (!chosen) fill(draft, 'narrative', { narrative: (context.activity.text ?? '').trim() });
    await this.services.draft.set(context, draft);
    return step.beginDialog(REPORT_DIALOG);
  }

  private async backToMenu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(MAIN_WATERFALL, { again: true } satisfies MainOptions);
  }
}
