import assert from 'node:assert/strict';
import type { DialogTestClient } from 'botbuilder-testing';
import { dialogFixture, say, turnContextOf, type DialogFixture } from '../fixtures/services';
import { StubClassifier, type Reading } from '../fixtures/stubClassifier';
import { REFERENCE } from '../fixtures/walk';
import { recogniseServiceQuestion } from '../../dialogs/interruptions';
import { EmbeddedDangerDetector } from '../../services/danger/embeddedDangerDetector';
import { LexicalDangerDetector } from '../../services/danger/lexicalDangerDetector';

const NOISE = 'Loud music and a party next door every weekend until 4am';
const HATE = 'Some men shouted racist abuse at a family outside the mosque and spat at them';
const READINGS: Record<string, Reading> = {
  [NOISE]: { categories: ['noise'], confidence: 1 },
  [HATE]: { categories: ['intimidation'], hate: true, strands: ['race', 'religion'], confidence: 1 },
};
const DANGER = 'he’s outside with a knife right now';
const CARRY_ON = 'I am safe now, carry on';

type Reply = Awaited<ReturnType<typeof say>>;

/** What a resident answers to each question (never danger): drives any path through the report. */
function answerTo(botText: string, o: { story: string; hate: boolean }): string {
  const rules: Array<[RegExp, string]> = [
    [/What would you like to do|anything else\?/, 'Report something'],
    [/own words/, o.story],
    [/may be about/, 'Change or add'],
    [/Is that right/, 'Yes'],
    [/Which is closest/, 'Violence'],
    [/because of who/, o.hate ? 'Yes' : 'No'],
    [/What do you think it was about/, 'Race or nationality'],
    [/So far/, 'That’s all'],
    [/did you see it/, 'I saw it'],
    [/When did it happen/, 'today'],
    [/Where did it happen/, 'Gravesend'],
    [/anyone involved/, 'Skip'],
    [/Was anyone hurt/, 'No'],
    [/affecting/, 'Skip'],
    [/stay anonymous/, 'Stay anonymous'],
    [/Shall I send it/, 'Send it'],
  ];
  const rule = rules.find(([pattern]) => pattern.test(botText));
  if (!rule) throw new Error(`no answer for: ${botText}`);
  return rule[1];
}

/** Answers until the bot's last message matches `until` (or a reference is given). */
async function driveTo(client: DialogTestClient, last: Reply, until: RegExp, o: { story: string; hate: boolean }): Promise<Reply> {
  for (let i = 0; i < 25 && !until.test(last.texts.at(-1) ?? '') && !REFERENCE.test(last.all); i++) {
    last = await say(client, answerTo(last.texts.at(-1) ?? '', o));
  }
  return last;
}

