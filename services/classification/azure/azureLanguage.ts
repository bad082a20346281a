import { AzureKeyCredential, TextAnalysisClient, type TextAnalysisClientOptions } from '@azure/ai-language-text';
import type { PipelineResponse } from '@azure/core-rest-pipeline';
import type { Logger } from '../../logging/logger';
import type { DetectedLanguage, PersonalDetail, TextAnalyser } from '../analysis';
import type { Classification, Classifier } from '../classifier';
import type { DangerDetector } from '../../danger/danger';
import { hateWords } from '../embedded/rules';
import { readLabels } from './labels';
import { BudgetExceeded, CircuitBreaker, withBudget } from './resilience';

export interface AzureLanguageOptions {
  endpoint: string;
  key: string;
  /** Custom multi-label classification project and deployment; without them only PII and language use Azure. */
  project?: string;
  deployment?: string;
  /** Time budget per call, in ms (default 2500): a turn stays far inside the channel's 15-second limit. */
  budgetMs?: number;
  /** Poll interval for the classification job, in ms. */
  pollMs?: number;
  breaker?: CircuitBreaker;
  log: Logger;
  /** What to answer with when Azure cannot: the embedded implementations. */
  /** The embedded services: used on error, and always for danger. */
  fallback: { classifier: Classifier; analyser: TextAnalyser; danger: DangerDetector };
}

const PII_CATEGORIES = { PhoneNumber: 'phone', Email: 'email' } as const;

/** Plain http is allowed only to this machine (the test server); production clients are never weakened. */
export function isLoopback(endpoint: string): boolean {
  const { protocol, hostname } = new URL(endpoint);
  return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]', '::1'].includes(hostname);
}

/**
 * The SDK client. `onThrottled` hears each 429's Retry-After (in ms): the SDK's error does not carry the headers.
 */
export function createTextAnalysisClient(endpoint: string, key: string, onThrottled?: (retryAfterMs: number) => void): TextAnalysisClient {
  const policies: TextAnalysisClientOptions['additionalPolicies'] = [
    {
      position: 'perCall',
      policy: {
        name: 'hearRetryAfter',
        sendRequest: async (request, next) => {
          const hear = (response?: PipelineResponse) => {
            if (response?.status !== 429) return;
            const seconds = Number(response.headers.get('retry-after'));
            onThrottled?.(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 10_000);
          };
          try {
            const response = await next(request);
            hear(response);
            return response;
          } catch (err) {
            // Error statuses arrive here as a RestError carrying the response.
            hear((err as { response?: PipelineResponse }).response);
            throw err;
          }
        },
      },
    },
  ];
  if (isLoopback(endpoint)) {
    policies.push({
      position: 'perCall',
      policy: {
        name: 'allowLoopbackHttp',
        sendRequest: (request, next) => {
          request.allowInsecureConnection = true;
          return next(request);
        },
      },
    });
  }
  // A 429 or 5xx falls back to the embedded result at once (and opens the breaker): no SDK retries inside a turn.
  return new TextAnalysisClient(endpoint, new AzureKeyCredential(key), { retryOptions: { maxRetries: 0 }, additionalPolicies: policies });
}

function reason(err: unknown): string {
  if (err instanceof BudgetExceeded) return 'timeout';
  const status = (err as { statusCode?: number }).statusCode;
  return status ? `http_${status}` : (err as Error).name || 'error';
}

/**
 * Azure AI Language behind our Classifier and TextAnalyser interfaces (docs/architecture.md 8). Every call sets
 * disableServiceLogs (the request body's loggingOptOut), runs within a time budget, and falls back to the
 * embedded result on error, 429 or timeout, with a circuit breaker; fallbacks are logged without any text.
 * Emergency detection always also runs the local rules: safety never depends on the network.
 */
export class AzureLanguage implements Classifier, TextAnalyser {
  private readonly client: TextAnalysisClient;
  private readonly breaker: CircuitBreaker;
  private readonly budgetMs: number;
  private retryAfter: number | undefined;

