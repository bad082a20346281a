/**
 * The server of the baseline bots (echoBot.ts, dialogBot.ts): restify 12 + CloudAdapter with authentication off, as
 * the product runs under the benchmarks; /api/messages runs `turn`, /healthz answers, SIGTERM closes.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify from 'restify';

export function serveBaseline(turn: (context: TurnContext) => Promise<void>): void {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppTenantId: '',
    }),
  );
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.post('/api/messages', restify.plugins.bodyParser({ maxBodySize: 512 * 1024, mapParams: false }), async (req, res) => {
    await adapter.process(req, res, turn);
  });
  server.get('/healthz', async (_req, res) => {
    res.json({ status: 'ok' });
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`Bot running: http://127.0.0.1:${address.port}/api/messages\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
