import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { applyOutboundRules, normaliseInbound, splitText, MAX_TEXT } from '../../bot/channels/facebook';
import { formatSignpost } from '../../dialogs/copy/en';
import { loadDirectory } from '../../services/signposting/directory';
import { useApp } from '../fixtures/app';
import { DIRECTORY_FILE } from '../fixtures/services';
import { REFERENCE } from '../fixtures/walk';
import { Resident, type Reply } from '../fixtures/resident';

const PSID = '7345098712345678';
const PAGE_ID = '110987654321098';

/** A resident on Messenger, as Azure Bot Service's Facebook channel delivers them. */
class MessengerResident extends Resident {
  private mid = 0;
  readonly sent: Reply[] = [];

  constructor(baseUrl: string) {
    super(baseUrl, { channelId: 'facebook', userId: PSID, conversationId: `${PSID}-${PAGE_ID}`, serviceUrl: 'http://127.0.0.1:9/facebook/' });
  }

  fb(text: string | undefined, message: Record<string, unknown> = {}): Record<string, unknown> {
    this.mid++;
    return this.activity({
      text,
      channelData: {
        sender: { id: PSID },
        recipient: { id: PAGE_ID },
        timestamp: Date.now(),
        message: { mid: `m_canary${this.mid}`, text, ...message },
      },
    } as Partial<Activity>);
  }

  private async send(body: Record<string, unknown>): Promise<Reply[]> {
    const r = await this.post(body);
    if (r.status !== 200) throw new Error(`status ${r.status}: ${r.raw}`);
    this.sent.push(...r.replies);
    return r.replies;
  }

  override say(text: string): Promise<Reply[]> {
    return this.send(this.fb(text));
  }

  /** Taps a quick reply: Messenger sends its title as text and its payload separately. */
  tap(title: string, payload = title): Promise<Reply[]> {
    return this.send(this.fb(title, { quick_reply: { payload } }));
  }

  getStarted(): Promise<Reply[]> {
    return this.send(
      this.activity({
        text: '',
        channelData: { sender: { id: PSID }, recipient: { id: PAGE_ID }, postback: { title: 'Get Started', payload: 'GET_STARTED' } },
      } as Partial<Activity>),
    );
  }

  raw(channelData: Record<string, unknown>, extra: Partial<Activity> = {}): Promise<Reply[]> {
    return this.send(
      this.activity({ channelData: { sender: { id: PSID }, recipient: { id: PAGE_ID }, ...channelData }, ...extra } as Partial<Activity>),
    );
  }
}

const all = (replies: Reply[]) => replies.map((r) => r.text).join('\n---\n');

/** Messenger's limits on every outgoing activity. */
function assertMessengerLimits(replies: Reply[]) {
  for (const r of replies) {
    const a = r.activity;
    const actions = a.suggestedActions?.actions ?? [];
    assert.ok(actions.length <= 10, `at most 10 quick replies: ${actions.length} on "${r.text.slice(0, 60)}"`);
    for (const action of actions) assert.ok(String(action.title).length <= 20, `title "${action.title}" is at most 20 characters`);
    assert.ok((a.text ?? '').length <= MAX_TEXT, `text of ${(a.text ?? '').length} characters`);
    for (const att of a.attachments ?? []) {
      assert.notEqual(att.contentType, 'application/vnd.microsoft.card.adaptive', 'no Adaptive Cards');
      if (att.contentType === 'application/vnd.microsoft.card.hero') assert.ok(((att.content as { buttons?: unknown[] }).buttons ?? []).length <= 3);
    }
  }
}

