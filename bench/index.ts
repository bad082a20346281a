/**
 * npm run bench — every benchmark in turn; JSON results in bench/results/, a table each on stdout.
 * Benchmarks are programs, not tests: nothing here asserts a timing.
 */
import { benchChatPage } from './chatPage';
import { benchClassifier } from './classifier';
import { benchDelivery } from './delivery';
import { benchFullReport } from './fullReport';
import { benchInbox } from './inbox';

async function main(): Promise<void> {
  await benchClassifier();
  await benchDelivery();
  await benchFullReport();
  await benchChatPage();
  await benchInbox();
}

void main();
