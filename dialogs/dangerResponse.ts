import { ActionTypes, CardFactory, Channels, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { recognizeChoices } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { DangerReading } from '../services/danger/danger';
import * as copy from './copy/en';
import { choice, isShortAnswer } from './choices';
import { clearSlots, fill, newDraft, storyAfter } from './draft';
import type { DialogServices } from './services';

/**
 * While the bot waits for the resident after a danger message (docs/architecture.md 5, "Danger at any step"):
 * `now` after the 999 answer (carry on / stop), `asked` after "Is someone in danger right now?" (yes / no).
 * The words that raised it are kept here, never as the answer to the question they interrupted.
 */
export const dangerHoldSchema = z.object({
  level: z.enum(['now', 'asked']),
  texts: z.array(z.string()).min(1),
  selfHarm: z.boolean(),
});
export type DangerHold = z.infer<typeof dangerHoldSchema>;

export type DangerReply = 'carry_on' | 'stop' | 'yes' | 'no';

const CARRY_ON = choice('carry_on', copy.DANGER.carryOn, [copy.DANGER.carryOnShort, ...copy.SYNONYMS.danger.carryOn]);
const STOP = choice('stop', copy.DANGER.stop, copy.SYNONYMS.danger.stop);
/** The replies that mean something while waiting: after the 999 answer, "Yes, now" or "No" would answer nothing. */
const REPLIES: Record<DangerHold['level'], ReturnType<typeof choice>[]> = {
  now: [CARRY_ON, STOP],
  asked: [CARRY_ON, STOP, choice('yes', copy.DANGER.askYes, copy.SYNONYMS.danger.yes), choice('no', copy.DANGER.askNo, copy.SYNONYMS.danger.no)],
};

/** What the bot says and keeps when a message shows danger: used by the root dialog's guard (interruptions.ts). */
export class DangerResponse {
  constructor(
    private readonly services: DialogServices,
    private readonly hold: StatePropertyAccessor<DangerHold | undefined>,
  ) {}

  async current(context: TurnContext): Promise<DangerHold | undefined> {
    const parsed = dangerHoldSchema.safeParse(await this.hold.get(context));
    return parsed.success ? parsed.data : undefined;
  }

  /** A message that shows danger: the 999 answer (now) or the one question (possible), and nothing else this turn. */
  async start(context: TurnContext, text: string, reading: DangerReading): Promise<void> {
    await this.say(context, { level: reading.level === 'now' ? 'now' : 'asked', texts: [text], selfHarm: reading.signs.includes('self_harm') });
  }

  /** A short reply that is one of the buttons; a longer message is more of what happened. */
  recognise(text: string, level: DangerHold['level']): DangerReply | undefined {
    if (!isShortAnswer(text)) return undefined;
    // The reply that comes first wins (the longer of two that start together): "no, he's gone now" is a no.
    const found = recognizeChoices(text, REPLIES[level], { recognizeNumbers: false, recognizeOrdinals: false });
    const first = [...found].sort((a, b) => a.start - b.start || b.end - a.end)[0];
    return first?.resolution.value as DangerReply | undefined;
  }

  /** More words while waiting: kept with the rest; danger in them is the 999 answer again. */
  async more(context: TurnContext, hold: DangerHold, text: string, reading: DangerReading): Promise<void> {
    hold.texts.push(text);
    if (reading.signs.includes('self_harm')) hold.selfHarm = true;
    if (reading.level === 'now' && hold.level === 'asked') return this.say(context, { ...hold, level: 'now' });
    await this.hold.set(context, hold);
    await this.remind(context, hold);
  }

  /** The buttons again, with a short line: call 999 if you can, or answer the question. */
  async remind(context: TurnContext, hold: DangerHold): Promise<void> {
    await context.sendActivity(this.buttons(context, hold, hold.level === 'now' ? copy.DANGER.waiting : copy.DANGER.askAgain));
  }

  /** "Yes, now" to the question: the 999 answer. */
  async confirmNow(context: TurnContext, hold: DangerHold): Promise<void> {
    await this.say(context, { ...hold, level: 'now' });
  }

  /**
   * The resident carries on: the words join the story (or start it), the category is read again from the whole
   * story, and after the 999 answer the report is marked so it goes to the police too.
   */
  async release(context: TurnContext, hold: DangerHold): Promise<void> {
    const emergency = hold.level === 'now';
    const draft = (await this.services.draft.get(context)) ?? newDraft(context.activity.channelId);
    const words = hold.texts.join('\n');
    const started = !draft.narrative;
    if (started && emergency && this.onlyAsksForHelp(words)) {
      // "send police", "call an ambulance": a plea tells nothing of what happened. It is kept to open the story, which
      // the report asks for next (reportDialog.ts, saveNarrative), as a call-handler would ask "what is happening?".
      draft.dangerWords = [draft.dangerWords, words].filter(Boolean).join('\n');
    } else if (started) {
      fill(draft, 'narrative', { narrative: storyAfter(draft, words) });
    } else {
      draft.narrative = `${draft.narrative}\n\n${words}`;
      draft.classification = await this.services.classifier.classify(draft.narrative);
      if (draft.category && draft.category !== draft.classification.categories[0]) clearSlots(draft, 'category');
      delete draft.personalDetailsChecked;
    }
    if (emergency) draft.emergencyIndicated = true;
    await this.services.draft.set(context, draft);
    await this.hold.delete(context);
    const thanks = started ? copy.DANGER.startedStory : copy.DANGER.addedStory;
    await context.sendActivity(emergency ? copy.DANGER.added : `${thanks}${hold.selfHarm ? copy.DANGER.selfHarmSupport : ''}`);
  }

  /** Words whose only sign of danger is a plea ("send police"): they ask for help and say nothing of what happened. */
  private onlyAsksForHelp(words: string): boolean {
    const { signs } = this.services.danger.read(words);
    return signs.length > 0 && signs.every((sign) => sign === 'plea');
  }

  async clear(context: TurnContext): Promise<void> {
    await this.hold.delete(context);
  }

  private async say(context: TurnContext, hold: DangerHold): Promise<void> {
    await this.hold.set(context, hold);
    if (hold.level === 'asked') {
      await context.sendActivity(this.buttons(context, hold, copy.DANGER.ask));
      return;
    }
    const messenger = context.activity.channelId === Channels.Facebook;
    const answer = this.buttons(context, hold, copy.DANGER.now(hold.selfHarm));
    // On Web Chat a card with call buttons, styled as a warning by the chat page (bot/web/client/chat.scss).
    // Messenger's call button needs a +44 number, which 999 is not: its apps link the numbers in the text instead.
    if (!messenger) {
      const buttons = [
        { type: ActionTypes.Call, title: copy.DANGER.call999, value: 'tel:999' },
        hold.selfHarm
          ? { type: ActionTypes.Call, title: copy.DANGER.samaritans, value: 'tel:116123' }
          : { type: ActionTypes.Call, title: copy.DANGER.textphone, value: 'tel:18000' },
        { type: ActionTypes.OpenUrl, title: copy.DANGER.bsl, value: copy.DANGER.bslUrl },
      ];
      answer.attachments = [CardFactory.heroCard(copy.DANGER.cardTitle, undefined, buttons)];
    }
    await context.sendActivity(answer);
  }

  private buttons(context: TurnContext, hold: DangerHold, text: string) {
    const titles =
      hold.level === 'asked'
        ? [copy.DANGER.askYes, copy.DANGER.askNo]
        : [context.activity.channelId === Channels.Facebook ? copy.DANGER.carryOnShort : copy.DANGER.carryOn, copy.DANGER.stop];
    return MessageFactory.suggestedActions(titles, text);
  }
}
