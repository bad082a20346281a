/**
 * The second baseline: the smallest multi-turn dialog bot on the product's stack (restify 12, CloudAdapter,
 * botbuilder-dialogs, conversation state), so the report bot can also be compared with what any waterfall bot costs
 * before it does anything of its own. One component dialog holding one waterfall of 13 text prompts (a report is
 * 12-15 turns). Conversation state in botbuilder's MemoryStorage, or with DIALOG_BOT_STORAGE=sqlite in the product's
 * own SQLite state store under DATA_DIR (what durable state adds). With DIALOG_BOT_ENGINE=plain the same questions
 * are asked without botbuilder-dialogs, by a step number kept in conversation state: the floor for a dialog engine
 * of our own. Started by bench/load.ts.
 */
import { ActivityHandler, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  TextPrompt,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { migrate, openSqlite } from '../services/store/database';
import { SqlBotStorage } from '../services/store/botStorage';
import { serveBaseline } from './baselineServer';

const QUESTIONS = 13;
const question = (n: number) => `Question ${n + 1} of ${QUESTIONS}: what happened next?`;

class QuestionsDialog extends ComponentDialog {
  constructor() {
    super('questions');
    const ask = (n: number) => async (step: WaterfallStepContext) => {
      if (n > 0) (step.values as Record<string, unknown>)[`answer${n}`] = step.result;
      return step.prompt('text', question(n));
    };
    const done = async (step: WaterfallStepContext) => {
      await step.context.sendActivity(`Thank you: ${Object.keys(step.values).length} answers.`);
      return step.endDialog();
    };
    this.addDialog(new TextPrompt('text'));
    this.addDialog(new WaterfallDialog('steps', [...Array.from({ length: QUESTIONS }, (_, n) => ask(n)), done]));
  }
}

async function openState(): Promise<ConversationState> {
  if (process.env.DIALOG_BOT_STORAGE !== 'sqlite') return new ConversationState(new MemoryStorage());
  const db = openSqlite(process.env.DATA_DIR ?? '.data');
  await migrate(db);
  return new ConversationState(new SqlBotStorage(db));
}

async function main(): Promise<void> {
  const conversationState = await openState();
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(new QuestionsDialog());
  const plain = conversationState.createProperty<{ step: number; answers: string[] }>('plain');
  const runDialogs = async (context: TurnContext, next: () => Promise<void>) => {
    if (process.env.DIALOG_BOT_ENGINE === 'plain') {
      const state = await plain.get(context, { step: 0, answers: [] });
      if (state.step > 0) state.answers.push(context.activity.text ?? '');
      await context.sendActivity(state.step < QUESTIONS ? question(state.step) : `Thank you: ${state.answers.length} answers.`);
      await plain.set(context, state.step < QUESTIONS ? { ...state, step: state.step + 1 } : { step: 0, answers: [] });
      return next();
    }
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('questions');
    await next();
  };
  const bot = new ActivityHandler().onMessage(runDialogs).onMembersAdded(runDialogs);
  serveBaseline(async (context) => {
    await bot.run(context);
    await conversationState.saveChanges(context);
  });
}

void main();
