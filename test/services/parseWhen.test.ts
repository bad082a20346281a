import assert from 'node:assert/strict';
import { parseWhen } from '../../services/when/parseWhen';
import { placeNotTime, timeNotPlace } from '../../services/when/answerShape';

describe('when (date-time recogniser, UK time)', () => {
  const winter = new Date('2026-11-26T10:00:00Z');
  it('reads times in UK local time and keeps the words', () => {
    assert.deepEqual(parseWhen('yesterday at 3pm', winter), { text: 'yesterday at 3pm', start: '2026-11-25T15:00:00.000Z', ongoing: false });
    const summer = parseWhen('yesterday at 3pm', new Date('2026-07-10T10:00:00Z'));
    assert.equal(summer.start, '2026-07-09T14:00:00.000Z', 'British Summer Time is UTC+1');
  });
  it('joins a day and an approximate time ("last night about 10pm")', () => {
    assert.equal(parseWhen('last night about 10pm', winter).start, '2026-11-25T22:00:00.000Z');
    assert.equal(parseWhen('yesterday around 3pm', winter).start, '2026-11-25T15:00:00.000Z');
    assert.equal(parseWhen('last night about 10pm', winter).text, 'last night about 10pm', 'the words are kept as written');
  });
  it('reads ranges', () => {
    const r = parseWhen('last night', winter);
    assert.equal(r.start, '2026-11-25T20:00:00.000Z');
    assert.equal(r.end, '2026-11-25T23:59:59.000Z');
  });
  it('takes the past reading of a weekday', () => {
    assert.equal(parseWhen('Saturday around 11pm', winter).start, '2026-11-21T23:00:00.000Z');
  });
  it('counts days by the UK calendar, also in the hour after UK midnight when the UTC date is still the day before', () => {
    const ukHalfPastMidnight = new Date('2026-07-10T23:30:00Z'); // 00:30 on 11 July in the UK
    assert.equal(parseWhen('yesterday at 3pm', ukHalfPastMidnight).start, '2026-07-10T14:00:00.000Z');
    assert.equal(parseWhen('Yesterday', ukHalfPastMidnight).start, '2026-07-09T23:00:00.000Z');
  });
  it('reads day-first dates', () => {
    assert.equal(parseWhen('3/11/2026', winter).start, '2026-11-03T00:00:00.000Z');
  });
  it('knows when it keeps happening', () => {
    assert.equal(parseWhen('It keeps happening', winter).ongoing, true);
    assert.equal(parseWhen('every weekend', winter).ongoing, true);
    const since = parseWhen('since March', winter);
    assert.equal(since.ongoing, true);
    assert.equal(since.start, '2026-03-01T00:00:00.000Z');
  });
  it('reads the answer buttons directly', () => {
    assert.deepEqual(parseWhen('Yesterday', winter), {
      text: 'Yesterday',
      start: '2026-11-25T00:00:00.000Z',
      end: '2026-11-25T23:59:59.000Z',
      ongoing: false,
    });
    assert.deepEqual(parseWhen('Today', new Date('2026-07-10T10:00:00Z')), {
      text: 'Today',
      start: '2026-07-09T23:00:00.000Z',
      end: '2026-07-10T22:59:59.000Z',
      ongoing: false,
    });
    assert.deepEqual(parseWhen('It keeps happening', winter), { text: 'It keeps happening', ongoing: true });
  });
  it('keeps words it cannot read', () => {
    assert.deepEqual(parseWhen('a while back', winter), { text: 'a while back', ongoing: false });
  });
});

