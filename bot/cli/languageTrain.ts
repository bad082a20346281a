/**
 * npm run language:train [-- --model LABEL] — imports deployment/language/project.json into the Azure AI Language
 * custom classification project LANGUAGE_PROJECT, trains a model and deploys it as LANGUAGE_DEPLOYMENT.
 * Settings: LANGUAGE_ENDPOINT, LANGUAGE_KEY, LANGUAGE_PROJECT, LANGUAGE_DEPLOYMENT (.env or environment).
 * Before the first run, upload deployment/language/documents/ to the blob container named in project.json that is
 * connected to the Language resource (README, "Training Azure AI Language").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, loadSettings } from '../../services/config/settings';
import { importTrainDeploy, TrainingError } from '../../services/classification/azure/training';
import type { ExportedProject } from '../../services/classification/azure/trainingExport';

async function main(): Promise<number> {
  const settings = loadSettings();
  const missing = (['LANGUAGE_ENDPOINT', 'LANGUAGE_KEY', 'LANGUAGE_PROJECT', 'LANGUAGE_DEPLOYMENT'] as const).filter((k) => !settings[k]);
  if (missing.length) throw new ConfigurationError(missing.map((k) => `Setting ${k}: is required for language:train`).join('\n'));
  const args = process.argv.slice(2);
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const project = JSON.parse(
    readFileSync(flag('--project-file') ?? path.join(__dirname, '../../deployment/language/project.json'), 'utf8'),
  ) as ExportedProject;
  await importTrainDeploy(
    {
      endpoint: settings.LANGUAGE_ENDPOINT!,
      key: settings.LANGUAGE_KEY!,
      project: settings.LANGUAGE_PROJECT!,
      deployment: settings.LANGUAGE_DEPLOYMENT!,
      modelLabel: flag('--model') ?? `model-${new Date().toISOString().slice(0, 10)}`,
      pollMs: Number(flag('--poll-ms') ?? 5000),
      progress: (line) => console.log(line),
    },
    project,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigurationError || err instanceof TrainingError ? err.message : `language:train: ${(err as Error).message}`);
    process.exit(1);
  },
);
