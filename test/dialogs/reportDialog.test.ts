import assert from 'node:assert/strict';
import type { DialogTestClient } from 'botbuilder-testing';
import { dialogFixture, say, turnContextOf, type DialogFixture } from '../fixtures/services';
import { StubClassifier, type Reading } from '../fixtures/stubClassifier';
import { anonymousReport, REFERENCE, walkWith, type Step } from '../fixtures/walk';

const walk = async (client: DialogTestClient, steps: Step[]) => ({ all: await walkWith(async (t) => (await say(client, t)).all, steps) });

/** How the stub classifier reads each story in these tests (the flow is under test here, not the model). */
const READINGS: Record<string, Reading> = {
  'Drug dealing from a car in the car park every evening': { categories: ['drugs'], confidence: 1 },
  'Loud music and a party next door every weekend until 4am': { categories: ['noise'], confidence: 1 },
  'Some men shouted racist abuse at a family outside the mosque and spat at them': {
    categories: ['intimidation'],
    hate: true,
    strands: ['race', 'religion'],
    confidence: 1,
  },
  'They called my brother names because of his wheelchair and his skin colour': {
    categories: ['intimidation'],
    hate: true,
    strands: ['race', 'disability'],
    confidence: 0.96,
  },
  'Someone dumped a mattress and bin bags in the alley behind my house': { categories: ['environmental'], confidence: 1 },
  'There is loud music from the flat upstairs every night': { categories: ['noise'], confidence: 1 },
  'Kids keep kicking footballs at my car': { categories: ['rowdy', 'vehicles'], confidence: 0.53 },
  'Graffiti all over the bus shelter': { categories: ['environmental'], confidence: 0.79 },
  'Youths drinking and shouting in the park every night': { categories: ['rowdy'], confidence: 1 },
  'Someone smashed my car window': { categories: ['damage'], confidence: 1 },
  'People revving motorbikes and racing up and down the road': { categories: ['vehicles'], confidence: 1 },
  'Fly tipping on the verge again': { categories: ['environmental'], confidence: 0.97 },
  'Dog mess all over the pavement': { categories: ['environmental'], confidence: 0.96 },
  'Someone keeps spray painting tags on the wall of the community centre': { categories: ['environmental'], confidence: 0.93 },
  'The man at number 4 plays loud music all night, my number is 07700 900123 if needed': { categories: ['noise'], confidence: 1 },
  'Fly tipping behind the shops, the van was registered to a company, 01474 123456 on the side': { categories: ['environmental'], confidence: 0.81 },
  'Mój sąsiad codziennie w nocy puszcza bardzo głośną muzykę i nie mogę spać': { categories: ['intimidation'], confidence: 0.39 },
  'My partner hits me and checks my phone': { categories: ['domestic_abuse'], confidence: 0.99 },
  'Older lads on the estate are getting kids to run drugs for them': { categories: ['drugs'], confidence: 0.95 },
};

