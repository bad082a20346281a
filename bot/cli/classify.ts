/**
 * npm run --silent classify: JSON lines {"id","text"} on stdin → one JSON line per input (docs/architecture.md 4.1):
 * {"id","categories","hate","strands","danger","emergency"}. A line that cannot be read gets {"id","error"}.
 */
import '../requireNode';
import { createInterface } from 'node:readline';
import { loadSettings } from '../../services/config/settings';
import { createLogger } from '../../services/logging/logger';
import { chooseLanguageServices } from '../index';

async function main(): Promise<void> {
  // Embedded classifier unless Azure AI Language is configured (LANGUAGE_ENDPOINT, LANGUAGE_KEY, LANGUAGE_PROJECT...).
  const settings = loadSettings();
  const { classifier } = chooseLanguageServices(settings, createLogger(settings.LOG_LEVEL, process.stderr));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown };
    try {
      input = JSON.parse(line);
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: 'not JSON' })}\n`);
      continue;
    }
    const id = typeof input.id === 'string' || typeof input.id === 'number' ? input.id : null;
    if (typeof input.text !== 'string') {
      process.stdout.write(`${JSON.stringify({ id, error: 'text must be a string' })}\n`);
      continue;
    }
    const { categories, hate, strands, danger, emergency } = await classifier.classify(input.text);
    process.stdout.write(`${JSON.stringify({ id, categories, hate, strands, danger, emergency })}\n`);
  }
}

void main();