  constructor(private readonly options: AzureLanguageOptions) {
    this.client = createTextAnalysisClient(options.endpoint, options.key, (ms) => (this.retryAfter = ms));
    this.breaker = options.breaker ?? new CircuitBreaker();
    this.budgetMs = options.budgetMs ?? 2500;
  }

  get breakerState() {
    return this.breaker.state;
  }

  private async call<T>(operation: string, work: (signal: AbortSignal) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (!this.breaker.allow()) {
      this.options.log.debug({ operation, reason: 'circuit_open' }, 'azure language skipped');
      return fallback();
    }
    try {
      const result = await withBudget(this.budgetMs, work);
      this.breaker.success();
      return result;
    } catch (err) {
      const throttled = (err as { statusCode?: number }).statusCode === 429 ? (this.retryAfter ?? 10_000) : undefined;
      this.breaker.failure(throttled);
      this.options.log.warn({ operation, reason: reason(err), breaker: this.breaker.state }, 'azure language failed: using the embedded result');
      return fallback();
    }
  }

  async classify(text: string): Promise<Classification> {
    const { project, deployment } = this.options;
    const fallback = () => this.options.fallback.classifier.classify(text);
    if (!project || !deployment) return fallback();
    return this.call(
      'classify',
      async (abortSignal) => {
        const poller = await this.client.beginAnalyzeBatch(
          [{ kind: 'CustomMultiLabelClassification', projectName: project, deploymentName: deployment, disableServiceLogs: true }],
          [text],
          'en',
          { abortSignal, updateIntervalInMs: this.options.pollMs ?? 250 },
        );
        const results = await poller.pollUntilDone({ abortSignal });
        for await (const action of results) {
          if (action.kind !== 'CustomMultiLabelClassification' || action.error) throw new Error('classification action failed');
          const doc = action.results[0];
          if (!doc || doc.error) throw new Error('classification document failed');
          const read = readLabels(doc.classifications);
          if (read.categories.length === 0) throw new Error('no category in the answer');
          return {
            categories: read.categories,
            hate: read.hate || hateWords(text),
            strands: read.hate ? read.strands : [],
            ...dangerOf(this.options.fallback.danger, text, read.emergency),
            confidence: Math.round(read.confidence * 100) / 100,
            source: 'azure' as const,
          };
        }
        throw new Error('no classification result');
      },
      fallback,
    );
  }

  async personalDetails(text: string): Promise<PersonalDetail[]> {
    return this.call(
      'pii',
      async (abortSignal) => {
        const [doc] = await this.client.analyze('PiiEntityRecognition', [text], 'en', {
          abortSignal,
          disableServiceLogs: true,
          categoriesFilter: Object.keys(PII_CATEGORIES) as Array<keyof typeof PII_CATEGORIES>,
        });
        if (!doc || doc.error) throw new Error('pii document failed');
        return doc.entities
          .filter((e): e is typeof e & { category: keyof typeof PII_CATEGORIES } => e.category in PII_CATEGORIES)
          .map((e) => ({ kind: PII_CATEGORIES[e.category], offset: e.offset, length: e.length }));
      },
      () => this.options.fallback.analyser.personalDetails(text),
    );
  }

  async detectLanguage(text: string): Promise<DetectedLanguage | undefined> {
    return this.call(
      'language',
      async (abortSignal) => {
        const [doc] = await this.client.analyze('LanguageDetection', [text], 'gb', { abortSignal, disableServiceLogs: true });
        if (!doc || doc.error) throw new Error('language document failed');
        const { iso6391Name, name, confidenceScore } = doc.primaryLanguage;
        return confidenceScore >= 0.6 && iso6391Name !== '(Unknown)' ? { code: iso6391Name, name } : undefined;
      },
      () => this.options.fallback.analyser.detectLanguage(text),
    );
  }
}

/** Danger is read by the danger detector on the Azure path too; the model's own flag can only raise it to possible. */
function dangerOf(detector: DangerDetector, text: string, modelSaysEmergency: boolean): Pick<Classification, 'danger' | 'emergency'> {
  const { level } = detector.read(text);
  const danger = level === 'none' && modelSaysEmergency ? 'possible' : level;
  return { danger, emergency: danger !== 'none' };
}
