import assert from 'node:assert/strict';
import { dangerParts, holdouts, roundOf } from '../../bot/cli/evalHoldouts';
import type { LabelledExample } from '../../services/classification/dataset';
import { EmbeddedDangerDetector } from '../../services/danger/embeddedDangerDetector';
import { LexicalDangerDetector } from '../../services/danger/lexicalDangerDetector';

const example = (id: string, text = `description ${id}`, danger: LabelledExample['danger'] = 'none'): LabelledExample => ({
  id,
  text,
  categories: ['other'],
  hate: false,
  strands: [],
  danger,
});

describe('temporal holdouts (npm run eval:holdouts)', () => {
  it("reads a description's round from its id; the first sets are round 0", () => {
    assert.equal(roundOf('gr12-004'), 12);
    assert.equal(roundOf('gr3-1'), 3);
    assert.equal(roundOf('noi-001'), 0);
    assert.equal(roundOf('dgr-17'), 0);
  });

  it('trains each round only on the rounds written before it, and reads it on its own descriptions', () => {
    const data = ['noi-1', 'gr2-1', 'gr2-2', 'gr3-1', 'gr10-1', 'gr10-2', 'gr11-1'].map((id) => example(id));
    const [ten, eleven] = holdouts(data, [10, 11]);
    assert.deepEqual(
      ten!.train.map((e) => e.id),
      ['noi-1', 'gr2-1', 'gr2-2', 'gr3-1'],
    );
    assert.deepEqual(
      ten!.heldOut.map((e) => e.id),
      ['gr10-1', 'gr10-2'],
    );
    assert.deepEqual(
      eleven!.train.map((e) => e.id),
      ['noi-1', 'gr2-1', 'gr2-2', 'gr3-1', 'gr10-1', 'gr10-2'],
    );
    // Without rounds asked for: the last ones, in order.
    assert.deepEqual(
      holdouts(data, [], 2).map((h) => h.round),
      [10, 11],
    );
    assert.throws(() => holdouts(data, [7]), /round 7: no description has an id starting gr7-/);
  });

  it("counts the model's own part apart from the phrases'", () => {
    const heldOut = [
      example('gr9-1', "he's outside with a knife right now", 'now'), // the phrases see it
      example('gr9-2', 'my nephew keeps coming home with new trainers and cash from older lads', 'possible'), // only the model
      example('gr9-3', 'the bins were not collected again on our road', 'none'), // a question the model asked
    ];
    // A model that reads danger in everything: it asks wherever the phrases see nothing.
    const everythingPossible = new EmbeddedDangerDetector(LexicalDangerDetector.shared(), () => 1);
    assert.deepEqual(dangerParts(everythingPossible, heldOut), {
      dangers: 2,
      foundByPhrases: 1,
      foundByModelOnly: 1,
      noDanger: 1,
      questionsByPhrases: 0,
      questionsByModelOnly: 1,
    });
  });
});
