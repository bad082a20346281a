import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSplit } from '../../services/classification/dataset';
import { buildProject, listDocuments } from '../../services/classification/azure/trainingExport';
import { removeSpans } from '../../services/classification/analysis';
import { AzureLanguage, isLoopback } from '../../services/classification/azure/azureLanguage';
import { CircuitBreaker, withBudget, BudgetExceeded } from '../../services/classification/azure/resilience';
import { EmbeddedClassifier } from '../../services/classification/embedded/embeddedClassifier';
import { EmbeddedTextAnalyser } from '../../services/classification/embedded/textAnalyser';
import { runScript } from '../fixtures/botProcess';
import { FakeLanguageServer } from '../fixtures/fakeLanguageServer';
import { LogCapture } from '../fixtures/app';
import { createLogger } from '../../services/logging/logger';
import { ROOT } from '../fixtures/services';

const classes = (text: string) =>
  text.includes('mosque')
    ? [
        { category: 'intimidation', confidenceScore: 0.91 },
        { category: 'hate', confidenceScore: 0.88 },
        { category: 'strand_religion', confidenceScore: 0.8 },
        { category: 'strand_race', confidenceScore: 0.3 },
      ]
    : [
        { category: 'damage', confidenceScore: 0.55 },
        { category: 'vehicles', confidenceScore: 0.52 },
        { category: 'noise', confidenceScore: 0.2 },
      ];

