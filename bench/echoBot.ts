/**
 * The baseline: a bare botbuilder echo bot on the same restify 12 + CloudAdapter stack as the product, so every
 * benchmark figure is also a ratio to the stack's own ceiling. Started by bench/load.ts.
 */
import { ActivityHandler } from 'botbuilder';
import { serveBaseline } from './baselineServer';

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  await next();
});
serveBaseline((context) => bot.run(context));
