/**
 * The baseline: a bare botbuilder echo bot on the same restify 12 + CloudAdapter stack as the product, so every
 * benchmark figure is also a ratio to the stack's own ceiling. Started by bench/load.ts.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' }));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  await next();
});
const server = restify.createServer({ handleUncaughtExceptions: false });
server.post('/api/messages', restify.plugins.bodyParser({ maxBodySize: 512 * 1024, mapParams: false }), async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', async (_req, res) => {
  res.json({ status: 'ok' });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`Bot running: http://127.0.0.1:${address.port}/api/messages\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
