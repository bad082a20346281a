import { randomUUID } from 'node:crypto';
import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState, type Dialog } from 'botbuilder-dialogs';
import type { Logger } from '../services/logging/logger';
import { hashKey } from '../services/store/botStorage';
import type { ReportStore } from '../services/store/reportStore';
import * as copy from '../dialogs/copy/en';
import { isGetStarted, type MessengerChannel } from './channels/facebook';
import { KeyedSerialQueue } from './serialQueue';

export interface ReportBotOptions {
  conversationState: ConversationState;
  dialogState: StatePropertyAccessor<DialogState>;
  welcomed: StatePropertyAccessor<boolean>;
  mainDialog: Dialog;
  /** Hashes of the conversation's last activity ids, in conversation state: a resent activity is seen there. */
  recentActivities: StatePropertyAccessor<string[]>;
  store: Pick<ReportStore, 'lockConversation' | 'unlockConversation'>;
  /**
   * Several instances share the database (PostgreSQL): turns of one conversation also take a lock in the database,
   * so two instances never run them at once (conversation state would otherwise be last-writer-wins).
   */
  sharedInstances: boolean;
  maxMessageChars: number;
  log: Logger;
  messenger: MessengerChannel;
}

/** How many recent activity ids a conversation remembers for de-duplication. */
const RECENT_ACTIVITIES = 20;
/** A turn waits at most this long for another instance to finish the conversation's turn (channels allow 15 s). */
const LOCK_WAIT_MS = 8_000;
/** A crashed instance's lock frees itself after this. */
const LOCK_TTL_MS = 30_000;

/**
 * The ActivityHandler: one turn at a time per conversation, duplicate activities (same id) ignored, messages
 * checked for size and kind, then the dialogs. State is saved at the end of every turn.
 */
export class ReportBot extends ActivityHandler {
  private readonly turns = new KeyedSerialQueue();
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
    const conversation = hashKey(activity.channelId ?? '', activity.conversation?.id ?? '');
    const turn = () => this.turn(context, conversation);
    await this.turns.run(conversation, () => (this.options.sharedInstances ? this.withSharedLock(conversation, turn) : turn()));
  }

  /** Waits (up to the channel's patience) for the conversation's database lock, runs the turn, lets it go. */
  private async withSharedLock(conversation: string, turn: () => Promise<void>): Promise<void> {
    const owner = randomUUID();
    const deadline = Date.now() + LOCK_WAIT_MS;
    let wait = 20;
    while (!(await this.options.store.lockConversation(conversation, owner, LOCK_TTL_MS))) {
      if (Date.now() > deadline) throw new Error('conversation is busy on another instance');
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 200);
    }
    try {
      await turn();
    } finally {
      await this.options.store.unlockConversation(conversation, owner);
    }
  }

  /**
   * One turn: a duplicate (an activity id this conversation has already seen: a channel's resend) is ignored; channel
   * housekeeping is ignored; the dialogs run; state is saved, with the activity id, in one write. Turns of a
   * conversation run one at a time, so the id check cannot race. A turn that fails saves nothing: a resend is
   * processed.
   */
  private async turn(context: TurnContext, conversation: string): Promise<void> {
    const { activity } = context;
    if (activity.id) {
      const seen = await this.options.recentActivities.get(context, []);
      const id = hashKey(conversation, activity.id).slice(0, 24);
      if (seen.includes(id)) {
        this.options.log.info({ activityType: activity.type }, 'duplicate activity ignored');
        return;
      }
      await this.options.recentActivities.set(context, [...seen.slice(-(RECENT_ACTIVITIES - 1)), id]);
    }
    if (!(await this.options.messenger.begin(context))) {
      this.options.log.debug({ channelId: activity.channelId }, 'channel housekeeping activity ignored');
      await this.options.conversationState.saveChanges(context, false);
      return;
    }
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
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
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty && context.activity.type !== ActivityTypes.EndOfConversation) {
      await dc.beginDialog(this.options.mainDialog.id);
    }
  }
}
