import { AUTHORING_API_VERSION, type ExportedProject } from './trainingExport';

/**
 * Import, train and deploy the custom multi-label project through the Azure AI Language authoring REST API
 * (2022-05-01), waiting on each operation (Operation-Location) and reporting progress.
 */
export interface TrainOptions {
  endpoint: string;
  key: string;
  project: string;
  deployment: string;
  modelLabel: string;
  pollMs?: number;
  /** Give up waiting on one operation after this long. */
  timeoutMs?: number;
  progress(line: string): void;
}

interface Job {
  status: string;
  errors?: Array<{ code?: string; message?: string }>;
  result?: { trainingStatus?: { percentComplete?: number } };
}

export class TrainingError extends Error {
  override name = 'TrainingError';
}

async function request(options: TrainOptions, method: string, url: string, body?: unknown): Promise<Response> {
  const res = await fetch(url, {
    method,
    headers: { 'Ocp-Apim-Subscription-Key': options.key, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) {
    const text = await res.text();
    let detail = text.slice(0, 300);
    try {
      const e = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
      if (e) detail = `${e.code ?? ''} ${e.message ?? ''}`.trim();
    } catch {
      // not JSON: keep the text
    }
    throw new TrainingError(`${method} ${new URL(url).pathname} answered ${res.status}: ${detail}`);
  }
  return res;
}

async function startAndWait(options: TrainOptions, what: string, method: string, url: string, body: unknown): Promise<Job> {
  const res = await request(options, method, url, body);
  const location = res.headers.get('operation-location');
  if (!location) throw new TrainingError(`${what}: no Operation-Location in the answer`);
  const deadline = Date.now() + (options.timeoutMs ?? 3 * 3600_000);
  let last = '';
  for (;;) {
    const job = (await (await request(options, 'GET', location)).json()) as Job;
    const percent = job.result?.trainingStatus?.percentComplete;
    const line = `${what}: ${job.status}${percent !== undefined ? ` (${percent}%)` : ''}`;
    if (line !== last) options.progress(line);
    last = line;
    if (job.status === 'succeeded') return job;
    if (['failed', 'cancelled', 'cancelling'].includes(job.status)) {
      throw new TrainingError(
        `${what} ${job.status}: ${(job.errors ?? []).map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ') || 'no detail'}`,
      );
    }
    if (Date.now() > deadline) throw new TrainingError(`${what}: still ${job.status} after the time limit`);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 5000));
  }
}

export async function importTrainDeploy(options: TrainOptions, project: ExportedProject): Promise<void> {
  const base = `${options.endpoint.replace(/\/$/, '')}/language/authoring/analyze-text/projects/${encodeURIComponent(options.project)}`;
  const q = `api-version=${AUTHORING_API_VERSION}`;
  const named = { ...project, metadata: { ...project.metadata, projectName: options.project } };
  await startAndWait(options, 'import', 'POST', `${base}/:import?${q}`, named);
  await startAndWait(options, 'train', 'POST', `${base}/:train?${q}`, {
    modelLabel: options.modelLabel,
    trainingConfigVersion: 'latest',
    // "manual": Azure evaluates on the documents marked Test, our test split.
    evaluationOptions: { kind: 'manual' },
  });
  await startAndWait(options, 'deploy', 'PUT', `${base}/deployments/${encodeURIComponent(options.deployment)}?${q}`, {
    trainedModelLabel: options.modelLabel,
  });
  options.progress(`deployed model ${options.modelLabel} as ${options.deployment} in project ${options.project}`);
}
