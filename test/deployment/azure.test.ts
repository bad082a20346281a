import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../fixtures/services';

interface Template {
  $schema: string;
  contentVersion: string;
  parameters: Record<string, { type: string; defaultValue?: unknown; metadata?: { description?: string } }>;
  variables: Record<string, unknown>;
  resources: Array<{ type: string; apiVersion: string; name: string; properties?: Record<string, unknown>; sku?: Record<string, unknown>; location?: string }>;
  outputs: Record<string, unknown>;
}

const dir = path.join(ROOT, 'deployment/azure');
const template = JSON.parse(readFileSync(path.join(dir, 'azuredeploy.json'), 'utf8')) as Template;
const example = JSON.parse(readFileSync(path.join(dir, 'azuredeploy.parameters.example.json'), 'utf8')) as { parameters: Record<string, { value?: unknown; reference?: unknown }> };
const text = JSON.stringify({ variables: template.variables, resources: template.resources, outputs: template.outputs });

describe('Azure ARM template (deployment/azure)', () => {
  it('is a deployment template with every resource typed and versioned', () => {
    assert.match(template.$schema, /deploymentTemplate\.json#$/);
    assert.equal(template.contentVersion, '1.0.0.0');
    for (const r of template.resources) {
      assert.match(r.type, /^Microsoft\.[A-Za-z]+\/[A-Za-z/]+$/, r.name);
      assert.match(r.apiVersion, /^\d{4}-\d{2}-\d{2}(-preview)?$/, `${r.type} apiVersion`);
    }
  });

  it('has every part the deployment needs', () => {
    const types = new Set(template.resources.map((r) => r.type));
    for (const t of [
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.ManagedIdentity/userAssignedIdentities',
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.DBforPostgreSQL/flexibleServers',
      'Microsoft.DBforPostgreSQL/flexibleServers/databases',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.CognitiveServices/accounts',
      'Microsoft.KeyVault/vaults',
      'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.Insights/components',
    ]) {
      assert.ok(types.has(t), `${t} is in the template`);
    }
    const site = template.resources.find((r) => r.type === 'Microsoft.Web/sites')!;
    const config = (site.properties as { siteConfig: { linuxFxVersion: string; healthCheckPath: string; appSettings: Array<{ name: string; value: string }> } }).siteConfig;
    assert.equal(config.linuxFxVersion, 'NODE|24-lts');
    assert.equal(config.healthCheckPath, '/healthz');
    const plan = template.resources.find((r) => r.type === 'Microsoft.Web/serverfarms')!;
    assert.equal(plan.sku!.capacity, "[parameters('instanceCount')]");
    assert.ok((template.parameters.instanceCount as { minValue?: number }).minValue! >= 2, 'at least two instances');
    assert.equal(template.parameters.location!.defaultValue, 'uksouth');
    const bot = template.resources.find((r) => r.type === 'Microsoft.BotService/botServices')!;
    assert.equal((bot.properties as { msaAppType: string }).msaAppType, 'UserAssignedMSI');
    const channels = template.resources.filter((r) => r.type === 'Microsoft.BotService/botServices/channels').map((r) => (r.properties as { channelName: string }).channelName);
    assert.deepEqual(channels.sort(), ['DirectLineChannel', 'FacebookChannel']);
    // Secrets reach the app only as Key Vault references.
    const settings = Object.fromEntries(config.appSettings.map((s) => [s.name, s.value]));
    for (const secret of ['DATABASE_URL', 'LANGUAGE_KEY', 'AZURE_STORAGE_CONNECTION_STRING', 'DIRECTLINE_SECRET']) {
      assert.match(settings[secret]!, /kvRef/, `${secret} is a Key Vault reference`);
    }
    assert.equal(settings.NODE_ENV, 'production');
  });

  it('uses every parameter, and gives no secret a default value', () => {
    for (const [name, p] of Object.entries(template.parameters)) {
      assert.ok(text.includes(`parameters('${name}')`), `parameter ${name} is used`);
      assert.ok(p.metadata?.description, `parameter ${name} is described`);
      if (p.type === 'securestring' || /password|secret|token|key/i.test(name)) {
        assert.ok(p.type === 'securestring', `${name} is a securestring`);
        assert.ok(p.defaultValue === undefined || p.defaultValue === '', `${name} has no secret default`);
      }
    }
  });

  it('the example parameters file names only real parameters and holds no secret values', () => {
    for (const [name, p] of Object.entries(example.parameters)) {
      assert.ok(name in template.parameters, `${name} is a template parameter`);
      if (template.parameters[name]!.type === 'securestring') assert.ok(p.reference && !('value' in p), `${name} comes from Key Vault`);
    }
    const required = Object.entries(template.parameters).filter(([, p]) => p.defaultValue === undefined).map(([n]) => n);
    for (const name of required) assert.ok(name in example.parameters, `required parameter ${name} is in the example`);
  });
});
