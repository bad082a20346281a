import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState, type Dialog } from 'botbuilder-dialogs';
import type { Logger } from '../services/logging/logger';
import { hashKey } from '../services/store/botStorage';
import * as copy from '../dialogs/copy/en';
import { draftSchema, type ReportDraft } from '../dialogs/draft';
import { isGetStarted, type MessengerChannel } from './channels/facebook';
import { useMarkdownOnWebChat } from './channels/webchat';
import { ADMIT_CONVERSATION, loggable, type AdmitConversation } from './messages';
import { TurnRefusedError } from './turnRefused';

export interface ReportBotOptions {
  conversationState: ConversationState;
  dialogState: StatePropertyAccessor<DialogState>;
  welcomed: StatePropertyAccessor<boolean>;
  mainDialog: Dialog;
  /** Hashes of the conversation's last activity ids, in conversation state: a resent activity is seen there. */
  recentActivities: StatePropertyAccessor<string[]>;
  /** The report in progress (checked against its schema when a turn reads it). */
  draft: StatePropertyAccessor<ReportDraft | undefined>;
  maxMessageChars: number;
  log: Logger;
  messenger: MessengerChannel;
}

/** How many recent activity ids a conversation remembers for de-duplication. */
const RECENT_ACTIVITIES = 20;

/**
 * The ActivityHandler: duplicate activities (same id) ignored, a new conversation admitted (rate limits), messages
 * checked for size and kind, then the dialogs. State is saved at the end of every turn. Turns of one conversation
 * reach it one at a time (ConversationGate, in bot/messages.ts).
 */
export class ReportBot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(private readonly options: ReportBotOptions) {
    super();
    this.dialogs = new DialogSet(options.dialogState).add(options.mainDialog);
    this.onMessage(async (context, next) => {
      await this.onResidentMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined && !(await options.welcomed.get(context, false))) await this.runDialogs(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    await this.turn(context, hashKey(activity.channelId ?? '', activity.conversation?.id ?? ''));
  }

  /**
   * One turn: a duplicate (an activity id this conversation has already seen: a channel's resend) is ignored; channel
   * housekeeping is ignored; the dialogs run; state is saved, with the activity id, in one write. Turns of a
   * conversation run one at a time, so the id check cannot race. A turn that fails saves nothing: a resend is
   * processed.
   */
  private async turn(context: TurnContext, conversation: string): Promise<void> {
    const { activity } = context;
    await this.admit(context);
    if (activity.id) {
      const seen = await this.options.recentActivities.get(context, []);
      const id = hashKey(conversation, activity.id).slice(0, 24);
      if (seen.includes(id)) {
        this.options.log.info({ activityType: loggable(activity.type) }, 'duplicate activity ignored');
        return;
      }
      await this.options.recentActivities.set(context, [...seen.slice(-(RECENT_ACTIVITIES - 1)), id]);
    }
    if (!(await this.options.messenger.begin(context))) {
      this.options.log.debug({ channelId: loggable(activity.channelId) }, 'channel housekeeping activity ignored');
      await this.options.conversationState.saveChanges(context, false);
      return;
    }
    useMarkdownOnWebChat(context);
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
  }

  /**
   * The report in progress, as stored, checked against its schema (dialogs/draft.ts). One saved by an older version
   * that no longer fits is dropped (the caller starts the resident again, saying why) rather than failing later.
   */
  private async draftStillFits(context: TurnContext): Promise<boolean> {
    const draft = await this.options.draft.get(context);
    if (draft === undefined) return true;
    const parsed = draftSchema.safeParse(draft);
    if (parsed.success) return true;
    this.options.log.warn(
      { problems: parsed.error.issues.length },
      'a saved report in progress no longer fits the draft schema: the resident starts again',
    );
    await this.options.draft.set(context, undefined);
    return false;
  }

  /** A conversation with no stored state is new: it counts against its client's limit, if one applies. */
  private async admit(context: TurnContext): Promise<void> {
    const admitConversation = context.turnState.get(ADMIT_CONVERSATION) as AdmitConversation | undefined;
    if (!admitConversation) return;
    const state = await this.options.conversationState.load(context);
    if (Object.keys(state).some((key) => key !== 'eTag')) return;
    const wait = await admitConversation();
    if (wait > 0) throw new TurnRefusedError(429, wait, 'too many conversations');
  }

  private async onResidentMessage(context: TurnContext): Promise<void> {
    if (isGetStarted(context)) {
      // Messenger's "Get Started": a fresh start with the welcome.
      const dc = await this.dialogs.createContext(context);
      await dc.cancelAllDialogs();
      await this.options.welcomed.set(context, false);
      await dc.beginDialog(this.options.mainDialog.id);
      return;
    }
    const text = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
    if (text.length > this.options.maxMessageChars) {
      await context.sendActivity(copy.TOO_LONG(this.options.maxMessageChars));
      return;
    }
    if (!text) {
      await context.sendActivity(copy.NOT_TEXT);
      const dc = await this.dialogs.createContext(context);
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    context.activity.text = text;
    await this.runDialogs(context);
  }

  private async runDialogs(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (!(await this.draftStillFits(context))) {
      await dc.cancelAllDialogs();
      await context.sendActivity(copy.DRAFT_RESTARTED);
      await dc.beginDialog(this.options.mainDialog.id);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty && context.activity.type !== ActivityTypes.EndOfConversation) {
      await dc.beginDialog(this.options.mainDialog.id);
    }
  }
}
