import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';

/**
 * CloudAdapter with its turn pipeline open to bot/messages.ts, which authenticates each request itself (so a forged
 * token is a 401, never a 500 with the library's error text) and answers with its own statuses. `processActivity`
 * is CloudAdapterBase's protected method for exactly this, meant for subclasses; nothing private is touched.
 */
export class ReportAdapter extends CloudAdapter {
  runTurn(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}
