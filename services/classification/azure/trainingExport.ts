import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledExample } from '../dataset';
import { ALL_LABELS, labelsOf } from './labels';

/**
 * The labelled data in Azure AI Language's custom text classification import format (authoring API 2022-05-01,
 * multi-label): a project file, and one text file per example for the project's blob container. The train/test
 * split is kept (dataset "Train" / "Test"), so Azure's evaluation uses the same test split as ours.
 */
export const AUTHORING_API_VERSION = '2022-05-01';

export interface ExportedProject {
  projectFileVersion: string;
  stringIndexType: 'Utf16CodeUnit';
  metadata: {
    projectKind: 'CustomMultiLabelClassification';
    storageInputContainerName: string;
    projectName: string;
    multilingual: boolean;
    description: string;
    language: string;
  };
  assets: {
    projectKind: 'CustomMultiLabelClassification';
    classes: Array<{ category: string }>;
    documents: Array<{ location: string; language: string; dataset: 'Train' | 'Test'; classes: Array<{ category: string }> }>;
  };
}

export function buildProject(
  train: readonly LabelledExample[],
  test: readonly LabelledExample[],
  projectName: string,
  container: string,
): ExportedProject {
  const doc = (e: LabelledExample, dataset: 'Train' | 'Test') => ({
    location: `${e.id}.txt`,
    language: 'en-gb',
    dataset,
    classes: labelsOf(e).map((category) => ({ category })),
  });
  return {
    projectFileVersion: AUTHORING_API_VERSION,
    stringIndexType: 'Utf16CodeUnit',
    metadata: {
      projectKind: 'CustomMultiLabelClassification',
      storageInputContainerName: container,
      projectName,
      multilingual: false,
      description: 'Dartford and Gravesham community safety reports: categories, hate and strands, emergency (docs/architecture.md 4.3)',
      language: 'en-gb',
    },
    assets: {
      projectKind: 'CustomMultiLabelClassification',
      classes: ALL_LABELS.map((category) => ({ category })),
      documents: [...train.map((e) => doc(e, 'Train')), ...test.map((e) => doc(e, 'Test'))],
    },
  };
}

/** Writes project.json and documents/<id>.txt under `dir` (documents/ is replaced). */
export function writeExport(
  dir: string,
  train: readonly LabelledExample[],
  test: readonly LabelledExample[],
  projectName = 'dg-community-safety',
  container = 'dg-language-training',
): ExportedProject {
  const project = buildProject(train, test, projectName, container);
  const docs = path.join(dir, 'documents');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  for (const e of [...train, ...test]) writeFileSync(path.join(docs, `${e.id}.txt`), `${e.text}\n`);
  writeFileSync(path.join(dir, 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
  return project;
}

export const listDocuments = (dir: string) => readdirSync(path.join(dir, 'documents')).sort();