describe('Messenger: outbound rules and inbound normalisation (units)', () => {
  it('splits long text at paragraph and sentence boundaries, never over 2,000 characters, losing nothing', () => {
    const directory = loadDirectory(DIRECTORY_FILE);
    const long = `These services can help:\n\n${[...directory, ...directory, ...directory].map(formatSignpost).join('\n\n')}`;
    assert.ok(long.length > 5000);
    const parts = splitText(long);
    assert.ok(parts.length >= 3);
    for (const p of parts) assert.ok(p.length <= MAX_TEXT, `${p.length}`);
    assert.equal(parts.join(' ').replace(/\s+/g, ' '), long.replace(/\s+/g, ' '), 'nothing lost or reordered');
    for (const p of parts.slice(0, -1)) assert.match(p, /[.!?:]$/, 'each part ends at a sentence');
    const oneWord = splitText('x'.repeat(4500));
    assert.deepEqual(
      oneWord.map((p) => p.length),
      [2000, 2000, 500],
    );
  });

  it('turns more than 10 choices (or long titles) into a numbered list, and a number back into the choice', () => {
    const titles = [
      'Noise',
      'Rowdy behaviour',
      'Harassment, threats',
      'Drugs',
      'Vehicles',
      'Fly-tipping, litter',
      'Damage',
      'Violence',
      'Abuse at home',
      'Exploitation, gangs',
      'Extremism',
      'Something else',
    ];
    const { activities, numbered } = applyOutboundRules({
      type: 'message',
      text: 'Which is closest? Pick one.',
      suggestedActions: { to: [], actions: titles.map((t) => ({ type: 'imBack', title: t, value: t })) },
    });
    assert.equal(activities.length, 1);
    assert.equal(activities[0]!.suggestedActions, undefined);
    assert.match(
      activities[0]!.text!,
      /^Which is closest\? Pick one\.\n\n1\. Noise\n2\. Rowdy behaviour\n[\s\S]*12\. Something else\n\nReply with a number or the words\.$/,
    );
    assert.deepEqual(numbered, titles);
    const answer: Partial<Activity> = { type: 'message', channelId: 'facebook', text: '12' };
    normaliseInbound(answer, numbered);
    assert.equal(answer.text, 'Something else');
    const outOfRange: Partial<Activity> = { type: 'message', text: '13' };
    normaliseInbound(outOfRange, numbered);
    assert.equal(outOfRange.text, '13');
  });

  it('sends Adaptive Cards as words, hero cards with at most 3 buttons, links as plain URLs', () => {
    const { activities } = applyOutboundRules({
      type: 'message',
      text: 'See [our privacy page](https://report.example/privacy).',
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', fallbackText: 'Call 101 for the police.' } },
        {
          contentType: 'application/vnd.microsoft.card.hero',
          content: { title: 'Help', buttons: [1, 2, 3, 4].map((n) => ({ type: 'imBack', title: `Option ${n}`, value: `o${n}` })) },
        },
      ],
    });
    const a = activities[0]!;
    assert.match(
      a.text!,
      /^See our privacy page \(https:\/\/report\.example\/privacy\)\.\n\nCall 101 for the police\.\n\n1\. Option 1\n2\. Option 2\n3\. Option 3\n4\. Option 4/,
    );
    assert.deepEqual(
      a.attachments!.map((x) => x.contentType),
      ['application/vnd.microsoft.card.hero'],
    );
    assert.deepEqual((a.attachments![0]!.content as { buttons: unknown[] }).buttons, []);
  });

  it('ignores echoes and receipts; reads quick-reply payloads, Get Started and stickers', () => {
    assert.equal(normaliseInbound({ type: 'message', channelData: { message: { is_echo: true } } }), 'ignore');
    assert.equal(normaliseInbound({ type: 'event', channelData: { delivery: { mids: ['m1'] } } }), 'ignore');
    assert.equal(normaliseInbound({ type: 'event', channelData: { read: { watermark: 1 } } }), 'ignore');
    const quick: Partial<Activity> = { type: 'message', text: 'Yes 👍', channelData: { message: { quick_reply: { payload: 'yes' } } } };
    assert.equal(normaliseInbound(quick), 'normal');
    assert.equal(quick.text, 'yes');
    assert.equal(normaliseInbound({ type: 'message', channelData: { postback: { payload: 'GET_STARTED' } } }), 'get_started');
    assert.equal(normaliseInbound({ type: 'event', name: 'postback', value: 'GET_STARTED' }), 'get_started');
    // A sticker is not an answer, even when the channel put something in its text ("1" would pick the first choice).
    const like: Partial<Activity> = { type: 'message', text: '1', channelData: { message: { sticker_id: 369239263222822 } } };
    assert.equal(normaliseInbound(like, ['Yes', 'No']), 'normal');
    assert.equal(like.text, '');
    const typed: Partial<Activity> = { type: 'message', text: '1', channelData: { message: {} } };
    normaliseInbound(typed, ['Yes', 'No']);
    assert.equal(typed.text, 'Yes', 'the same number typed is an answer');
  });
});

