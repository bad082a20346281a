import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clientAddress } from '../../bot/clientAddress';
import { ConfigurationError, parseSettings, settingsSchema } from '../../services/config/settings';
import { loadDeploymentConfig } from '../../services/config/deployment';
import { Locator } from '../../services/location/locator';
import { route } from '../../services/routing/router';
import { CONFIG_DIR, ROOT, tempDir } from '../fixtures/services';

describe('settings', () => {
  it('has working defaults for a laptop', () => {
    const s = parseSettings({});
    assert.equal(s.PORT, 3978);
    assert.equal(s.DATA_DIR, './data');
    assert.equal(s.NODE_ENV, 'development');
    assert.equal(s.MicrosoftAppId, undefined);
  });

  it('names the setting and what is allowed in one line per problem', () => {
    assert.throws(
      () => parseSettings({ PORT: 'abc' }),
      (err: Error) => {
        assert.ok(err instanceof ConfigurationError);
        assert.equal(err.message, 'Setting PORT: must be a whole number between 1 and 65535 (got "abc")');
        return true;
      },
    );
    assert.throws(
      () => parseSettings({ LOG_LEVEL: 'loud' }),
      /Setting LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)$/,
    );
    assert.throws(() => parseSettings({ PUBLIC_BASE_URL: 'report.example' }), /Setting PUBLIC_BASE_URL: must be an absolute URL/);
    assert.equal(parseSettings({ PUBLIC_BASE_URL: '' }).PUBLIC_BASE_URL, undefined, 'an empty value from .env means not set');
    assert.throws(
      () => parseSettings({ MicrosoftAppType: 'Other' }),
      /Setting MicrosoftAppType: must be MultiTenant, SingleTenant or UserAssignedMSI/,
    );
  });

  it('every setting is in .env.example and in the README table, and .env.example parses', () => {
    const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const keys = Object.keys(settingsSchema.shape);
    assert.ok(keys.length > 30, `${keys.length} settings found`);
    for (const key of keys) {
      assert.match(example, new RegExp(`^${key}=`, 'm'), `${key} in .env.example`);
      assert.ok(readme.includes(`| \`${key}\` |`), `${key} in README`);
    }
    const values = Object.fromEntries(
      example
        .split('\n')
        .filter((l) => /^[A-Za-z_]+=/.test(l))
        .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    assert.doesNotThrow(() => parseSettings(values));
  });

  it('behind trusted proxies, the client address is the right-most X-Forwarded-For entry the proxies wrote', () => {
    const req = (xff?: string) =>
      ({ header: (n: string) => (n === 'x-forwarded-for' ? xff : undefined), socket: { remoteAddress: '10.0.0.5' } }) as never;
    // The client wrote "1.2.3.4" itself; App Service appended the address it really saw.
    assert.equal(clientAddress(req('1.2.3.4, 203.0.113.7:51234'), 1), '203.0.113.7');
    assert.equal(clientAddress(req('1.2.3.4, 198.51.100.9, 203.0.113.7'), 2), '198.51.100.9', 'two proxies: the second from the right');
    assert.equal(clientAddress(req('203.0.113.7'), 1), '203.0.113.7');
    assert.equal(clientAddress(req('[2001:db8::1]:443'), 1), '2001:db8::1');
    assert.equal(clientAddress(req('2001:DB8::1'), 1), '2001:db8::1');
    assert.equal(clientAddress(req('203.0.113.7'), 0), '10.0.0.5', 'not trusted: the socket address');
    assert.equal(clientAddress(req(undefined), 1), '10.0.0.5');
    assert.equal(clientAddress(req('203.0.113.7'), 2), '10.0.0.5', 'fewer entries than proxies: the socket address');
    assert.equal(clientAddress(req('not-an-address'), 1), '10.0.0.5');
  });

  it('TRUST_PROXY is false, true (one proxy) or a number of proxies', () => {
    assert.equal(parseSettings({}).TRUST_PROXY, 0);
    assert.equal(parseSettings({ TRUST_PROXY: 'true' }).TRUST_PROXY, 1);
    assert.equal(parseSettings({ TRUST_PROXY: '2' }).TRUST_PROXY, 2);
    assert.throws(() => parseSettings({ TRUST_PROXY: 'maybe' }), /Setting TRUST_PROXY: must be true, false or the number of proxies/);
  });

  it('WEBCHAT_ALLOWED_ORIGINS takes origins only: no script URLs, wildcards or paths; https in production', () => {
    assert.deepEqual(parseSettings({ WEBCHAT_ALLOWED_ORIGINS: 'https://www.dartford.gov.uk/, http://localhost:8080' }).WEBCHAT_ALLOWED_ORIGINS, [
      'https://www.dartford.gov.uk',
      'http://localhost:8080',
    ]);
    for (const bad of [
      'javascript:alert(1)',
      'https://*.gov.uk',
      '*',
      'https://www.dartford.gov.uk/asb',
      'https://user:pw@www.dartford.gov.uk',
      'www.dartford.gov.uk',
      'ftp://files.example',
    ]) {
      assert.throws(
        () => parseSettings({ WEBCHAT_ALLOWED_ORIGINS: bad }),
        /Setting WEBCHAT_ALLOWED_ORIGINS.*: must be a comma-separated list of origins/,
        bad,
      );
    }
    const production = {
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      DIRECTLINE_SECRET: 's',
      STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
    };
    assert.throws(
      () => parseSettings({ ...production, WEBCHAT_ALLOWED_ORIGINS: 'http://www.dartford.gov.uk' }),
      /Setting WEBCHAT_ALLOWED_ORIGINS: must list only https origins in production/,
    );
  });

  it('production needs DIRECTLINE_SECRET for the web chat, or the web chat switched off', () => {
    const production = {
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
    };
    assert.throws(() => parseSettings(production), /Setting DIRECTLINE_SECRET: is required when NODE_ENV is production and the web chat is on/);
    assert.equal(parseSettings({ ...production, WEBCHAT_ENABLED: 'false' }).WEBCHAT_ENABLED, false);
    assert.equal(parseSettings({ ...production, DIRECTLINE_SECRET: 'secret' }).DIRECTLINE_SECRET, 'secret');
  });

  it('production needs STAFF_SECRET while the staff inbox is on, and a long one', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', DIRECTLINE_SECRET: 'dl' };
    assert.throws(() => parseSettings(production), /Setting STAFF_SECRET: is required when NODE_ENV is production and the staff inbox is on/);
    assert.throws(() => parseSettings({ ...production, STAFF_SECRET: 'short' }), /Setting STAFF_SECRET: must be at least 32 characters/);
    assert.equal(parseSettings({ ...production, STAFF_ENABLED: 'false' }).STAFF_ENABLED, false);
    assert.equal(parseSettings({ ...production, STAFF_SECRET: 'x'.repeat(32) }).STAFF_LOCAL_ACCOUNTS, undefined, 'local accounts: not unless asked');
  });

  it('Entra ID sign-in: its settings come together, ids are GUIDs, and production needs https for the issuer and PUBLIC_BASE_URL', () => {
    const entra = {
      STAFF_ENTRA_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      STAFF_ENTRA_CLIENT_ID: '6f1c2b0e-3a4d-4e5f-9a8b-7c6d5e4f3a2b',
      STAFF_ENTRA_CLIENT_SECRET: 'secret',
    };
    assert.equal(parseSettings(entra).STAFF_ENTRA_CLIENT_ID, entra.STAFF_ENTRA_CLIENT_ID);
    assert.throws(
      () => parseSettings({ ...entra, STAFF_ENTRA_CLIENT_SECRET: '' }),
      /Setting STAFF_ENTRA_CLIENT_SECRET: must be set together with STAFF_ENTRA_CLIENT_ID/,
    );
    assert.throws(
      () => parseSettings({ ...entra, STAFF_ENTRA_TENANT_ID: 'dartford.gov.uk' }),
      /Setting STAFF_ENTRA_TENANT_ID: must be the directory \(tenant\) id, a GUID/,
    );
    assert.throws(
      () => parseSettings({ ...entra, STAFF_ENTRA_CLIENT_ID: 'secret-id' }),
      /Setting STAFF_ENTRA_CLIENT_ID: must be the application \(client\) id/,
    );
    const production = {
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      DIRECTLINE_SECRET: 'dl',
      STAFF_SECRET: 'x'.repeat(32),
      ...entra,
    };
    assert.throws(() => parseSettings(production), /Setting PUBLIC_BASE_URL: must be the https address of the service when Entra ID sign-in is on/);
    const ok = { ...production, PUBLIC_BASE_URL: 'https://report.example.gov.uk' };
    assert.equal(parseSettings(ok).STAFF_ENTRA_ISSUER, undefined);
    assert.throws(
      () => parseSettings({ ...ok, STAFF_ENTRA_ISSUER: 'http://127.0.0.1:4000' }),
      /Setting STAFF_ENTRA_ISSUER: must use https in production/,
    );
  });

  it('refuses production without a Microsoft app id', () => {
    assert.throws(() => parseSettings({ NODE_ENV: 'production' }), /Setting MicrosoftAppId: is required when NODE_ENV is production/);
    const s = parseSettings({
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      DIRECTLINE_SECRET: 'dl',
      STAFF_SECRET: 'a-test-secret-of-at-least-32-characters',
    });
    assert.equal(s.MicrosoftAppId, 'id');
  });

  it('asks for the password and tenant the app type needs, without echoing secrets', () => {
    assert.throws(() => parseSettings({ MicrosoftAppId: 'id' }), /Setting MicrosoftAppPassword: is required/);
    assert.throws(
      () => parseSettings({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }),
      /Setting MicrosoftAppTenantId: is required/,
    );
    assert.doesNotThrow(() => parseSettings({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }));
  });
});

