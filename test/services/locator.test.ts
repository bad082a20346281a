import assert from 'node:assert/strict';
import { loadDeploymentConfig } from '../../services/config/deployment';
import { Locator, loadNeighbours, normalisePostcode } from '../../services/location/locator';
import { CONFIG_DIR } from '../fixtures/services';

describe('locator (postcode and place → borough)', () => {
  const config = loadDeploymentConfig(CONFIG_DIR);
  const locator = new Locator(config.boroughs, loadNeighbours(CONFIG_DIR));
  const borough = (text: string) => {
    const r = locator.locate(text);
    return r.kind === 'borough' ? r.borough : r.kind;
  };

  it('normalises postcodes', () => {
    assert.equal(normalisePostcode('da121ab'), 'DA12 1AB');
    assert.equal(normalisePostcode('near DA1 1DR please'), 'DA1 1DR');
    assert.equal(normalisePostcode('DA1 1CI'), undefined, 'C and I are never inward-code letters');
  });

  it('maps whole districts and known sectors', () => {
    assert.equal(borough('DA12 1AB'), 'gravesham');
    assert.equal(borough('DA9 9XX'), 'dartford');
    assert.equal(borough('DA10 0AA'), 'dartford');
    assert.equal(borough('DA1 1DR'), 'dartford');
    assert.equal(borough('DA11 0DQ'), 'gravesham');
    assert.equal(borough('DA12'), 'gravesham', 'a district alone that lies in one borough');
  });

  it('asks when a district is shared and the sector is not known', () => {
    for (const pc of ['DA13 9AA', 'DA3 7AA', 'DA2 6AA', 'ME3 7AA', 'DA11 9AA']) {
      const r = locator.locate(pc);
      assert.equal(r.kind, 'ambiguous', pc);
    }
  });

  it('says who covers a postcode or place outside the area', () => {
    const r = locator.locate('DA7 4QA');
    assert.equal(r.kind, 'outside');
    assert.match(r.kind === 'outside' ? (r.neighbour?.name ?? '') : '', /Bexley/);
    assert.equal(locator.locate('SW1A 1AA').kind, 'outside');
    const swanley = locator.locate('outside the shops in Swanley');
    assert.equal(swanley.kind, 'outside');
    const southDarenth = locator.locate('South Darenth');
    assert.equal(southDarenth.kind, 'outside', 'South Darenth is Sevenoaks, though Darenth is Dartford');
  });

  it('recognises towns, villages and wards', () => {
    assert.equal(borough('the alley behind Gravesend station'), 'gravesham');
    assert.equal(borough('Joyden’s Wood'), 'dartford');
    assert.equal(borough('sutton at hone'), 'dartford');
    assert.equal(borough('Istead Rise'), 'gravesham');
    assert.equal(borough('Bluewater car park'), 'dartford');
    assert.equal(borough('between Dartford and Gravesend'), 'ambiguous');
    assert.equal(borough('round the corner'), 'unrecognised');
    // Estates and hamlets residents name instead of a town.
    assert.equal(borough('by the bus stop on Kings Farm estate'), 'gravesham');
    assert.equal(borough('the shops at Christianfields'), 'gravesham');
    assert.equal(borough('Ingress Park by the river'), 'dartford');
    assert.equal(borough('on the Fleet Estate'), 'dartford');
  });

  it('flags postcode attempts that are not valid', () => {
    assert.equal(locator.locate('DA11 0Q').kind, 'invalid_postcode');
    assert.equal(locator.locate('DA1 1CI').kind, 'invalid_postcode');
  });
});