describe('Azure AI Language through the real SDK, against a local server', function () {
  this.timeout(20_000);
  let server: FakeLanguageServer;
  let logs: LogCapture;
  let breaker: CircuitBreaker;
  let clock: number;
  let azure: AzureLanguage;

  beforeEach(async () => {
    server = await new FakeLanguageServer({
      classify: classes,
      language: (t) =>
        /[ąęłńóśźż]/.test(t)
          ? { name: 'Polish', iso6391Name: 'pl', confidenceScore: 0.97 }
          : { name: 'English', iso6391Name: 'en', confidenceScore: 0.99 },
    }).start();
    logs = new LogCapture();
    clock = 1_000_000;
    breaker = new CircuitBreaker(3, 30_000, () => clock);
    azure = new AzureLanguage({
      endpoint: server.url,
      key: server.key,
      project: 'dg-community-safety',
      deployment: 'production',
      budgetMs: 1500,
      pollMs: 20,
      breaker,
      log: createLogger('debug', logs),
      fallback: { classifier: EmbeddedClassifier.default(), analyser: new EmbeddedTextAnalyser(), danger: EmbeddedClassifier.default().danger },
    });
  });
  afterEach(async () => server.stop());

  it('classifies with the custom multi-label model (submit, polls, result) and maps labels to our codes', async () => {
    const c = await azure.classify('They shouted abuse at us outside the mosque');
    assert.equal(c.source, 'azure');
    assert.deepEqual(c.categories, ['intimidation']);
    assert.equal(c.hate, true);
    assert.deepEqual(c.strands, ['religion']);
    assert.equal(c.confidence, 0.91);
    const other = await azure.classify('my car window was smashed');
    assert.deepEqual(other.categories, ['damage', 'vehicles'], 'second category kept when the model is sure of it');
    assert.equal(other.hate, false);
    const polls = server.received.filter((r) => r.method === 'GET' && r.path.includes('/jobs/'));
    assert.ok(polls.length >= 4, 'the job was polled until it succeeded');
    assert.ok(
      server.received.every((r) => r.key === server.key),
      'the key goes in Ocp-Apim-Subscription-Key',
    );
  });

  it('keeps the local emergency rules whatever the model says', async () => {
    const c = await azure.classify('he has a knife and is outside my door right now');
    assert.equal(c.source, 'azure');
    assert.equal(c.emergency, true);
  });

  it('finds phone numbers and emails (and only those) for removal', async () => {
    const text = 'Zebedee rang me from 07700 900123 and emails from zeb@example.org';
    const spans = await azure.personalDetails(text);
    assert.deepEqual(
      spans.map((s) => s.kind),
      ['phone', 'email'],
    );
    assert.equal(removeSpans(text, spans), 'Zebedee rang me from [removed] and emails from [removed]');
  });

  it('detects the language', async () => {
    assert.deepEqual(await azure.detectLanguage('Mój sąsiad codziennie puszcza głośną muzykę'), { code: 'pl', name: 'Polish' });
    assert.deepEqual(await azure.detectLanguage('My neighbour plays loud music'), { code: 'en', name: 'English' });
  });

  it('sends loggingOptOut (disableServiceLogs) in every request body', async () => {
    await azure.classify('loud music outside the mosque');
    await azure.personalDetails('call 07700 900123');
    await azure.detectLanguage('hello there neighbour');
    const bodies = server.analysisBodies;
    assert.equal(bodies.length, 3);
    for (const body of bodies) {
      const params =
        (body.parameters as { loggingOptOut?: boolean } | undefined) ??
        (body.tasks as Array<{ parameters: { loggingOptOut?: boolean } }>)[0]!.parameters;
      assert.equal(params.loggingOptOut, true, JSON.stringify(body).slice(0, 200));
    }
  });

  for (const mode of ['429', '500', 'malformed', 'slow'] as const) {
    it(`falls back to the embedded result on ${mode}, logging no text`, async () => {
      server.mode = mode;
      server.slowMs = 3000;
      const text = 'Loud music and a party next door every weekend until 4am Zebedee';
      const c = await azure.classify(text);
      assert.equal(c.source, 'embedded');
      assert.equal(c.categories[0], 'noise');
      const pii = await azure.personalDetails('ring 07700 900123');
      assert.deepEqual(
        pii.map((p) => p.kind),
        ['phone'],
      );
      const log = logs.text;
      assert.match(log, /azure language failed: using the embedded result/);
      assert.match(log, mode === 'slow' ? /"reason":"timeout"/ : mode === 'malformed' ? /"reason":"/ : new RegExp(`"reason":"http_${mode}"`));
      assert.ok(!log.includes('Loud music') && !log.includes('Zebedee') && !log.includes('07700'), 'no resident text in logs');
    });
  }

  it('opens the circuit after repeated failures, and closes it after a good trial call', async () => {
    server.mode = '500';
    for (let i = 0; i < 3; i++) await azure.detectLanguage('hello there neighbour, how are you');
    assert.equal(azure.breakerState, 'open');
    const before = server.received.length;
    const c = await azure.classify('loud music');
    assert.equal(c.source, 'embedded');
    assert.equal(server.received.length, before, 'no call goes out while open');
    server.mode = 'ok';
    clock += 31_000;
    assert.equal(azure.breakerState, 'half-open');
    const trial = await azure.classify('shouting at the mosque');
    assert.equal(trial.source, 'azure');
    assert.equal(azure.breakerState, 'closed');
  });

  it('respects Retry-After on 429 by opening the circuit for at least that long', async () => {
    server.mode = '429';
    server.retryAfterSeconds = 90;
    await azure.detectLanguage('hello there neighbour, how are you');
    assert.equal(azure.breakerState, 'open');
    server.mode = 'ok';
    clock += 60_000;
    assert.equal(azure.breakerState, 'open', 'still open after the 30 s cool-down: Retry-After was 90 s');
    clock += 31_000;
    assert.equal(azure.breakerState, 'half-open');
  });

  it('allows plain http only to loopback endpoints', () => {
    assert.equal(isLoopback('http://127.0.0.1:5000/'), true);
    assert.equal(isLoopback('http://localhost:5000'), true);
    assert.equal(isLoopback('https://dg.cognitiveservices.azure.com/'), false);
    assert.equal(isLoopback('http://dg.cognitiveservices.azure.com/'), false);
  });
});

describe('time budget and circuit breaker', () => {
  it('withBudget rejects past the budget and aborts the work', async () => {
    let aborted = false;
    await assert.rejects(
      withBudget(50, (signal) => new Promise((resolve) => signal.addEventListener('abort', () => ((aborted = true), resolve(1))))),
      BudgetExceeded,
    );
    assert.equal(aborted, true);
    assert.equal(await withBudget(500, async () => 7), 7);
  });

  it('lets one trial call through when half-open', () => {
    let now = 0;
    const b = new CircuitBreaker(2, 1000, () => now);
    b.failure();
    assert.equal(b.state, 'closed');
    b.failure();
    assert.equal(b.state, 'open');
    assert.equal(b.allow(), false);
    now = 1001;
    assert.equal(b.allow(), true);
    assert.equal(b.allow(), false, 'only one trial at a time');
    b.failure();
    assert.equal(b.state, 'open', 'a failed trial opens it again');
  });
});

describe('language:train against the local authoring endpoints', function () {
  this.timeout(60_000);
  it('imports the exported project, trains and deploys, showing progress', async () => {
    const server = await new FakeLanguageServer({ pollsBeforeDone: 2 }).start();
    try {
      // Not spawnSync: the server answers from this process, which must keep running.
      const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['bot/cli/languageTrain.ts', '--model', 'm1', '--poll-ms', '10'], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          LANGUAGE_ENDPOINT: server.url,
          LANGUAGE_KEY: server.key,
          LANGUAGE_PROJECT: 'dg-test',
          LANGUAGE_DEPLOYMENT: 'prod',
        },
      });
      const run = { stdout: '', stderr: '', status: null as number | null };
      child.stdout.on('data', (d) => (run.stdout += d));
      child.stderr.on('data', (d) => (run.stderr += d));
      run.status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(run.status, 0, run.stderr);
      assert.match(
        run.stdout,
        /import: running[\s\S]*import: succeeded[\s\S]*train: running[\s\S]*train: succeeded \(100%\)[\s\S]*deploy: succeeded/,
      );
      assert.match(run.stdout, /deployed model m1 as prod in project dg-test/);
      const imported = server.imported as {
        metadata: { projectName: string; projectKind: string };
        assets: { documents: unknown[]; classes: unknown[] };
      };
      assert.equal(imported.metadata.projectName, 'dg-test');
      assert.equal(imported.metadata.projectKind, 'CustomMultiLabelClassification');
      assert.ok(imported.assets.documents.length >= 600);
      const train = server.received.find((r) => r.path.endsWith('/:train'));
      assert.deepEqual(train?.body, { modelLabel: 'm1', trainingConfigVersion: 'latest', evaluationOptions: { kind: 'manual' } });
      const deploy = server.received.find((r) => r.method === 'PUT');
      assert.equal(deploy?.path, '/language/authoring/analyze-text/projects/dg-test/deployments/prod');
      assert.deepEqual(deploy?.body, { trainedModelLabel: 'm1' });
    } finally {
      await server.stop();
    }
  });

  it('says which settings are missing', () => {
    const run = runScript('bot/cli/languageTrain.ts', [], {});
    assert.equal(run.status, 1);
    assert.match(run.stderr, /Setting LANGUAGE_ENDPOINT: is required for language:train/);
  });
});

describe('training export (deployment/language)', () => {
  it('the committed export matches the labelled data, in the custom multi-label import format', () => {
    const dir = path.join(ROOT, 'deployment/language');
    const committed = JSON.parse(readFileSync(path.join(dir, 'project.json'), 'utf8'));
    const train = loadSplit('train');
    const test = loadSplit('test');
    assert.deepEqual(committed, buildProject(train, test, 'dg-community-safety', 'dg-language-training'), 'run npm run language:export');
    assert.equal(committed.metadata.projectKind, 'CustomMultiLabelClassification');
    const classes = new Set(committed.assets.classes.map((c: { category: string }) => c.category));
    for (const doc of committed.assets.documents) {
      for (const c of doc.classes) assert.ok(classes.has(c.category), c.category);
      assert.ok(['Train', 'Test'].includes(doc.dataset));
    }
    assert.deepEqual(listDocuments(dir), [...train, ...test].map((e) => `${e.id}.txt`).sort());
    const first = train[0]!;
    assert.equal(readFileSync(path.join(dir, 'documents', `${first.id}.txt`), 'utf8'), `${first.text}\n`);
  });
});
