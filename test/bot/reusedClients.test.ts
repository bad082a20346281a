import assert from 'node:assert/strict';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ReusedClientsAuthentication } from '../../bot/reusedClients';

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'directline', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }) as Activity;

describe('ReusedClientsAuthentication: one connector client per service URL, authentication unchanged', () => {
  it('gives the same connector client for the same service URL on later turns, another for another URL', async () => {
    const auth = new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
    const first = await auth.authenticateRequest(activity('http://127.0.0.1:9/'), '');
    const second = await auth.authenticateRequest(activity('http://127.0.0.1:9/'), '');
    const a = await first.connectorFactory!.create('http://127.0.0.1:9/', first.audience);
    const b = await second.connectorFactory!.create('http://127.0.0.1:9/', second.audience);
    const c = await second.connectorFactory!.create('http://127.0.0.1:8/', second.audience);
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.equal((a as unknown as { baseUri: string }).baseUri, 'http://127.0.0.1:9/');
    assert.equal((c as unknown as { baseUri: string }).baseUri, 'http://127.0.0.1:8/');
    assert.equal(await auth.createUserTokenClient(first.claimsIdentity), await auth.createUserTokenClient(second.claimsIdentity));
  });

  it('still rejects a request without a token when the bot has an app id', async () => {
    const auth = new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' }));
    await assert.rejects(auth.authenticateRequest(activity('https://directline.botframework.com/'), ''), /Unauthorized|authorization|auth/i);
  });
});