describe('danger at any step (dialogs/interruptions.ts, dangerResponse.ts)', () => {
  let fx: DialogFixture;
  beforeEach(async () => {
    fx = await dialogFixture(undefined, undefined, new StubClassifier(READINGS));
  });
  afterEach(async () => fx.close());

  const steps: Array<[name: string, question: RegExp, story: string, hate: boolean]> = [
    ['the menu', /What would you like to do/, NOISE, false],
    ['the story', /own words/, NOISE, false],
    ['the category question', /Is that right/, NOISE, false],
    ['the hate question', /because of who/, NOISE, false],
    ['the strand question', /What do you think it was about/, HATE, true],
    ['the role question', /did you see it/, NOISE, false],
    ['When?', /When did it happen/, NOISE, false],
    ['Where?', /Where did it happen/, NOISE, false],
    ['people involved', /anyone involved/, NOISE, false],
    ['anyone hurt', /Was anyone hurt/, NOISE, false],
    ['how it affects them', /affecting/, NOISE, false],
    ['contact or anonymous', /stay anonymous/, NOISE, false],
    ['the summary', /Shall I send it/, NOISE, false],
  ];
  const channels = [
    { channel: 'webchat', call999: /Call 999 now/, textphone: /textphone 18000/, carryOn: CARRY_ON },
    { channel: 'facebook', call999: /Call 999 now/, textphone: /textphone 18000/, carryOn: 'I’m safe, carry on' },
  ];
  for (const { channel, call999, textphone, carryOn } of channels)
    for (const [name, question, story, hate] of steps) {
      it(`${channel}, at ${name}: 999 and nothing else, then the words join the story, police routed, nothing in the wrong field`, async () => {
        const client = fx.client(channel);
        const atStep = await driveTo(client, await say(client, 'hi'), question, { story, hate });
        const danger = await say(client, DANGER);
        assert.match(danger.all, call999);
        assert.match(danger.all, textphone);
        assert.deepEqual(danger.buttons, [carryOn, 'Stop']);
        assert.equal(danger.texts.length, 1, `no routine question in the same breath:\n${danger.all}`);
        assert.doesNotMatch(danger.all, question);
        const carried = await say(client, carryOn);
        assert.match(carried.all, /added what you told me.*Kent Police/s);
        const done = await driveTo(client, carried, /(?!)/, { story, hate });
        assert.match(done.all, REFERENCE, `the report was sent; at the step before, the bot said: ${atStep.all}`);
        assert.match(done.all, /call 999/, 'the closing message repeats 999');
        const [report] = await fx.store.listReports();
        assert.ok(report);
        assert.ok(report.narrative.includes(DANGER), `the danger words are in the story: ${report.narrative}`);
        assert.equal(report.emergencyIndicated, true);
        assert.ok(report.queues.includes(hate ? 'kent-police-hate-crime' : 'kent-police'), `police routed: ${report.queues.join(', ')}`);
        for (const field of [report.when.text, report.where.text, report.peopleInvolved, report.impact]) assert.notEqual(field, DANGER);
      });
    }

  it('on Messenger at the category question, "he is kicking my door in right now" is not taken as "yes"', async () => {
    const client = fx.client('facebook');
    await driveTo(client, await say(client, 'hi'), /Is that right/, { story: NOISE, hate: false });
    const danger = await say(client, 'he is kicking my door in right now');
    assert.match(danger.all, /Call 999 now/);
    assert.doesNotMatch(danger.all, /\]\(tel:/, 'no Markdown on Messenger');
    assert.deepEqual(danger.buttons, ['I’m safe, carry on', 'Stop'], 'titles fit Messenger’s 20 characters');
    const draft = await fx.services.draft.get(await turnContextOf(client));
    assert.equal(draft?.category, undefined, 'the category was not confirmed by the danger message');
  });

  it('a plea that is the whole message ("call an ambulance", "send police") gets the 999 answer, at the menu and at When?', async () => {
    const atMenu = fx.client('webchat');
    await say(atMenu, 'hi');
    assert.match((await say(atMenu, 'call an ambulance')).all, /Call 999 now/);
    const atWhen = fx.client('facebook');
    await driveTo(atWhen, await say(atWhen, 'hi'), /When did it happen/, { story: NOISE, hate: false });
    assert.match((await say(atWhen, 'send police')).all, /Call 999 now/);
    // (Asked what to do, it is not a plea: "should I call the police?" at the menu is no 999 answer.)
    const asking = fx.client('webchat');
    await say(asking, 'hi');
    assert.doesNotMatch((await say(asking, 'should I call the police?')).all, /Call 999 now/);
  });

  it('after a plea alone, carrying on asks what happened; the plea opens the story, the police are routed', async () => {
    const channels = [
      ['webchat', CARRY_ON],
      ['facebook', 'I’m safe, carry on'],
    ] as const;
    for (const [channel, carryOn] of channels) {
      const client = fx.client(channel);
      await say(client, 'hi');
      assert.match((await say(client, 'send police')).all, /Call 999 now/);
      const carried = await say(client, carryOn);
      assert.match(carried.all, /Kent Police/);
      assert.match(carried.texts.at(-1) ?? '', /own words/, `${channel}: the story is asked for, not taken as "send police": ${carried.all}`);
      // The story told then may itself show danger now: the 999 answer again, and the plea still opens the story.
      assert.match((await say(client, 'the lads on the green are fighting')).all, /Call 999 now/);
      const again = await say(client, carryOn);
      assert.doesNotMatch(again.texts.at(-1) ?? '', /own words/, 'told once, the story is not asked for again');
      const done = await driveTo(client, again, /(?!)/, { story: NOISE, hate: false });
      assert.match(done.all, REFERENCE);
    }
    const reports = await fx.store.listReports();
    assert.equal(reports.length, channels.length);
    for (const report of reports) {
      assert.equal(report.narrative, 'send police\n\nthe lads on the green are fighting');
      assert.equal(report.emergencyIndicated, true);
      assert.ok(report.queues.includes('kent-police'), `police routed: ${report.queues.join(', ')}`);
    }
  });

  it('after a danger message that tells what happened, carrying on does not ask for the story again', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    assert.match((await say(client, DANGER)).all, /Call 999 now/);
    const carried = await say(client, CARRY_ON);
    assert.doesNotMatch(carried.texts.at(-1) ?? '', /own words/, carried.all);
    assert.match(carried.texts.at(-1) ?? '', /Is that right|Which is closest/);
  });

  it('possible danger asks one question: Yes gives 999; No keeps the words in the story without the police', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /When did it happen/, { story: NOISE, hate: false });
    const asked = await say(client, 'he said he would burn my house down');
    assert.match(asked.all, /Is someone in danger right now\?/);
    assert.deepEqual(asked.buttons, ['Yes, now', 'No']);
    const no = await say(client, 'No');
    assert.match(no.all, /added that to what happened/);
    assert.match(no.all, /When did it happen/, 'the interrupted question is asked again');
    const done = await driveTo(client, no, /(?!)/, { story: NOISE, hate: false });
    assert.match(done.all, REFERENCE);
    const [report] = await fx.store.listReports();
    assert.ok(report!.narrative.endsWith('he said he would burn my house down'));
    assert.equal(report!.emergencyIndicated, false);
    assert.equal(report!.when.text, 'today');
  });

  it('"Yes, now" to the danger question gives the 999 answer, with Samaritans for self-harm', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /own words/, { story: NOISE, hate: false });
    await say(client, 'my sister keeps saying she wants to end it');
    const yes = await say(client, 'Yes, now');
    assert.match(yes.all, /Call 999 now/);
    assert.match(yes.all, /Samaritans, free, any time: 116 123/);
  });

  it('"No" to the danger question after words of self-harm keeps them in the story and offers Samaritans', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /own words/, { story: NOISE, hate: false });
    assert.match((await say(client, 'my sister keeps saying she wants to end it')).all, /Is someone in danger right now\?/);
    const no = await say(client, 'No');
    assert.match(no.all, /kept that as what happened/, 'the first words of the story are kept as the story, not "added"');
    assert.match(no.all, /Samaritans, free, any time: 116 123/);
  });

  it('"No" to the danger question after other words of danger does not offer Samaritans', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /When did it happen/, { story: NOISE, hate: false });
    assert.match((await say(client, 'he said he would burn my house down')).all, /Is someone in danger right now\?/);
    const no = await say(client, 'No');
    assert.match(no.all, /added that to what happened/);
    assert.doesNotMatch(no.all, /Samaritans/);
  });

  it('typed in the resident\'s own words, "I\'m safe now, carry on" carries on (it also holds "now", a way to say "Yes, now")', async () => {
    for (const [channel, typed] of [
      ['webchat', "I'm safe now, carry on"],
      ['facebook', 'im safe now thanks, carry on'],
    ] as const) {
      const client = fx.client(channel);
      await driveTo(client, await say(client, 'hi'), /When did it happen/, { story: NOISE, hate: false });
      assert.match((await say(client, DANGER)).all, /Call 999 now/);
      const carried = await say(client, typed);
      assert.match(carried.all, /added what you told me.*Kent Police/s, `${channel}: ${carried.all}`);
      assert.match(carried.all, /When did it happen/, 'the interrupted question is asked again');
    }
  });

  it('to "Is someone in danger right now?", "no, he\'s gone now" is a no and "I\'m safe now, carry on" carries on without the police', async () => {
    for (const typed of ["no, he's gone now", "I'm safe now, carry on"]) {
      const client = fx.client('webchat');
      await driveTo(client, await say(client, 'hi'), /When did it happen/, { story: NOISE, hate: false });
      assert.match((await say(client, 'he said he would burn my house down')).all, /Is someone in danger right now\?/);
      const reply = await say(client, typed);
      assert.doesNotMatch(reply.all, /Call 999 now/, typed);
      assert.match(reply.all, /added that to what happened/, `${typed}: ${reply.all}`);
    }
  });

  it('Stop ends the chat and keeps nothing', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /When did it happen/, { story: NOISE, hate: false });
    await say(client, DANGER);
    const stopped = await say(client, 'Stop');
    assert.match(stopped.all, /Nothing has been sent.*call 999/s);
    assert.equal(await fx.services.draft.get(await turnContextOf(client)), undefined);
    assert.equal((await fx.store.listReports()).length, 0);
  });

  it('more words after the 999 answer are kept for the story, and the buttons offered again', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /Where did it happen/, { story: NOISE, hate: false });
    await say(client, DANGER);
    const more = await say(client, 'he has gone round the back');
    assert.match(more.all, /call 999 now if you can/i);
    assert.deepEqual(more.buttons, [CARRY_ON, 'Stop']);
    await say(client, CARRY_ON);
    const draft = await fx.services.draft.get(await turnContextOf(client));
    assert.ok(draft?.narrative?.endsWith(`${DANGER}\nhe has gone round the back`));
  });
});