describe('when: a day and a time are read directly, in UK usage', () => {
  const thursday = new Date('2026-11-26T10:00:00Z'); // Thursday 26 November, 10:00 in the UK
  const start = (text: string, now = thursday) => parseWhen(text, now).start;

  it('fixes what the recogniser gets wrong: the small hours after "last night", and "7.30"', () => {
    assert.equal(start('last night at 2am'), '2026-11-26T02:00:00.000Z', 'early this morning, not 2am the day before');
    assert.equal(parseWhen('last night at 2am', thursday, true).start, '2026-11-25T02:00:00.000Z', 'what the recogniser says');
    assert.equal(start('last night around 12'), '2026-11-26T00:00:00.000Z', 'midnight ends the night of the 25th');
    assert.equal(start('Tuesday night at 1am'), '2026-11-25T01:00:00.000Z');
    assert.equal(start('this morning at 7.30'), '2026-11-26T07:30:00.000Z');
    assert.equal(start('last night at 7.30pm'), '2026-11-25T19:30:00.000Z');
    assert.equal(start('last night at 2am', new Date('2026-07-10T10:00:00Z')), '2026-07-10T01:00:00.000Z', 'British Summer Time');
  });
  it('reads a clock time alone as its latest time not in the future (the recogniser gave it no day)', () => {
    assert.equal(parseWhen('about 10pm', thursday, true).start, undefined, 'what the recogniser gives');
    assert.equal(start('about 10pm'), '2026-11-25T22:00:00.000Z', 'typed at 10 in the morning: last night');
    assert.equal(start('2am'), '2026-11-26T02:00:00.000Z', 'earlier today');
    assert.equal(start('around 11.30pm'), '2026-11-25T23:30:00.000Z');
    assert.equal(start('about 10pm', new Date('2026-07-10T10:00:00Z')), '2026-07-09T21:00:00.000Z', 'British Summer Time');
    assert.equal(start('13pm'), undefined);
  });
  it('reads the hour by the part of the day when am or pm is not given, and a weekday as its latest past time', () => {
    assert.equal(start('yesterday afternoon around 2'), '2026-11-25T14:00:00.000Z');
    assert.equal(start('last night at 11'), '2026-11-25T23:00:00.000Z');
    assert.equal(start('on Tuesday evening around 9'), '2026-11-24T21:00:00.000Z');
    assert.equal(start('Thursday at 9am'), '2026-11-26T09:00:00.000Z', 'today, already past');
    assert.equal(start('Thursday at 3pm'), '2026-11-19T15:00:00.000Z', 'today but still to come: the week before');
    assert.equal(start('yesterday at 21:15'), '2026-11-25T21:15:00.000Z');
    assert.equal(start('tonight at 8pm'), undefined, 'still to come');
  });
  it('reads UK ways of saying a time: "half 10", "half an hour ago", "sat night", the 24-hour clock alone, the small hours', () => {
    assert.equal(start('half 10 last night'), '2026-11-25T22:30:00.000Z');
    assert.equal(start('last night around half 11'), '2026-11-25T23:30:00.000Z');
    assert.equal(start('about half an hour ago'), '2026-11-26T09:30:00.000Z');
    assert.equal(start('sat night about 11'), '2026-11-21T23:00:00.000Z');
    assert.equal(start('on fri about 4pm'), '2026-11-20T16:00:00.000Z');
    assert.equal(start('22:30'), '2026-11-25T22:30:00.000Z', 'typed in the morning: last night');
    assert.equal(start('15'), undefined, 'a number alone may be a date');
    assert.deepEqual(parseWhen('in the early hours of Sunday', thursday), {
      text: 'in the early hours of Sunday',
      start: '2026-11-22T00:00:00.000Z',
      end: '2026-11-22T05:59:59.000Z',
      ongoing: false,
    });
    assert.equal(start('the early hours of this morning'), '2026-11-26T00:00:00.000Z');
  });
  it('reads "in the night" and "overnight" as 8pm to 6am: the night just gone, or the named day\'s', () => {
    for (const words of ['in the night', 'during the night', 'in the middle of the night', 'overnight']) {
      const when = parseWhen(words, thursday);
      assert.deepEqual([when.start, when.end], ['2026-11-25T20:00:00.000Z', '2026-11-26T05:59:59.000Z'], words);
    }
    const saturday = parseWhen('overnight on Saturday', thursday);
    assert.deepEqual([saturday.start, saturday.end], ['2026-11-21T20:00:00.000Z', '2026-11-22T05:59:59.000Z']);
    assert.equal(parseWhen('in the night', thursday, true).start, undefined, 'the recogniser reads nothing');
  });
  it('leaves an hour with no part of the day, or an impossible time, to the recogniser', () => {
    assert.equal(start('yesterday at 7'), parseWhen('yesterday at 7', thursday, true).start);
    assert.equal(start('yesterday at 13pm'), parseWhen('yesterday at 13pm', thursday, true).start);
  });
  it('gives the same as the recogniser, at every instant of a year, where the recogniser reads UK usage right', () => {
    const phrases = [
      'yesterday at 3pm',
      'yesterday about 10pm',
      'Saturday at 11pm',
      'on Monday at 9am',
      'yesterday evening at 7:30pm',
      'this afternoon at 3pm',
      'Thursday at 2pm',
      'last night at 10pm',
      'yesterday at 21:00',
      'this morning at 9am',
      'Friday at 7:45pm',
      'today at 2pm',
      'Sunday about 4pm',
      'this evening at 8',
    ];
    let compared = 0;
    for (let day = 0; day < 366; day += 1) {
      for (const hour of [0, 1, 9, 13, 17, 21, 23]) {
        const now = new Date(Date.UTC(2026, 0, 1 + day, hour, 30));
        const phrase = phrases[(day * 7 + hour) % phrases.length]!;
        assert.deepEqual(parseWhen(phrase, now), parseWhen(phrase, now, true), `${phrase} at ${now.toISOString()}`);
        compared++;
      }
    }
    assert.ok(compared > 2500);
  });
  it('the recogniser too reads "7.30" as half past seven, and leaves dotted dates alone', () => {
    assert.equal(start('on 12 November at 7.30pm'), '2026-11-12T19:30:00.000Z');
    assert.equal(start('about 7.30 on Friday'), '2026-11-20T19:30:00.000Z');
    assert.equal(start('12.11.2026'), '2026-11-12T00:00:00.000Z');
  });
});

describe('when and where: an answer to the other question (services/when/answerShape.ts)', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('a place named at "When?" tells no time; a circumstance or a time with a place does', () => {
    for (const text of ['outside the Co-op on Parrock Street', 'DA11 0DQ', 'by the bus stop on Kings Farm estate', 'Milton Road car park'])
      assert.equal(placeNotTime(text, now), true, text);
    for (const text of [
      'on my way home from school',
      'when I was walking the dog in the park',
      'last night outside the pub',
      'Saturday about 11pm',
      'Not sure',
      'it keeps happening',
    ])
      assert.equal(placeNotTime(text, now), false, text);
  });
  it('a time at "Where?" has no word of place; a place with a time is a place', () => {
    for (const text of ['about 7pm', 'tonight about 7', 'last night', 'two weeks ago', 'every weekend'])
      assert.equal(timeNotPlace(text, now), true, text);
    for (const text of ['outside my house last night', 'DA12 1AB', 'the park', 'Gravesend town centre', 'Not sure', 'at home'])
      assert.equal(timeNotPlace(text, now), false, text);
  });
});