describe('Messenger end to end over HTTP (Messenger-shaped activities)', function () {
  this.timeout(60_000);
  const ctx = useApp();

  it('a whole hate-incident report: privacy notice first, payloads and numbers understood, no PSID anywhere', async () => {
    const r = new MessengerResident(ctx.app.url);
    const hello = all(await r.getStarted());
    assert.match(hello, /not for emergencies/);
    assert.match(hello, /Meta \(Facebook\) can see Messenger conversations/);
    assert.match(hello, /stays anonymous/);
    assert.match(hello, /01322 343434/);
    assert.match(all(await r.tap('Report something')), /own words/);
    assert.match(
      all(await r.say('A man on my road keeps shouting racist abuse at my kids and told us to go back to our own country')),
      /Is that right/,
    );
    const choose = all(await r.tap('No, something else'));
    assert.match(choose, /1\. [\s\S]*12\. [\s\S]*Reply with a number or the words/, 'twelve categories as a numbered list');
    const lines = choose.split('\n');
    const harassment = lines.find((l) => /\. Harassment, threats$/.test(l))!;
    assert.match(all(await r.say(harassment.split('.')[0]!)), /because of who someone is/);
    assert.match(all(await r.tap('Yes')), /may be about: Race or nationality\. Is that right/);
    assert.match(all(await r.tap('Change or add')), /What do you think it was about/);
    assert.match(all(await r.tap('Race or nationality')), /So far: Race or nationality/);
    assert.match(all(await r.tap('That’s all')), /did you see it/);
    assert.match(all(await r.tap('It happened to me', 'It happened to me')), /When/);
    assert.match(all(await r.say('every evening')), /Where/);
    assert.match(all(await r.say('Northfleet')), /anyone involved/);
    assert.match(all(await r.tap('Skip')), /hurt/);
    // A like (thumbs-up sticker) gets a kind answer and the question again.
    const like = all(
      await r.raw(
        { message: { mid: 'm_like', sticker_id: 369239263222822 } },
        { attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/like.png' }] },
      ),
    );
    assert.match(like, /only read typed messages[\s\S]*hurt/);
    assert.match(all(await r.tap('No')), /affecting/);
    assert.match(all(await r.tap('Skip')), /anonymous/);
    assert.match(all(await r.tap('Stay anonymous')), /Shall I send it/);
    const done = all(await r.tap('Send it'));
    const reference = REFERENCE.exec(done)![0];
    assertMessengerLimits(r.sent);

    const report = await ctx.app.store.getReport(reference);
    assert.equal(report?.channel, 'facebook');
    assert.equal(report?.hate, true);
    assert.deepEqual(report?.strands, ['race']);
    assert.equal(report?.categories[0], 'intimidation');
    assert.deepEqual(report?.queues, ['kent-police-hate-crime', 'gravesham-csu']);
    const stored = JSON.stringify({
      report,
      deliveries: await ctx.app.store.deliveries(reference),
      outbox: await ctx.app.store.db.selectFrom('outbox').selectAll().execute(),
      state: await ctx.app.store.db.selectFrom('bot_state').selectAll().execute(),
    });
    for (const canary of [PSID, PAGE_ID, 'm_canary']) {
      assert.ok(!stored.includes(canary), `${canary} is not in the store or the outbox`);
      assert.ok(!ctx.app.logs.text.includes(canary), `${canary} is not in the logs`);
    }
  });

  it('every prompt of every dialog obeys Messenger limits', async () => {
    const r = new MessengerResident(ctx.app.url);
    const script: Array<() => Promise<Reply[]>> = [
      () => r.getStarted(),
      () => r.say('help'),
      () => r.say('talk to someone'),
      () => r.tap('How we use info'),
      () => r.tap('Get support'),
      () => r.tap('A hate incident'),
      () => r.tap('Report something'),
      // A threat with a habit: the danger question ("Is someone in danger right now?") comes first, read by the phrases.
      () => r.say('My ex partner keeps turning up at my flat and says he will hurt me'),
      () => r.tap('No'),
      () => r.tap('Yes, that’s right'),
      () => r.tap('It happened to me'),
      () => r.say('yesterday'),
      () => r.say('DA13 9AA'),
      () => r.tap('Gravesham'),
      () => r.tap('Yes'),
      () => r.tap('Give contact details'),
      () => r.say('pat@example.org'),
      () => r.tap('No'),
      () => r.tap('Change something'),
      () => r.tap('Where'),
      () => r.say('DA7 4QA'),
      () => r.say('he is outside my door right now with a knife'),
      () => r.tap('I’m safe, carry on'),
      () => r.tap('Send it'),
      () => r.tap('Get support'),
      () => r.tap('Abuse at home'),
      () => r.say('exit'),
    ];
    for (const step of script) await step();
    assert.ok(r.sent.length > 40, `${r.sent.length} messages checked`);
    assertMessengerLimits(r.sent);
    assert.ok(
      r.sent.some((x) => /messages here stay in your Messenger inbox/i.test(x.text)),
      'safe mode reminds Messenger users about their inbox',
    );
    assert.ok(r.sent.some((x) => /call 999/.test(x.text)));
    assert.equal((await ctx.app.store.listReports()).length, 1);
  });

  it('the same Messenger message delivered twice (same mid and activity id) creates one report', async () => {
    const r = new MessengerResident(ctx.app.url);
    await r.getStarted();
    for (const [how, text] of [
      ['tap', 'Report something'],
      ['say', 'Someone has fly tipped a sofa in the lane'],
      ['tap', 'Yes'],
      ['tap', 'No'],
      ['tap', 'I saw it'],
      ['say', 'today'],
      ['say', 'Swanscombe'],
      ['tap', 'Skip'],
      ['tap', 'No'],
      ['tap', 'Skip'],
      ['tap', 'Stay anonymous'],
    ] as const) {
      await (how === 'tap' ? r.tap(text) : r.say(text));
    }
    const send = r.fb('Send it', { quick_reply: { payload: 'Send it' } });
    const first = await r.resend(send);
    const again = await r.resend(send);
    assert.match(all(first), REFERENCE);
    assert.equal(again.length, 0);
    assert.equal((await ctx.app.store.listReports()).length, 1);
    assert.equal((await ctx.app.store.listDeliveries()).length, 1);
  });

  it('echoes, delivery and read receipts get no answer', async () => {
    const r = new MessengerResident(ctx.app.url);
    assert.equal((await r.raw({ message: { mid: 'm_echo', is_echo: true, text: 'hello' } }, { text: 'hello' })).length, 0);
    assert.equal((await r.raw({ delivery: { mids: ['m_1'], watermark: 1 } }, { type: 'event', name: 'delivery' } as Partial<Activity>)).length, 0);
    assert.equal((await r.raw({ read: { watermark: 1 } }, { type: 'event', name: 'read' } as Partial<Activity>)).length, 0);
  });
});
