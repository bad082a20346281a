import assert from 'node:assert/strict';
import type { Category } from '../../services/classification/codes';
import { loadDeploymentConfig } from '../../services/config/deployment';
import { route } from '../../services/routing/router';
import { CONFIG_DIR } from '../fixtures/services';

describe('routing (docs/architecture.md 4.5, from deployment/config/routing.json)', () => {
  const config = loadDeploymentConfig(CONFIG_DIR);
  const boroughs = config.boroughs.map((b) => b.id);
  const r = (category: Category, borough: string, hate = false, emergency = false) =>
    route(config.routing, { category, hate, emergency, borough }, boroughs);

  const table: Array<[Category, (b: string) => string[]]> = [
    ['noise', (b) => [`${b}-environment`]],
    ['environmental', (b) => [`${b}-environment`]],
    ['rowdy', (b) => [`${b}-csu`]],
    ['intimidation', (b) => [`${b}-csu`]],
    ['vehicles', (b) => [`${b}-csu`]],
    ['damage', (b) => [`${b}-csu`]],
    ['drugs', (b) => ['kent-police', `${b}-csu`]],
    ['violence', () => ['kent-police']],
    ['exploitation', () => ['kent-police']],
    ['domestic_abuse', () => ['domestic-abuse']],
    ['extremism', () => ['prevent']],
    ['other', (b) => [`${b}-csu`]],
  ];

  for (const borough of ['dartford', 'gravesham']) {
    for (const [category, expected] of table) {
      it(`${category} in ${borough} → ${expected(borough).join(' + ')}`, () => {
        assert.deepEqual(r(category, borough), expected(borough));
      });
    }
  }

  it('emergency (the 999 answer was given): the police rows apply too, once', () => {
    assert.deepEqual(r('noise', 'dartford', false, true), ['kent-police', 'dartford-environment']);
    assert.deepEqual(r('violence', 'gravesham', false, true), ['kent-police']);
    assert.deepEqual(r('intimidation', 'dartford', true, true), ['kent-police-hate-crime', 'dartford-csu']);
  });

  it('borough unknown or outside: triage instead of every borough queue', () => {
    for (const borough of ['unknown', 'outside']) {
      assert.deepEqual(r('noise', borough), ['csp-triage']);
      assert.deepEqual(r('drugs', borough), ['kent-police', 'csp-triage']);
      assert.deepEqual(r('violence', borough), ['kent-police']);
      assert.deepEqual(r('intimidation', borough, true), ['kent-police-hate-crime', 'csp-triage']);
    }
  });

  it('hate: the hate crime team takes the place of kent-police, so police receive it once', () => {
    assert.deepEqual(r('violence', 'dartford', true), ['kent-police-hate-crime', 'dartford-csu']);
    assert.deepEqual(r('drugs', 'gravesham', true), ['kent-police-hate-crime', 'gravesham-csu']);
    assert.deepEqual(r('noise', 'gravesham', true), ['kent-police-hate-crime', 'gravesham-csu', 'gravesham-environment']);
    assert.deepEqual(r('extremism', 'dartford', true), ['kent-police-hate-crime', 'dartford-csu', 'prevent']);
    assert.deepEqual(r('domestic_abuse', 'dartford', true), ['kent-police-hate-crime', 'dartford-csu', 'domestic-abuse']);
  });
});