describe('deployment configuration', () => {
  it('loads the shipped configuration: two boroughs, nine queues', () => {
    const config = loadDeploymentConfig(CONFIG_DIR);
    assert.deepEqual(
      config.boroughs.map((b) => b.id),
      ['dartford', 'gravesham'],
    );
    assert.deepEqual(config.queues.map((q) => q.id).sort(), [
      'csp-triage',
      'dartford-csu',
      'dartford-environment',
      'domestic-abuse',
      'gravesham-csu',
      'gravesham-environment',
      'kent-police',
      'kent-police-hate-crime',
      'prevent',
    ]);
    for (const b of config.boroughs) assert.ok(!JSON.stringify(b).match(/@(?!.*\.example)/), 'no real mailboxes in committed configuration');
  });

  function copyConfig() {
    const tmp = tempDir();
    cpSync(CONFIG_DIR, tmp.dir, { recursive: true });
    return tmp;
  }

  it('reads the secrets the queue file names from settings, and says which are missing', () => {
    const tmp = copyConfig();
    try {
      writeFileSync(
        path.join(tmp.dir, 'queues.json'),
        JSON.stringify({
          connections: {
            council: {
              type: 'smtp',
              host: 'smtp.council.example',
              from: 'reports@dg.example',
              passwordSetting: 'SMTP_PASSWORD',
              userSetting: 'SMTP_USER',
            },
          },
          queues: [
            ...JSON.parse(readFileSync(path.join(CONFIG_DIR, 'queues.json'), 'utf8')).queues.filter((q: { id: string }) => q.id !== 'kent-police'),
            {
              id: 'kent-police',
              name: 'Kent Police',
              partner: 'Kent Police',
              transport: 'webhook',
              url: 'https://police.example/reports',
              signingKeySetting: 'POLICE_WEBHOOK_KEY',
            },
          ],
        }),
      );
      assert.throws(
        () => loadDeploymentConfig(tmp.dir, {}),
        (err: Error) => {
          assert.match(err.message, /entry queues\.8\.signingKeySetting: setting POLICE_WEBHOOK_KEY is not set/);
          assert.match(err.message, /entry connections\.council\.passwordSetting: setting SMTP_PASSWORD is not set/);
          return true;
        },
      );
      const config = loadDeploymentConfig(tmp.dir, { POLICE_WEBHOOK_KEY: 'k1', SMTP_PASSWORD: 'p', SMTP_USER: 'u' });
      assert.equal(config.secrets.POLICE_WEBHOOK_KEY, 'k1');
      assert.ok(!readFileSync(path.join(tmp.dir, 'queues.json'), 'utf8').includes('k1'), 'the secret is not in the file');
    } finally {
      tmp.remove();
    }
  });

  it('refuses a queue whose connection is missing or of the wrong kind', () => {
    const tmp = copyConfig();
    try {
      const queues = JSON.parse(readFileSync(path.join(CONFIG_DIR, 'queues.json'), 'utf8')).queues;
      queues[0] = { ...queues[0], transport: 'email', connection: 'nowhere', to: ['csu@dartford.example'] };
      queues[1] = { ...queues[1], transport: 'azure-queue', connection: 'mail', queueName: 'gravesham-csu' };
      writeFileSync(
        path.join(tmp.dir, 'queues.json'),
        JSON.stringify({ connections: { mail: { type: 'smtp', host: 'h', from: 'a@b.example' } }, queues }),
      );
      assert.throws(
        () => loadDeploymentConfig(tmp.dir, {}),
        (err: Error) => {
          assert.match(err.message, /entry queues\.0\.connection: no connection named "nowhere"/);
          assert.match(err.message, /entry queues\.1\.connection: "mail" is smtp, azure-queue needs azure-storage/);
          return true;
        },
      );
    } finally {
      tmp.remove();
    }
  });

  it('the example production queue file (every transport) is valid with its secrets set', () => {
    const tmp = copyConfig();
    try {
      cpSync(path.join(CONFIG_DIR, 'examples/queues.example.json'), path.join(tmp.dir, 'queues.json'));
      const env = {
        SMTP_USER: 'u',
        SMTP_PASSWORD: 'p',
        GRAVESHAM_WEBHOOK_KEY: 'k',
        KCC_STORAGE_CONNECTION_STRING: 'c',
        POLICE_SERVICE_BUS_CONNECTION_STRING: 's',
      };
      const config = loadDeploymentConfig(tmp.dir, env);
      assert.deepEqual([...new Set(config.queues.map((q) => q.transport))].sort(), ['azure-queue', 'email', 'service-bus', 'store', 'webhook']);
      const text = readFileSync(path.join(tmp.dir, 'queues.json'), 'utf8');
      for (const m of text.matchAll(/[\w.+-]+@([\w.-]+)/g)) assert.match(m[1]!, /\.example$/, 'placeholder addresses only');
    } finally {
      tmp.remove();
    }
  });

  it('names the file, the entry and the problem', () => {
    const tmp = copyConfig();
    try {
      const routing = path.join(tmp.dir, 'routing.json');
      writeFileSync(routing, JSON.stringify({ rules: [{ category: 'noize', queues: ['x'] }], unknownBoroughQueue: 'csp-triage' }));
      assert.throws(
        () => loadDeploymentConfig(tmp.dir),
        (err: Error) => {
          assert.match(err.message, new RegExp(`Configuration file ${routing.replace(/[/.]/g, '\\$&')}: entry rules\\.0\\.category:`));
          return true;
        },
      );
      writeFileSync(routing, JSON.stringify({ rules: [{ category: 'noise', queues: ['{borough}-noise'] }], unknownBoroughQueue: 'csp-triage' }));
      assert.throws(() => loadDeploymentConfig(tmp.dir), /entry rules\.0\.queues: queue "dartford-noise" is not in queues\.json/);
      writeFileSync(routing, '{ not json');
      assert.throws(() => loadDeploymentConfig(tmp.dir), /routing\.json: cannot be read as JSON/);
      cpSync(path.join(CONFIG_DIR, 'routing.json'), routing);
      const access = path.join(tmp.dir, 'staff-access.json');
      const group = { id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', name: 'CSU', role: 'officer', queues: ['dartford-noise'] };
      writeFileSync(access, JSON.stringify({ groups: [group] }));
      assert.throws(
        () => loadDeploymentConfig(tmp.dir),
        /staff-access\.json: entry groups\.0\.queues: queue "dartford-noise" is not in queues\.json/,
      );
      writeFileSync(access, JSON.stringify({ groups: [{ ...group, id: 'CSU officers', queues: ['dartford-csu'] }] }));
      assert.throws(() => loadDeploymentConfig(tmp.dir), /staff-access\.json: entry groups\.0\.id: must be the object id of an Entra ID group/);
    } finally {
      tmp.remove();
    }
  });

  it('adds a borough by configuration alone', () => {
    const tmp = copyConfig();
    try {
      mkdirSync(path.join(tmp.dir, 'boroughs'), { recursive: true });
      writeFileSync(
        path.join(tmp.dir, 'boroughs', 'swale.json'),
        JSON.stringify({
          id: 'swale',
          name: 'Swale',
          council: { name: 'Swale Borough Council', phone: '01795 417850', website: 'https://swale.example/' },
          postcodeDistricts: ['ME10'],
          places: ['Sittingbourne', 'Faversham'],
        }),
      );
      const queues = JSON.parse(readFileSync(path.join(tmp.dir, 'queues.json'), 'utf8'));
      queues.queues.push(
        { id: 'swale-csu', name: 'Swale CSU', partner: 'Swale Borough Council', transport: 'store' },
        { id: 'swale-environment', name: 'Swale environment', partner: 'Swale Borough Council', transport: 'store' },
      );
      writeFileSync(path.join(tmp.dir, 'queues.json'), JSON.stringify(queues));
      const config = loadDeploymentConfig(tmp.dir);
      assert.deepEqual(
        config.boroughs.map((b) => b.id),
        ['dartford', 'gravesham', 'swale'],
      );
      // Its postcodes and places are recognised, and its reports go to its own queues.
      const locator = new Locator(config.boroughs);
      const sittingbourne = locator.locate('outside the station in Sittingbourne');
      assert.deepEqual(sittingbourne, { kind: 'borough', borough: 'swale' });
      assert.deepEqual(locator.locate('ME10 4AA'), { kind: 'borough', borough: 'swale', postcode: 'ME10 4AA' });
      const boroughs = config.boroughs.map((b) => b.id);
      assert.deepEqual(route(config.routing, { category: 'noise', hate: false, emergency: false, borough: 'swale' }, boroughs), [
        'swale-environment',
      ]);
      assert.deepEqual(route(config.routing, { category: 'drugs', hate: true, emergency: false, borough: 'swale' }, boroughs), [
        'kent-police-hate-crime',
        'swale-csu',
      ]);
      // Without its queues the configuration is refused, naming the missing queue.
      queues.queues = queues.queues.filter((q: { id: string }) => q.id !== 'swale-environment');
      writeFileSync(path.join(tmp.dir, 'queues.json'), JSON.stringify(queues));
      assert.throws(() => loadDeploymentConfig(tmp.dir), /queue "swale-environment" is not in queues\.json/);
    } finally {
      tmp.remove();
    }
  });
});
