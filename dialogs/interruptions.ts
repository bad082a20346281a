import { ActivityTypes, Channels } from 'botbuilder';
import { ChoicePrompt, ComponentDialog, Dialog, DialogTurnStatus, TextPrompt, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { MenuPrompt, StoryPrompt } from './choices';
import * as copy from './copy/en';
import { DangerResponse, type DangerHold } from './dangerResponse';
import { goBack } from './draft';
import type { DialogServices } from './services';

/**
 * The resident is answering one of the bot's questions (a choice, or where, when, who...), not telling what happened
 * (at the menu or at "in your own words").
 */
function answersAQuestion(dc: DialogContext): boolean {
  let inner = dc;
  while (inner.child) inner = inner.child;
  const active = inner.activeDialog && inner.findDialog(inner.activeDialog.id);
  return (active instanceof TextPrompt && !(active instanceof StoryPrompt)) || (active instanceof ChoicePrompt && !(active instanceof MenuPrompt));
}

export type Command = 'help' | 'start_again' | 'exit' | 'back' | 'talk_to_someone';

/** The event that tells the web chat page to empty the transcript on screen after "exit". */
export const CLEAR_TRANSCRIPT_EVENT = 'dg/clear-transcript';

const COMMANDS = Object.entries(copy.COMMAND_WORDS).map(([command, words]) => [command as Command, new Set(words)] as const);

/**
 * A whole message that is one of the commands (so "help" interrupts, but a story that mentions help does not), or a
 * short message asking for someone to talk to ("I just want someone to talk to").
 */
export function recogniseCommand(text: string): Command | undefined {
  let t = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z?\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const leadIn = copy.COMMAND_LEAD_INS.find((words) => t.startsWith(`${words} `));
  if (leadIn) t = t.slice(leadIn.length + 1);
  const whole = COMMANDS.find(([, words]) => words.has(t))?.[0];
  if (whole) return whole;
  const short = t.split(' ').length <= 12;
  return short && copy.TALK_PHRASES.some((p) => ` ${t} `.includes(` ${p} `)) ? 'talk_to_someone' : undefined;
}

export type ServiceQuestion = keyof typeof copy.SERVICE_ANSWERS;

/**
 * A short question about the service ("I reported something last week, reference DG-…, has anything happened", "do you
 * share my details with the person I'm reporting"): answered, and the question that was open is asked again. A longer
 * message, or one that is not asked as a question, is a story.
 */
export function recogniseServiceQuestion(text: string): ServiceQuestion | undefined {
  const t = text.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
  const { words, opens, followUp, change, scope, handIn, law, youngPersonAtRisk, privacy } = copy.SERVICE_QUESTIONS;
  if (t.split(' ').length > words || !(t.endsWith('?') || opens.test(t))) return undefined;
  if (change.some((p) => p.test(t))) return 'change';
  if (followUp.some((p) => p.test(t))) return 'followUp';
  if (scope.some((p) => p.test(t))) return 'scope';
  if (handIn.test(t)) return 'handIn';
  if (law.some((p) => p.test(t))) return 'law';
  if (youngPersonAtRisk.test(t)) return 'youngPersonAtRisk';
  return privacy.some((p) => p.test(t)) ? 'privacy' : undefined;
}

/**
 * The base of the root dialog (like BotBuilder-Samples' CancelAndHelpDialog): every message passes here first,
 * at every step. A message that shows danger gets the 999 answer (or "Is someone in danger right now?") and nothing
 * else: no routine question in the same breath; the words are kept for the story (dangerResponse.ts). The commands
 * help, talk to someone, back, start again and exit are handled here and the current question is asked again where
 * that makes sense.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  private readonly danger: DangerResponse;

  protected constructor(
    id: string,
    protected readonly services: DialogServices,
    /** The waterfall to begin for "start again" and "back". */
    private readonly rootId: string,
  ) {
    super(id);
    this.danger = new DangerResponse(services, services.dangerHold);
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
    const hold = await this.danger.current(innerDc.context);
    if (hold) return this.whileInDanger(innerDc, hold, text, active);
    const reading = this.services.danger.read(text, { answer: answersAQuestion(innerDc) });
    const command = recogniseCommand(text);
    // Asking for someone to talk to gets the numbers (Samaritans and 999 among them), unless the words themselves
    // show danger: the model alone (a "possible" with no sign) does not outweigh what the resident asked for.
    const modelOnly = reading.level === 'possible' && reading.signs.length === 0;
    if (reading.level !== 'none' && !(command === 'talk_to_someone' && modelOnly)) {
      await this.danger.start(innerDc.context, text, reading);
      return Dialog.EndOfTurn;
    }
    if (command) return (await this.command(innerDc, command, active)) || proceed();
    // At the menu or instead of the story, a short question about the service is answered, then asked again.
    const question = active && !answersAQuestion(innerDc) ? recogniseServiceQuestion(text) : undefined;
    if (question) {
      await innerDc.context.sendActivity(
        copy.SERVICE_ANSWERS[question]({ councils: this.councils(), privacyUrl: this.services.deployment.partnership.privacyUrl }),
      );
      return this.reprompt(innerDc);
    }
    return proceed();
  }

  /** After the 999 answer or the danger question: carry on, stop, yes / no, a command, or more of what happened. */
  private async whileInDanger(innerDc: DialogContext, hold: DangerHold, text: string, active: boolean): Promise<DialogTurnResult> {
    const { context } = innerDc;
    const reading = this.services.danger.read(text);
    const reply = reading.level === 'now' ? undefined : this.danger.recognise(text, hold.level);
    if (reply === 'stop') {
      await context.sendActivity(copy.DANGER.stopped);
      return (await this.command(innerDc, 'exit', active))!;
    }
    if (reply === 'yes' && hold.level === 'asked') {
      await this.danger.confirmNow(context, hold);
      return Dialog.EndOfTurn;
    }
    if ((reply === 'carry_on' && hold.level === 'now') || ((reply === 'no' || reply === 'carry_on') && hold.level === 'asked')) {
      await this.danger.release(context, hold);
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(this.rootId, { resume: 'report' });
    }
    const command = reply ? undefined : recogniseCommand(text);
    if (command === 'exit' || command === 'start_again') {
      await this.danger.clear(context);
      return (await this.command(innerDc, command, active))!;
    }
    if (command === 'help' || command === 'talk_to_someone') {
      await context.sendActivity(command === 'help' ? copy.HELP : copy.TALK_TO_SOMEONE(this.councils()));
      await this.danger.remind(context, hold);
      return Dialog.EndOfTurn;
    }
    await this.danger.more(context, hold, text, reading);
    return Dialog.EndOfTurn;
  }

  private async command(innerDc: DialogContext, command: Command, active: boolean): Promise<DialogTurnResult | undefined> {
    switch (command) {
      case 'help':
        await innerDc.context.sendActivity(copy.HELP);
        return active ? this.reprompt(innerDc) : undefined;
      case 'talk_to_someone':
        await innerDc.context.sendActivity(copy.TALK_TO_SOMEONE(this.councils()));
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
        // The web chat page also empties the transcript on screen (bot/web/client/chat.js): a phone may be shared.
        if (innerDc.context.activity.channelId === Channels.Webchat) {
          await innerDc.context.sendActivity({ type: ActivityTypes.Event, name: CLEAR_TRANSCRIPT_EVENT, value: copy.EXITED_PAGE });
        }
        return { status: DialogTurnStatus.complete };
      case 'back':
        return this.back(innerDc, active);
    }
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

  /** The councils' names and numbers, for the answers that give them. */
  private councils(): Array<{ name: string; phone: string }> {
    return this.services.deployment.boroughs.map((b) => b.council);
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}