describe('report dialog (DialogTestClient, a stub classifier, SQLite store)', () => {
  let fx: DialogFixture;
  beforeEach(async () => {
    fx = await dialogFixture(undefined, undefined, new StubClassifier(READINGS));
  });
  afterEach(async () => fx.close());

  /** A new conversation about a smashed car window, as far as "When did it happen?". */
  async function atWhen() {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Someone smashed my car window', /Is that right/],
      ['Yes', /because of who/],
      ['No', /did you see it/],
      ['It happened to me', /When did it happen/],
    ]);
    return client;
  }

  async function onlyReport() {
    const reports = await fx.store.listReports();
    assert.equal(reports.length, 1, 'exactly one report stored');
    return reports[0]!;
  }

  /** A noise report, from the menu to the impact question. */
  const NOISE_UP_TO_IMPACT: Step[] = [
    ['Report something', /in your own words/],
    ['Loud music and a party next door every weekend until 4am', /noise.*Is that right/s],
    ['Yes, that’s right', /because of who someone is/],
    ['No', /happen to you, or did you see it/],
    ['It happened to me', /When did it happen/],
    ['It keeps happening', /Where did it happen/],
    ['DA12 1AB', /anyone involved/],
    ['Skip', /anyone hurt/i],
    ['No', /how is this affecting you/],
  ];

  it('files an anonymous ASB (noise) report and routes it to the borough environment team', async () => {
    const client = fx.client();
    const first = await say(client, 'hi');
    assert.match(first.all, /not for emergencies/);
    assert.match(first.all, /999/);
    assert.match(first.all, /anti-social behaviour \(ASB\)/);
    assert.deepEqual(first.buttons, ['Report something', 'Get support', 'How we use info']);
    const last = await walk(client, [
      ...NOISE_UP_TO_IMPACT,
      ['I cannot sleep', /stay anonymous/],
      ['Stay anonymous', /Here is your report.*Gravesham.*Shall I send it/s],
      ['Send it', REFERENCE],
    ]);
    assert.match(last.all, /Gravesham environmental enforcement/);
    assert.match(last.all, /These services can help/);
    const report = await onlyReport();
    assert.equal(report.reference, REFERENCE.exec(last.all)![0]);
    assert.deepEqual(report.categories[0], 'noise');
    assert.equal(report.hate, false);
    assert.deepEqual(report.strands, []);
    assert.equal(report.reporterRole, 'victim');
    assert.equal(report.when.ongoing, true);
    assert.deepEqual(report.where, { text: 'DA12 1AB', postcode: 'DA12 1AB', borough: 'gravesham' });
    assert.equal(report.peopleInvolved, undefined);
    assert.equal(report.impact, 'I cannot sleep');
    assert.equal(report.injured, 'no');
    assert.equal(report.anonymous, true);
    assert.equal(report.contact, undefined);
    assert.deepEqual(report.queues, ['gravesham-environment']);
    assert.ok(report.signposted.includes('gravesham-council'));
    assert.equal(report.classification.confirmedByResident, true);
    assert.equal(report.channel, 'test');
    const deliveries = await fx.store.deliveries(report.reference);
    // The shipped configuration keeps every queue in the store: delivered as soon as it is stored.
    assert.deepEqual(
      deliveries.map((d) => [d.queueId, d.idempotencyKey, d.status]),
      [['gravesham-environment', `${report.reference}:gravesham-environment`, 'delivered']],
    );
  });

  it('files a hate incident as a witness with two strands and routes it to hate crime police and the CSU once', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Some men shouted racist abuse at a family outside the mosque and spat at them', /Is that right/],
      ['No, something else', /Which is closest/],
      ['Harassment, threats', /because of who someone is/],
      ['Yes', /may be about: Race or nationality, Religion or belief\. Is that right/],
      ['Change or add', /What do you think it was about/],
      ['Race or nationality', /So far: Race or nationality/],
      ['Religion or belief', /So far: Race or nationality, Religion or belief/],
      ['That’s all', /did you see it/],
      ['I saw it', /When did it happen/],
      ['yesterday at 3pm', /Where/],
      ['Dartford town centre', /anyone involved/],
      ['Two men in their 30s', /hurt/],
      ['Prefer not to say', /affecting/],
      ['Skip', /anonymous/],
      ['Stay anonymous', /Because of who someone is: Yes \(race or nationality, religion or belief\)/],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.equal(report.hate, true);
    assert.deepEqual(report.strands, ['race', 'religion']);
    assert.equal(report.reporterRole, 'witness');
    assert.equal(report.categories[0], 'intimidation');
    assert.equal(report.where.borough, 'dartford');
    assert.equal(report.when.start, '2026-11-25T15:00:00.000Z');
    assert.equal(report.injured, 'not_said');
    assert.equal(report.peopleInvolved, 'Two men in their 30s');
    assert.deepEqual(report.queues, ['kent-police-hate-crime', 'dartford-csu']);
    assert.ok(report.signposted.includes('tell-mama'), `signposts ${report.signposted.join(', ')}`);
    assert.ok(!report.signposted.includes('cst'), 'the antisemitism line is not offered when nothing points to it');
  });

  it('offers the strands the words point to, and takes them when the resident agrees', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['They called my brother names because of his wheelchair and his skin colour', /Is that right/],
      ['Yes', /because of who someone is/],
      ['Yes', /may be about: Race or nationality, Disability\. Is that right/],
      ['Yes, that’s right', /did you see it/],
    ]);
    const draft = await fx.services.draft.get(await turnContextOf(client));
    assert.deepEqual(draft?.strands, ['race', 'disability']);
  });

  it('takes strands typed together ("race and disability")', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['They called my brother names because of his wheelchair and his skin colour', /Is that right|Which is closest/],
    ]);
    // Whatever the reading, choose harassment.
    await say(client, 'No, something else');
    await walk(client, [
      ['Harassment, threats', /because of who someone is/],
      ['Yes', /may be about/],
      ['Change or add', /What do you think it was about/],
      ['race and disability', /did you see it/],
    ]);
    const draft = await fx.services.draft.get(await turnContextOf(client));
    assert.deepEqual(draft?.strands, ['race', 'disability']);
  });

  it('records contact details when the resident chooses to give them', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Someone dumped a mattress and bin bags in the alley behind my house', /fly-tipping.*Is that right/s],
      ['Yes', /because of who someone is/],
      ['No', /did you see it/],
      ['I saw it', /When/],
      ['last night', /Where/],
      ['DA9 9XX', /anyone involved/],
      ['A white van', /hurt/],
      ['No', /affecting/],
      ['It smells', /anonymous/],
      ['Give contact details', /what name/],
      ['Pat Example', /phone number or email/],
      ['not a number', /does not look like a UK phone number/],
      ['pat@example.org', /safe to leave you a message/],
      ['Yes', /good time/],
      ['Weekday mornings', /Contact: Pat Example, pat@example.org; safe to leave a message: yes; best time: Weekday mornings/],
      ['Send it', /Someone may contact you.*ASB Case Review/s],
    ]);
    const report = await onlyReport();
    assert.equal(report.anonymous, false);
    assert.deepEqual(report.contact, { name: 'Pat Example', email: 'pat@example.org', safeToLeaveMessage: true, bestTime: 'Weekday mornings' });
    assert.equal(report.categories[0], 'environmental');
    assert.deepEqual(report.queues, ['dartford-environment']);
  });

  it('lets the resident correct the classifier, and the correction wins', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['There is loud music from the flat upstairs every night', /noise.*Is that right/s],
      ['No, something else', /Which is closest/],
      ['Drugs', /because of who someone is/],
    ]);
    await completeRest(client);
    const report = await onlyReport();
    assert.equal(report.categories[0], 'drugs');
    assert.ok(report.categories.includes('noise'), 'the classifier reading is kept after the correction');
    assert.deepEqual(report.classification.categories[0], 'noise');
    assert.equal(report.classification.confirmedByResident, false);
    assert.deepEqual(report.queues, ['kent-police', 'gravesham-csu']);
  });

  it('starts again: the draft is dropped and the menu shown', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Graffiti all over the bus shelter', /Is that right/],
    ]);
    const again = await say(client, 'start again');
    assert.match(again.all, /start again\. Nothing from before was sent/);
    assert.match(again.all, /What would you like to do/);
    assert.equal(await fx.services.draft.get(await turnContextOf(client)), undefined);
    const next = await say(client, 'Report something');
    assert.match(next.all, /own words/);
    assert.equal((await fx.store.listReports()).length, 0);
  });

  it('exits: conversation state is cleared and the resident is told so', async () => {
    const storage = new (await import('botbuilder')).MemoryStorage();
    await fx.close();
    fx = await dialogFixture(undefined, storage, new StubClassifier(READINGS));
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Drug dealing from a car in the car park every evening', /Is that right/],
    ]);
    const bye = await say(client, 'exit');
    assert.match(bye.all, /cleared what you wrote/);
    const stored = JSON.stringify((storage as unknown as { memory: Record<string, unknown> }).memory);
    assert.doesNotMatch(stored, /Drug dealing/, 'nothing the resident wrote is left in conversation state');
    const hello = await say(client, 'hello');
    assert.match(hello.all, /This is not for emergencies/, 'a new conversation starts with the welcome');
    assert.equal((await fx.store.listReports()).length, 0);
  });

  it('says kindly that a postcode is outside the area, names who covers it, and routes to triage', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Youths drinking and shouting in the park every night', /Is that right/],
      ['Yes', /because of who/],
      ['No', /did you see it/],
      ['I saw it', /When/],
      ['Not sure', /Where/],
    ]);
    const outside = await say(client, 'DA7 4QA');
    assert.match(outside.all, /outside Dartford and Gravesham/);
    assert.match(outside.all, /Bexley/);
    assert.match(outside.all, /Metropolitan Police/);
    assert.match(outside.all, /anyone involved/);
    await walk(client, [
      ['Skip', /hurt/],
      ['No', /affecting/],
      ['Skip', /anonymous/],
      ['Stay anonymous', /outside our area/],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.equal(report.where.borough, 'outside');
    assert.equal(report.where.postcode, 'DA7 4QA');
    assert.deepEqual(report.queues, ['csp-triage']);
    assert.equal(report.when.text, 'Not sure');
    assert.equal(report.when.start, undefined);
  });

  it('asks again when a postcode is not valid, and asks the borough when a postcode is shared', async () => {
    const client = await atWhen();
    await walk(client, [['two weeks ago', /Where/]]);
    const bad = await say(client, 'DA11 0Q');
    assert.match(bad.all, /does not look like a full postcode/);
    assert.match(bad.all, /Please try again, or type the street or place name/);
    const shared = await say(client, 'DA13 9AA');
    assert.match(shared.all, /Is that in Dartford or Gravesham/);
    assert.deepEqual(shared.buttons, ['Dartford', 'Gravesham', 'Somewhere else', 'Not sure']);
    await walk(client, [
      ['Gravesham', /anyone involved/],
      ['Skip', /hurt/],
      ['No', /affecting/],
      ['Skip', /anonymous/],
      ['Stay anonymous', /DA13 9AA \(Gravesham\)/],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.deepEqual(report.where, { text: 'DA13 9AA', postcode: 'DA13 9AA', borough: 'gravesham' });
    assert.deepEqual(report.queues, ['gravesham-csu']);
    assert.equal(report.when.start, '2026-11-12T00:00:00.000Z');
  });

  it('keeps a place typed at When as where it happened, and asks When again; a time typed at Where is asked again once', async () => {
    const client = await atWhen();
    const place = await say(client, 'outside the Co-op on Parrock Street');
    assert.match(place.all, /kept that as where it happened.*When did it happen/s);
    assert.deepEqual(place.buttons, ['Today', 'Yesterday', 'It keeps happening', 'Not sure']);
    // Where is not asked again: only the area, which the street does not settle.
    await walk(client, [
      ['two weeks ago', /Which area is that in/],
      ['Gravesham', /anyone involved/],
      ['Skip', /hurt/],
      ['No', /affecting/],
      ['Skip', /anonymous/],
      ['Stay anonymous', /Send it|Shall I send/],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.deepEqual(report.where, { text: 'outside the Co-op on Parrock Street', borough: 'gravesham' });
    assert.equal(report.when.text, 'two weeks ago');
    assert.equal(report.when.start, '2026-11-12T00:00:00.000Z');

    const second = await atWhen();
    await walk(second, [['Yesterday', /Where did it happen/]]);
    const time = await say(second, 'about 7pm');
    assert.match(time.all, /sounds like when it happened.*Where did it happen/s);
    // Asked once: the same answer again is taken as it is.
    assert.match((await say(second, 'about 7pm')).all, /Which area is that in/);
  });

  it('lets every optional question be skipped', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['People revving motorbikes and racing up and down the road', /Is that right/],
      ['Yes', /because of who/],
      ['Not sure', /did you see it/],
      ['Prefer not to say', /When/],
      ['Not sure', /Where/],
      ['somewhere near the river', /Which area is that in/],
      ['Not sure', /anyone involved/],
      ['Skip', /hurt/],
      ['Prefer not to say', /affecting/],
      ['Skip', /anonymous/],
      ['Give contact details', /what name/],
      ['Skip', /phone number or email/],
      ['07700 900 123', /safe to leave/],
      ['No', /good time/],
      // The summary gives "Not sure" as the resident's answer to the hate question, not "No" (it is filed as not hate).
      ['Skip', /Because of who someone is: Not sure.*Contact: 07700900123; safe to leave a message: no/s],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.equal(report.peopleInvolved, undefined);
    assert.equal(report.impact, undefined);
    assert.equal(report.reporterRole, 'not_said');
    assert.equal(report.injured, 'not_said');
    assert.equal(report.hate, false);
    assert.equal(report.where.borough, 'unknown');
    assert.deepEqual(report.queues, ['csp-triage']);
    assert.deepEqual(report.contact, { phone: '07700900123', safeToLeaveMessage: false });
  });

  it('goes back one question, and changes an answer at the summary', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Fly tipping on the verge again', /Is that right/],
      ['Yes', /because of who/],
      ['No', /did you see it/],
      ['I saw it', /When/],
      ['back', /going back one question.*did you see it/s],
      ['It happened to me', /When/],
      ['today', /Where/],
      ['Meopham', /anyone involved/],
      ['Skip', /hurt/],
      ['No', /affecting/],
      ['Skip', /anonymous/],
      ['Stay anonymous', /Your part in it: It happened to me/],
      ['Change something', /What would you like to change/],
      ['Where', /Where did it happen/],
      ['Stone', /Where: Stone \(Dartford\)/],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.equal(report.reporterRole, 'victim');
    assert.equal(report.where.borough, 'dartford');
    assert.deepEqual(report.queues, ['dartford-environment']);
  });

  it('answers help and talk to someone, then asks the same question again', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await say(client, 'Report something');
    const help = await say(client, 'help');
    // Someone frightened may type "help" alone: the 999 line comes first.
    assert.match(help.all, /^If you or someone else is in danger now, call 999 \(textphone 18000\)/);
    assert.match(help.all, /back: go back one question/);
    assert.match(help.all, /in your own words/);
    const talk = await say(client, 'talk to someone');
    assert.match(talk.all, /01322 343434/);
    assert.match(talk.all, /01474 564422/);
    assert.match(talk.all, /101/);
    assert.match(talk.all, /in your own words/);
  });

  it('does not send when the resident says so at the summary', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Dog mess all over the pavement', /Is that right/],
    ]);
    await say(client, 'Yes');
    await completeRest(client, { skipHate: false, finish: 'Don’t send' });
    assert.equal((await fx.store.listReports()).length, 0);
  });

  it('takes a story typed at the menu as the start of a report', async () => {
    const client = fx.client();
    await say(client, 'hi');
    const r = await say(client, 'Someone keeps spray painting tags on the wall of the community centre');
    assert.match(r.all, /graffiti.*Is that right/s);
  });

  it('answers a thank-you typed at the menu kindly and shows the menu again, without starting a report', async () => {
    const client = fx.client();
    await say(client, 'hi');
    for (const thanks of [
      'thanks',
      'Thank you so much for your help!! 🙏',
      'ok cheers x',
      'thank you for this service, you were very helpful last time',
    ]) {
      const r = await say(client, thanks);
      assert.match(r.all, /You’re welcome\..*Is there anything else\?/s, thanks);
      assert.deepEqual(r.buttons, ['Report something', 'Get support', 'How we use info']);
    }
    // A long hello is not a story either: a hello back, then the menu again.
    const hello = await say(client, 'Hello, is anyone there?');
    assert.match(hello.all, /Hello\. This is an automated service.*Please choose one/s);
    assert.doesNotMatch(hello.all, /Which is closest|Is that right/);
    // …but thanks with a story is a story: the report starts (the stub classifier does not know these words, so it asks).
    const story = await say(client, 'thanks, also someone keeps spray painting tags on the wall of the community centre');
    assert.match(story.all, /Which is closest\?/);
    assert.doesNotMatch(story.all, /welcome/);
  });

  it('"skip" typed at the contact question stays anonymous (was the choices explained again)', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ...NOISE_UP_TO_IMPACT,
      ['Skip', /stay anonymous/],
      ['skip', /Here is your report.*Shall I send it/s],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.equal(report.anonymous, true);
    assert.equal(report.contact, undefined);
  });

  it('anonymous, with a phone number and email in the words: asks, and removes exactly those', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['The man at number 4 plays loud music all night, my number is 07700 900123 if needed', /Is that right/],
      ['Yes', /because of who/],
      ['No', /did you see it/],
      ['It happened to me', /When/],
      ['last night', /Where/],
      ['Gravesend', /anyone involved/],
      ['his email is noisy.neighbour@example.org', /hurt/],
      ['No', /affecting/],
      ['Skip', /anonymous/],
    ]);
    const ask = await say(client, 'Stay anonymous');
    assert.match(ask.all, /includes these: 07700 900123, noisy\.neighbour@example\.org\. Shall I remove them/);
    assert.deepEqual(ask.buttons, ['Remove', 'Keep']);
    const summary = await say(client, 'Remove');
    assert.match(summary.all, /removed them/);
    assert.match(summary.all, /my number is \[removed\] if needed/);
    await say(client, 'Send it');
    const report = await onlyReport();
    assert.equal(report.narrative, 'The man at number 4 plays loud music all night, my number is [removed] if needed');
    assert.equal(report.peopleInvolved, 'his email is [removed]');
  });

  it('keeps personal details when the resident says keep, and does not ask when they gave contact details', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await walk(client, [
      ...anonymousReport('Fly tipping behind the shops, the van was registered to a company, 01474 123456 on the side', {
        last: /Shall I remove it/,
      }),
      ['Keep', /Shall I send it/],
      ['back', /Shall I remove it/],
      ['Keep', /Shall I send it/],
      ['Send it', REFERENCE],
    ]);
    const report = await onlyReport();
    assert.match(report.narrative, /01474 123456/);
  });

  it('offers interpreted support lines when the resident writes in another language, and records it', async () => {
    const client = fx.client();
    await say(client, 'hi');
    await say(client, 'Report something');
    const r = await say(client, 'Mój sąsiad codziennie w nocy puszcza bardzo głośną muzykę i nie mogę spać');
    assert.match(r.all, /prefer to use Polish/);
    assert.match(r.all, /National Domestic Abuse Helpline|Victim Support|Kent Police/);
    // (Danger is read in English only: 999 with an interpreter is said in the same message.)
    assert.match(r.all, /call 999 and say the name of your language/);
    await say(client, 'No, something else');
    await say(client, 'Noise');
    await completeRest(client);
    const report = await onlyReport();
    assert.equal(report.language, 'pl');
  });

  it('turns careful for domestic abuse: fewer questions, quick exit reminder', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['My partner hits me and checks my phone', /Is someone in danger right now\?/],
      ['No', /abuse by a partner.*Is that right/s],
    ]);
    const safe = await say(client, 'Yes');
    assert.match(safe.all, /not to blame/);
    assert.match(safe.all, /Quick exit/);
    assert.match(safe.all, /did you see it/, 'the hate question is dropped in safe mode');
    await walk(client, [
      ['It happened to me', /When/],
      ['It keeps happening', /Where/],
      ['Northfleet', /hurt/],
      ['Yes', /anonymous/],
    ]);
    // The summary reads back what the resident was asked: not a "No" to the hate question safe mode left out.
    const summary = await say(client, 'Stay anonymous');
    assert.match(summary.all, /Quick exit/);
    assert.match(summary.all, /Your part in it: It happened to me/);
    assert.doesNotMatch(summary.all, /Because of who someone is/);
    const sent = await say(client, 'Send it');
    assert.match(sent.all, /Domestic abuse services/);
    assert.doesNotMatch(sent.all, /ASB Case Review/, 'the Community Trigger is for anti-social behaviour');
    const report = await onlyReport();
    assert.deepEqual(report.queues, ['domestic-abuse']);
    assert.ok(report.signposted.includes('refuge-helpline'));
  });

  it('a child at risk turns the bot careful, and an ASB report still tells of the ASB Case Review', async () => {
    const client = fx.client('webchat');
    await say(client, 'hi');
    await walk(client, [
      ['Report something', /own words/],
      ['Older lads on the estate are getting kids to run drugs for them', /Is that right/],
    ]);
    const safe = await say(client, 'Yes');
    assert.match(safe.all, /Quick exit/, 'safe mode for a child at risk');
    let last = safe;
    for (const answer of ['No', 'I saw it', 'It keeps happening', 'Gravesend', 'No', 'Stay anonymous']) {
      if (/Shall I send it/.test(last.all)) break;
      last = await say(client, answer);
    }
    assert.match(last.all, /Shall I send it/);
    const sent = await say(client, 'Send it');
    assert.match(sent.all, REFERENCE);
    assert.match(sent.all, /ASB Case Review/);
  });
});

/** Finishes a report from the hate question onwards with neutral answers. */
async function completeRest(client: DialogTestClient, options: { skipHate?: boolean; finish?: string } = {}) {
  if (!options.skipHate) await say(client, 'No');
  for (const answer of ['I saw it', 'today', 'Gravesend', 'Skip', 'No', 'Skip', 'Stay anonymous']) await say(client, answer);
  let done = await say(client, options.finish ?? 'Send it');
  if (!options.finish) return assert.match(done.all, REFERENCE);
  assert.match(done.all, /Delete this report, or change something/, 'asked once more before deleting');
  done = await say(client, 'Delete it');
  assert.match(done.all, /not sent it/);
}
