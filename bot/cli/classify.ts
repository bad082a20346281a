/**
 * npm run --silent classify: JSON lines {"id","text"} on stdin → one JSON line per input (DESIGN.md 4.1):
 * {"id","categories","hate","strands","emergency"}. A line that cannot be read gets {"id","error"}.
 */
import { createInterface } from 'node:readline';
import { EmbeddedClassifier } from '../../services/classification/embedded/embeddedClassifier';

async function main(): Promise<void> {
  const classifier = EmbeddedClassifier.default();
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
    const { categories, hate, strands, emergency } = await classifier.classify(input.text);
    process.stdout.write(`${JSON.stringify({ id, categories, hate, strands, emergency })}\n`);
  }
}

void main();
