/**
 * Facebook Messenger (Azure Bot Service's Facebook channel, channelId `facebook`), in one place:
 * inbound normalisation (quick-reply payloads, Get Started, echoes and receipts, stickers and likes, numbered
 * answers) and the outbound rules every message obeys on Messenger (docs/architecture.md 6).
 */
import { ActivityTypes, CardFactory, TurnContext, type Activity, type Attachment, type CardAction, type StatePropertyAccessor } from 'botbuilder';
import * as copy from '../../dialogs/copy/en';

export const FACEBOOK = 'facebook';
export const MAX_QUICK_REPLIES = 10;
export const MAX_TITLE = 20;
export const MAX_TEXT = 2000;
export const MAX_CARD_BUTTONS = 3;
/** Turn-state key set when the resident pressed "Get Started". */
export const GET_STARTED = 'facebook.getStarted';

interface FacebookChannelData {
  message?: { is_echo?: boolean; quick_reply?: { payload?: string }; sticker_id?: number; mid?: string };
  postback?: { payload?: string; title?: string };
  delivery?: unknown;
  read?: unknown;
}

export type Inbound = 'ignore' | 'get_started' | 'normal';

/** Reads a Messenger activity: what the prompts should see, and whether to ignore it. Mutates the activity. */
export function normaliseInbound(activity: Partial<Activity>, numbered?: readonly string[]): Inbound {
  const data = (activity.channelData ?? {}) as FacebookChannelData;
  if (data.message?.is_echo || data.delivery || data.read) return 'ignore';
  const postback =
    data.postback?.payload ?? (activity.type === ActivityTypes.Event && activity.name === 'postback' ? String(activity.value ?? '') : undefined);
  if (postback !== undefined)
    return /^get[_ ]?started$/i.test(postback) || /^get started$/i.test(data.postback?.title ?? '')
      ? 'get_started'
      : postback
        ? ((activity.text = postback), 'normal')
        : 'ignore';
  if (activity.type !== ActivityTypes.Message) return 'normal';
  // A tapped quick reply arrives as its title; the payload is what the prompt offered.
  const payload = data.message?.quick_reply?.payload;
  if (payload) activity.text = payload;
  // A like or a sticker: no text; the bot answers "please type".
  if (data.message?.sticker_id !== undefined) activity.text = '';
  // An answer by number to a numbered list.
  const n = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(activity.text ?? '');
  if (n && numbered && Number(n[1]) >= 1 && Number(n[1]) <= numbered.length) activity.text = numbered[Number(n[1]) - 1];
  return 'normal';
}

/** Splits text into messages of at most `max` characters, at paragraph, then sentence, then word boundaries. */
export function splitText(text: string, max = MAX_TEXT): string[] {
  if (text.length <= max) return [text];
  const pieces = text.split(/(?<=\n\n)|(?<=[.!?])\s+(?=\S)/);
  const out: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) out.push(current.trim());
    current = '';
  };
  for (const piece of pieces) {
    if ((current + (current && !current.endsWith('\n') ? ' ' : '') + piece).length <= max) {
      current += (current && !current.endsWith('\n') ? ' ' : '') + piece;
      continue;
    }
    push();
    let rest = piece;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(' ', max) > max / 2 ? rest.lastIndexOf(' ', max) : max;
      out.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    current = rest;
  }
  push();
  return out;
}

const plainLinks = (text: string) => text.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)');

function numberedList(titles: readonly string[]): string {
  return `${titles.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n\n${copy.NUMBERED_CHOICES_HINT}`;
}

function titlesOf(actions: readonly CardAction[]): string[] {
  return actions.map((a) => String(a.title ?? a.value ?? ''));
}

/**
 * The outbound rules for one activity: returns the activities to send instead, and the numbered choices offered
 * (if any), which the next turn maps back from a number.
 */
export function applyOutboundRules(activity: Partial<Activity>): { activities: Array<Partial<Activity>>; numbered?: string[] } {
  if (activity.type !== ActivityTypes.Message) return { activities: [activity] };
  let text = plainLinks(activity.text ?? '');
  let numbered: string[] | undefined;
  let suggestedActions = activity.suggestedActions;
  const actions = suggestedActions?.actions ?? [];
  if (actions.length > MAX_QUICK_REPLIES || actions.some((a) => String(a.title ?? '').length > MAX_TITLE)) {
    numbered = titlesOf(actions);
    text = `${text}\n\n${numberedList(numbered)}`;
    suggestedActions = undefined;
  }
  const attachments: Attachment[] = [];
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType === CardFactory.contentTypes.adaptiveCard) {
      // Messenger shows Adaptive Cards as pictures: send their words instead.
      const content = attachment.content as { fallbackText?: string; speak?: string } | undefined;
      const words = content?.fallbackText ?? content?.speak;
      if (words) text = `${text}\n\n${words}`.trim();
      continue;
    }
    if (attachment.contentType === CardFactory.contentTypes.heroCard) {
      const card = attachment.content as { buttons?: CardAction[] };
      if ((card.buttons?.length ?? 0) > MAX_CARD_BUTTONS) {
        numbered = titlesOf(card.buttons!);
        text = `${text}\n\n${numberedList(numbered)}`.trim();
        attachments.push({ ...attachment, content: { ...card, buttons: [] } });
        continue;
      }
    }
    attachments.push(attachment);
  }
  const parts = text ? splitText(text) : [''];
  const activities = parts.map((part, i) => {
    const last = i === parts.length - 1;
    return {
      ...activity,
      text: part,
      suggestedActions: last ? suggestedActions : undefined,
      attachments: last ? attachments : [],
      // Split messages share the prompt's input hint only on the last one.
      inputHint: last ? activity.inputHint : 'ignoringInput',
    } as Partial<Activity>;
  });
  return { activities, numbered };
}

/**
 * Normalises what Messenger sends and enforces Messenger's limits on everything the bot sends in the turn, for
 * channelId `facebook` only. ReportBot calls it inside the turn's serial section (it reads conversation state).
 */
export class MessengerChannel {
  constructor(private readonly numbered: StatePropertyAccessor<string[] | undefined>) {}

  /** False when the activity is to be ignored (echoes, delivery and read receipts). */
  async begin(context: TurnContext): Promise<boolean> {
    if (context.activity.channelId !== FACEBOOK) return true;
    const inbound = normaliseInbound(context.activity, await this.numbered.get(context));
    if (inbound === 'ignore') return false;
    if (inbound === 'get_started') {
      context.turnState.set(GET_STARTED, true);
      context.activity.type = ActivityTypes.Message;
      context.activity.text = '';
    }
    await this.numbered.set(context, undefined);
    context.onSendActivities(async (ctx, activities, sendNext) => {
      const out: Array<Partial<Activity>> = [];
      for (const activity of activities) {
        const ruled = applyOutboundRules(activity);
        if (ruled.numbered) await this.numbered.set(ctx, ruled.numbered);
        out.push(...ruled.activities);
      }
      activities.splice(0, activities.length, ...out);
      return sendNext();
    });
    return true;
  }
}

export const isGetStarted = (context: TurnContext) => context.turnState.get(GET_STARTED) === true;
