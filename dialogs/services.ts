import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Logger } from '../services/logging/logger';
import type { TextAnalyser } from '../services/classification/analysis';
import type { Classifier } from '../services/classification/classifier';
import type { DeploymentConfig } from '../services/config/deployment';
import type { Locator } from '../services/location/locator';
import type { ReportService } from '../services/reports/reportService';
import type { DirectoryEntry } from '../services/signposting/directory';
import type { DangerDetector } from '../services/danger/danger';
import type { DangerHold } from './dangerResponse';
import type { ReportDraft } from './draft';

/** What the dialogs need from the rest of the bot, wired in the composition root (bot/index.ts). */
export interface DialogServices {
  classifier: Classifier;
  /** Reads danger in every message (services/danger/). */
  danger: DangerDetector;
  /** Personal details and language in residents' words. */
  analyser: TextAnalyser;
  locator: Locator;
  reports: ReportService;
  directory: readonly DirectoryEntry[];
  deployment: DeploymentConfig;
  /** The report in progress, in conversation state. */
  draft: StatePropertyAccessor<ReportDraft | undefined>;
  /** Set while the bot waits for the resident after a danger message (dialogs/dangerResponse.ts). */
  dangerHold: StatePropertyAccessor<DangerHold | undefined>;
  /** Whether the welcome has been shown in this conversation. */
  welcomed: StatePropertyAccessor<boolean>;
  /** Deletes everything kept for this conversation (the "exit" command). */
  clearConversation(context: TurnContext): Promise<void>;
  now(): Date;
  log: Logger;
}

/** The draft of the report in progress; dialogs that need one are only begun after it is created. */
export async function getDraft(services: DialogServices, context: TurnContext): Promise<ReportDraft> {
  const draft = await services.draft.get(context);
  if (!draft) throw new Error('no report in progress');
  return draft;
}