describe('words about the question, typed at a choice (the danger model reads descriptions)', () => {
  // The shipped phrases, and a model that reads danger in every message: only where the model is read shows.
  const alwaysDanger = new EmbeddedDangerDetector(LexicalDangerDetector.shared(), () => 1);
  const WORDS = 'not sure to be honest';
  let fx: DialogFixture;
  beforeEach(async () => {
    fx = await dialogFixture(undefined, undefined, new StubClassifier(READINGS), alwaysDanger);
  });
  afterEach(async () => fx.close());

  it('at a choice, a few words are an answer, not a description: no danger question, the choices explained', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    assert.match((await say(client, NOISE)).all, /Is someone in danger right now\?/, 'the story at the menu is read by the model');
    await driveTo(client, await say(client, 'No'), /did you see it/, { story: NOISE, hate: false });
    const reply = await say(client, WORDS);
    assert.doesNotMatch(reply.all, /Is someone in danger right now\?/);
    assert.match(reply.all, /could not match that to one of the choices/);
  });

  it('at the menu, the same words are read as the start of a story (the model may ask)', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    assert.match((await say(client, WORDS)).all, /Is someone in danger right now\?/);
  });
});

describe('the resident’s words at any prompt', () => {
  let fx: DialogFixture;
  beforeEach(async () => {
    fx = await dialogFixture(undefined, undefined, new StubClassifier(READINGS));
  });
  afterEach(async () => fx.close());

  it('a story typed at the first menu starts a report with it, even with numbers in it', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    const story = 'The people in the flat above have loud music and parties every night until 3 or 4am and I cannot sleep';
    const next = await say(client, story);
    assert.doesNotMatch(next.all, /Your report goes only to the teams/, 'not the privacy notice');
    assert.match(next.all, /Is that right|Which is closest/);
    assert.equal((await fx.services.draft.get(await turnContextOf(client)))?.narrative, story);
  });

  it('the strand question offers what the words point to: "because I use a wheelchair" → disability (the real classifier)', async () => {
    const real = await dialogFixture();
    try {
      const client = real.client('webchat');
      await say(client, 'hi');
      await say(client, 'Report something');
      const read = await say(client, 'They laugh at me and call me names because I use a wheelchair');
      assert.match(read.all, /Is that right/);
      assert.match((await say(client, 'Yes')).all, /because of who someone is/);
      assert.match((await say(client, 'Yes')).all, /may be about: Disability\. Is that right/);
      assert.match((await say(client, 'Yes, that’s right')).all, /did you see it/);
      assert.deepEqual((await real.services.draft.get(await turnContextOf(client)))?.strands, ['disability']);
    } finally {
      await real.close();
    }
  });

  it('"I just want someone to talk to" gets the phone numbers, not a report', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    const talk = await say(client, 'I just want someone to talk to');
    assert.match(talk.all, /You can talk to someone/);
    assert.equal(await fx.services.draft.get(await turnContextOf(client)), undefined);
  });

  it('a short question about the service, at the menu or instead of the story, is answered and the question asked again', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    const followUp = await say(client, 'I reported something last week, reference DG-4TQ7M-2KXPA, has anything happened');
    assert.match(followUp.all, /cannot look up a report in this chat.*quote your reference/s);
    assert.match(followUp.all, /What would you like to do\?/);
    assert.equal(await fx.services.draft.get(await turnContextOf(client)), undefined, 'no report started');
    const privacy = await say(client, "do you share my details with the person I'm reporting?");
    assert.match(privacy.all, /never sent to the person you report.*You can stay anonymous/s);
    const scope = await say(client, 'what counts as anti social behaviour?');
    assert.match(scope.all, /You can report anti-social behaviour here: noise.*What would you like to do\?/s);
    const handIn = await say(client, "I found my grandad's old army bayonet in a drawer, should I hand it in?");
    assert.match(handIn.all, /To hand in a knife.*101.*What would you like to do\?/s);
    assert.doesNotMatch(handIn.all, /Call 999 now|Is someone in danger/);
    // (Forty-fifth session: a parent's question about knives was taken as the start of a report.)
    const worried = await say(client, 'how can parents tell if their child is carrying a knife? any signs to look for');
    assert.match(worried.all, /worried a young person carries a knife.*101.*Crimestoppers.*0800 555 111.*What would you like to do\?/s);
    assert.doesNotMatch(worried.all, /Call 999 now|Is someone in danger|Which is closest/);
    assert.equal(await fx.services.draft.get(await turnContextOf(client)), undefined, "a parent's question starts no report");
    const law = await say(client, 'is it illegal to carry a pocket knife for fishing?');
    assert.match(law.all, /cannot give advice about the law.*101.*What would you like to do\?/s);
    assert.equal(await fx.services.draft.get(await turnContextOf(client)), undefined, 'a question of law starts no report');
    await say(client, 'Report something');
    const change = await say(client, 'I made a mistake in my report, I put the wrong street, how do I change it');
    assert.match(change.all, /cannot be changed here once it is sent/);
    assert.match(change.all, /own words/, 'the story is asked for again');
    const story = 'The people upstairs play loud music every night until 3am and I cannot sleep';
    await say(client, story);
    assert.equal((await fx.services.draft.get(await turnContextOf(client)))?.narrative, story, 'the story is the story, not the question');
  });

  it('tells a question about the service from a story that asks something', () => {
    const cases: Array<[string, string | undefined]> = [
      ['I reported something last week, reference DG-4TQ7M-2KXPA, has anything happened', 'followUp'],
      ['has anyone looked at my report about the dog mess yet?', 'followUp'],
      ['how long do you keep my report for', 'privacy'],
      ['can I stay anonymous?', 'privacy'],
      ['is this chat monitored?', 'privacy'],
      ['will they know it was me who reported them', 'privacy'],
      ['can I delete my report', 'change'],
      ['what counts as anti social behaviour', 'scope'],
      ['what can I report on here, is it just noise or other stuff too', 'scope'],
      // What the law says (were taken as the start of a report).
      ['is it illegal to carry a pocket knife for fishing?', 'law'],
      ['is shouting at a traffic warden a crime?', 'law'],
      ['Does a BB gun count as a weapon?', 'law'],
      ['is there a law about noise after 11pm?', 'law'],
      ['can I get arrested for filming someone who is harassing me?', 'law'],
      // How to be rid of a weapon (were taken as the start of a report).
      ["I found my grandad's old army bayonet in a drawer, should I hand it in?", 'handIn'],
      ['where can I hand in a knife?', 'handIn'],
      ['my late husband had a shotgun in the loft, how do I surrender it?', 'handIn'],
      ['what do I do with a sword I found when clearing my mums house?', 'handIn'],
      ['is it illegal to keep an old bayonet, should I hand it in?', 'handIn'],
      // An adult worried about a young person and knives or gangs (were taken as the start of a report; forty-fifth
      // session).
      ['how can parents tell if their child is carrying a knife? any signs to look for', 'youngPersonAtRisk'],
      ['how do I talk to my daughter about knife crime?', 'youngPersonAtRisk'],
      ['any advice for parents worried their kids are getting involved in gangs?', 'youngPersonAtRisk'],
      ['what should I say to my son about carrying a knife?', 'youngPersonAtRisk'],
      // Stories, and questions that are reports.
      ['my son keeps coming home with new trainers and I think a gang is using him, what can I do?', undefined],
      ['my neighbour keeps a gun in his shed, is that allowed?', undefined],
      ['kids keep throwing shells at the windows, what can I do?', undefined],
      ['is this the right place to report a pothole on the A2 slip road', undefined],
      ['someone sent me anonymous messages calling me names, what can I do?', undefined],
      ['this is private land, can they park there?', undefined],
      ['my neighbour parks on the pavement every day, is that allowed?', undefined],
      ['is it ok for my neighbour to play music until 4am every night?', undefined],
      ['the lads came back again last night and smashed the bus shelter', undefined],
      ["can I report my neighbour, he keeps playing loud music every night until 4am and I really don't want him to know it was me?", undefined],
    ];
    assert.deepEqual(
      cases.map(([text]) => [text, recogniseServiceQuestion(text)]),
      cases,
    );
  });

  it('a story of one word, an emoji, "skip", a thank-you or a hello is asked for once more, kindly', async () => {
    for (const short of ['🙁', 'skip', 'noise', 'thank you so much for this service, you were very helpful last time', 'hello, is anyone there?']) {
      const client = fx.client(`webchat-${short}`);
      await say(client, 'hi');
      await say(client, 'Report something');
      const again = await say(client, short);
      assert.match(again.all, /a little more about what happened/, short);
      const second = await say(client, short);
      assert.doesNotMatch(second.all, /a little more/, 'asked only once more');
    }
  });

  it('"no" at "Shall I send it?" asks once more before anything is deleted', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /Shall I send it/, { story: NOISE, hate: false });
    const asked = await say(client, 'no');
    assert.match(asked.all, /Delete this report, or change something\?/);
    assert.ok(await fx.services.draft.get(await turnContextOf(client)), 'nothing deleted yet');
    const sent = await say(client, 'Send it');
    assert.match(sent.all, REFERENCE);
  });

  it('a sentence at a choice that is none of the choices gets the choices explained', async () => {
    const client = fx.client('webchat');
    await driveTo(client, await say(client, 'hi'), /did you see it/, { story: NOISE, hate: false });
    const reply = await say(client, 'well it is complicated because my neighbour told me about it last week');
    assert.match(reply.all, /could not match that to one of the choices.*It happened to me/s);
    assert.doesNotMatch(reply.all, /talk to someone/, 'the first time, only the choices');
    const again = await say(client, 'I am not sure what you mean by that question to be honest');
    assert.match(again.all, /could not match that.*If none of these fits, type "talk to someone"/s);
    const help = await say(client, 'talk to someone');
    assert.match(help.all, /Samaritans/);
  });
});
