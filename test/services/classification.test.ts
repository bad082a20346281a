import assert from 'node:assert/strict';
import { KeywordClassifier } from '../../services/classification/embedded/keywordClassifier';
import { detectEmergency } from '../../services/classification/embedded/emergency';
import { classificationSchema } from '../../services/classification/codes';

describe('embedded keyword classifier', () => {
  const classifier = new KeywordClassifier();
  const top = (text: string) => classifier.classifySync(text).categories[0];

  it('returns the classification shape, ranked, with at least one category', async () => {
    const c = await classifier.classify('');
    assert.doesNotThrow(() => classificationSchema.parse(c));
    assert.deepEqual(c.categories, ['other']);
  });

  it('reads clear cases of each category', () => {
    const cases: Array<[string, string]> = [
      ['Really loud music and bass from next door until 3am', 'noise'],
      ['A gang of youths hanging around the shops drinking and being rowdy', 'rowdy'],
      ['My neighbour keeps threatening me and following me to my car', 'intimidation'],
      ['People dealing drugs from a car outside the school, you can smell the weed', 'drugs'],
      ['Off road motorbikes racing across the field doing wheelies', 'vehicles'],
      ['Someone has fly tipped a sofa and bin bags in the lane', 'environmental'],
      ['Someone smashed my car window and keyed the door', 'damage'],
      ['Two men had a fight and one was punched to the ground', 'violence'],
      ['My husband controls my money and won’t let me see my friends', 'domestic_abuse'],
      ['I think the flat next door has been cuckooed by a county lines gang', 'exploitation'],
      ['My nephew is watching far right propaganda videos and talking about joining', 'extremism'],
    ];
    for (const [text, expected] of cases) assert.equal(top(text), expected, text);
  });

  it('flags hate with its strands only when there is hostility', () => {
    const hate = classifier.classifySync('They called me a racist name and told me to go back to my own country');
    assert.equal(hate.hate, true);
    assert.deepEqual(hate.strands, ['race']);
    const neutral = classifier.classifySync('A black car has been parked on the verge for weeks');
    assert.equal(neutral.hate, false);
    assert.deepEqual(neutral.strands, []);
    const two = classifier.classifySync('Homophobic abuse shouted at us outside the mosque, they threatened us');
    assert.equal(two.hate, true);
    assert.ok(two.strands.includes('sexual_orientation') && two.strands.includes('religion'));
  });

  it('is deterministic', () => {
    const text = 'Kids throwing stones at windows and shouting abuse';
    assert.deepEqual(classifier.classifySync(text), classifier.classifySync(text));
  });
});

describe('emergency detection (favours recall)', () => {
  const now = [
    'He has a knife and he is outside my door',
    'someone is breaking in right now',
    'my neighbour is being attacked in the street now',
    'there is a fire in the flat below and people are trapped',
    'help me he is going to kill me',
    'my friend is bleeding and not breathing',
    'a man waving a machete at the bus stop',
    'They are fighting outside my house right now and someone is hurt',
  ];
  const notNow = [
    'Loud music every Friday night',
    'Someone fly tipped a fridge last week',
    'There was a fight outside the pub last month',
    'Graffiti on the garage doors',
  ];
  for (const text of now) it(`danger now: "${text}"`, () => assert.equal(detectEmergency(text), true));
  for (const text of notNow) it(`not danger now: "${text}"`, () => assert.equal(detectEmergency(text), false));
});
