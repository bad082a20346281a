/** Part of `npm run build`: copies the files the compiled bot reads at run time next to it in dist/. */
import { cpSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');
for (const dir of ['services/classification/data', 'bot/web/static']) {
  cpSync(path.join(root, dir), path.join(root, 'dist', dir), { recursive: true });
}
console.log('Copied run-time assets to dist/');
