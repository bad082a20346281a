import { ActivityTypes, Channels, TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { detectEmergency } from '../services/classification/embedded/emergency';
import * as copy from './copy/en';
import { goBack } from './draft';
import type { DialogServices } from './services';

export type Command = 'help' | 'start_again' | 'exit' | 'back' | 'talk_to_someone';

/** The event that tells the web chat page to empty the transcript on screen after "exit". */
export const CLEAR_TRANSCRIPT_EVENT = 'dg/clear-transcript';

const COMMANDS = Object.entries(copy.COMMAND_WORDS).map(([command, words]) => [command as Command, new Set(words)] as const);

/** A whole message that is one of the commands (so "help" interrupts, but a story that mentions help does not). */
export function recogniseCommand(text: string): Command | undefined {
  let t = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z?\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const leadIn = copy.COMMAND_LEAD_INS.find((words) => t.startsWith(`${words} `));
  if (leadIn) t = t.slice(leadIn.length + 1);
  return COMMANDS.find(([, words]) => words.has(t))?.[0];
}

/**
 * The base of the root dialog (like BotBuilder-Samples' CancelAndHelpDialog): every message passes here first,
 * at every step. Danger-now wording gets the emergency answer and the turn then goes on as normal (a story that
 * mentions danger is still the resident's answer). The commands help, talk to someone, back, start again and exit
 * are handled here and the current question is asked again where that makes sense.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly services: DialogServices,
    /** The waterfall to begin for "start again" and "back". */
    private readonly rootId: string,
  ) {
    super(id);
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return this.guard(innerDc, false, () => super.onBeginDialog(innerDc, options));
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.guard(innerDc, true, () => super.onContinueDialog(innerDc));
  }

  private async guard(innerDc: DialogContext, active: boolean, proceed: () => Promise<DialogTurnResult>): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    const text = activity.type === 'message' && typeof activity.text === 'string' ? activity.text : undefined;
    if (text === undefined) return proceed();
    const emergencyFirst = detectEmergency(text) ? await this.emergency(innerDc.context) : undefined;
    const command = recogniseCommand(text);
    const result = (command && (await this.command(innerDc, command, active))) || (await proceed());
    await emergencyFirst?.flush();
    return result;
  }

  private async command(innerDc: DialogContext, command: Command, active: boolean): Promise<DialogTurnResult | undefined> {
    switch (command) {
      case 'help':
        await innerDc.context.sendActivity(copy.HELP);
        return active ? this.reprompt(innerDc) : undefined;
      case 'talk_to_someone':
        await innerDc.context.sendActivity(copy.TALK_TO_SOMEONE(this.services.deployment.boroughs.map((b) => b.council)));
        return active ? this.reprompt(innerDc) : undefined;
      case 'start_again':
        await this.services.draft.delete(innerDc.context);
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity(copy.START_AGAIN);
        return innerDc.beginDialog(this.rootId);
      case 'exit':
        await innerDc.cancelAllDialogs();
        await this.services.clearConversation(innerDc.context);
        await innerDc.context.sendActivity(copy.EXITED);
        // The web chat page also empties the transcript on screen (bot/web/static/chat.js): a phone may be shared.
        if (innerDc.context.activity.channelId === Channels.Webchat) {
          await innerDc.context.sendActivity({ type: ActivityTypes.Event, name: CLEAR_TRANSCRIPT_EVENT, value: copy.EXITED_PAGE });
        }
        return { status: DialogTurnStatus.complete };
      case 'back':
        return this.back(innerDc, active);
    }
  }

  /**
   * The emergency answer goes out first, ahead of whatever this turn says next. It is put in front of the turn's
   * first outgoing message rather than sent at once, so a prompt that did not understand the answer still asks
   * its question again (prompts only re-ask when nothing has been sent yet); `flush` sends it if nothing was.
   */
  private async emergency(context: TurnContext): Promise<{ flush(): Promise<void> }> {
    const draft = await this.services.draft.get(context);
    if (draft) draft.emergencyIndicated = true;
    let pending = true;
    const reference = TurnContext.getConversationReference(context.activity);
    context.onSendActivities(async (_ctx, activities, next) => {
      if (pending) {
        pending = false;
        activities.unshift(TurnContext.applyConversationReference({ type: ActivityTypes.Message, text: copy.EMERGENCY }, reference));
      }
      return next();
    });
    return {
      flush: async () => {
        if (pending) await context.sendActivity(copy.EMERGENCY);
      },
    };
  }

  private async back(innerDc: DialogContext, active: boolean): Promise<DialogTurnResult | undefined> {
    const draft = await this.services.draft.get(innerDc.context);
    if (!draft || !active || !goBack(draft)) {
      await innerDc.context.sendActivity(copy.NOTHING_TO_GO_BACK_TO);
      return active ? this.reprompt(innerDc) : undefined;
    }
    await innerDc.context.sendActivity(copy.GOING_BACK);
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(this.rootId, { resume: 'report' });
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}
