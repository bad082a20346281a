import type { ConversationState, TurnContext } from 'botbuilder';
import type { DangerHold } from '../dialogs/dangerResponse';
import type { ReportDraft } from '../dialogs/draft';
import type { DialogServices } from '../dialogs/services';
import type { TextAnalyser } from '../services/classification/analysis';
import type { Classifier } from '../services/classification/classifier';
import type { DangerDetector } from '../services/danger/danger';
import type { DeploymentConfig } from '../services/config/deployment';
import { Locator, loadNeighbours } from '../services/location/locator';
import { ReportService } from '../services/reports/reportService';
import type { DirectoryEntry } from '../services/signposting/directory';
import type { Logger } from '../services/logging/logger';
import type { ReportStore } from '../services/store/reportStore';

/** Reading residents' words: the classifier, personal details and language, and danger (chosen in bot/index.ts). */
export interface LanguageServices {
  classifier: Classifier;
  analyser: TextAnalyser;
  danger: DangerDetector;
}

export interface DialogServiceParts {
  deployment: DeploymentConfig;
  directory: readonly DirectoryEntry[];
  store: ReportStore;
  conversationState: ConversationState;
  language: LanguageServices;
  configDir: string;
  now: () => Date;
  log: Logger;
  /** Called with a stored report's queues, to wake the delivery worker. */
  notify?: (queues: readonly string[]) => void;
}

/** What the dialogs are given: the same wiring for the bot and for the dialog tests. */
export function createDialogServices(parts: DialogServiceParts): DialogServices {
  const { deployment, conversationState, now } = parts;
  return {
    ...parts.language,
    locator: new Locator(deployment.boroughs, loadNeighbours(parts.configDir)),
    reports: new ReportService(parts.store, deployment, now, parts.notify),
    directory: parts.directory,
    deployment,
    draft: conversationState.createProperty<ReportDraft | undefined>('draft'),
    dangerHold: conversationState.createProperty<DangerHold | undefined>('dangerHold'),
    welcomed: conversationState.createProperty<boolean>('welcomed'),
    clearConversation: (context: TurnContext) => conversationState.delete(context),
    now,
    log: parts.log,
  };
}
