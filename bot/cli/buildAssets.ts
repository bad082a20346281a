/**
 * Part of `npm run build`: copies the files the compiled bot reads at run time next to it in dist/, and builds the
 * chat pages' scripts and stylesheet (bot/web/build.ts) into dist/bot/web/built.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { buildWebAssets } from '../web/build';

const root = path.join(__dirname, '../..');
for (const dir of ['services/classification/data', 'bot/web/templates', 'bot/staff/templates']) {
  cpSync(path.join(root, dir), path.join(root, 'dist', dir), { recursive: true });
}
buildWebAssets(path.join(root, 'dist/bot/web/built')).then(
  (manifest) => console.log(`Copied run-time assets to dist/ and built ${Object.keys(manifest).length} web files`),
  (err: Error) => {
    console.error(`Building the web files failed: ${err.message}`);
    process.exit(1);
  },
);
