/**
 * The second baseline: the smallest multi-turn dialog bot on the product's stack (restify 12, CloudAdapter,
 * botbuilder-dialogs, conversation state), so the report bot can also be compared with what any waterfall bot costs
 * before it does anything of its own. One component dialog holding one waterfall of 13 text prompts (a report is
 * 12-15 turns), conversation state in botbuilder's MemoryStorage (no database). Started by bench/load.ts.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';
import restify from 'restify';

const QUESTIONS = 13;

class QuestionsDialog extends ComponentDialog {
  constructor() {
    super('questions');
    const ask = (n: number) => async (step: WaterfallStepContext) => {
      if (n > 0) (step.values as Record<string, unknown>)[`answer${n}`] = step.result;
      return step.prompt('text', `Question ${n + 1} of ${QUESTIONS}: what happened next?`);
    };
    const done = async (step: WaterfallStepContext) => {
      await step.context.sendActivity(`Thank you: ${Object.keys(step.values).length} answers.`);
      return step.endDialog();
    };
    this.addDialog(new TextPrompt('text'));
    this.addDialog(new WaterfallDialog('steps', [...Array.from({ length: QUESTIONS }, (_, n) => ask(n)), done]));
  }
}

const conversationState = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(new QuestionsDialog());

async function runDialogs(context: TurnContext): Promise<void> {
  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog('questions');
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' }));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await runDialogs(context);
  await next();
});
bot.onMembersAdded(async (context, next) => {
  await runDialogs(context);
  await next();
});
const server = restify.createServer({ handleUncaughtExceptions: false });
server.post('/api/messages', restify.plugins.bodyParser({ maxBodySize: 512 * 1024, mapParams: false }), async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await bot.run(context);
    await conversationState.saveChanges(context);
  });
});
server.get('/healthz', async (_req, res) => {
  res.json({ status: 'ok' });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`Bot running: http://127.0.0.1:${address.port}/api/messages\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
