/**
 * Part of `npm run build`: copies the files the compiled bot reads at run time next to it in dist/, trains the
 * embedded classifier and stores it there, and builds the chat pages' scripts and stylesheet (bot/web/build.ts) into
 * dist/bot/web/built.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSplit } from '../../services/classification/dataset';
import { EmbeddedClassifier, TRAINED_MODEL_FILE, trainingDataFingerprint } from '../../services/classification/embedded/embeddedClassifier';
import { buildWebAssets } from '../web/build';

const root = path.join(__dirname, '../..');
for (const dir of ['services/classification/data', 'bot/web/templates', 'bot/staff/templates']) {
  cpSync(path.join(root, dir), path.join(root, 'dist', dir), { recursive: true });
}
// The classifier, stored here so the compiled bot starts without training: the one a start from source already trained
// for these very data and code (node_modules/.cache), or trained now (45 s to 2.5 min, by machine).
const classifier = EmbeddedClassifier.trainedApart() ?? EmbeddedClassifier.train(loadSplit('train'));
const trained = classifier.save(trainingDataFingerprint());
writeFileSync(path.join(root, 'dist', path.relative(root, TRAINED_MODEL_FILE)), JSON.stringify(trained));
buildWebAssets(path.join(root, 'dist/bot/web/built')).then(
  (manifest) => console.log(`Copied run-time assets to dist/ and built ${Object.keys(manifest).length} web files`),
  (err: Error) => {
    console.error(`Building the web files failed: ${err.message}`);
    process.exit(1);
  },
);
