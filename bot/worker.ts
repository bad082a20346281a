/**
 * npm run worker — the delivery worker as its own process (set RUN_WORKER=false on the bot instances then, or keep
 * both: workers on one database never deliver the same row at once). Same settings as the bot; stops on
 * SIGTERM/SIGINT after the deliveries in flight.
 */
import './requireNode';
import { loadDeploymentConfig } from '../services/config/deployment';
import { ConfigurationError, loadSettings } from '../services/config/settings';
import { guardProcess, routeConsole } from '../services/logging/processGuards';
import { createLogger } from '../services/logging/logger';
import { migrate, openDatabase } from '../services/store/database';
import { loadDirectory } from '../services/signposting/directory';
import { SqlReportStore } from '../services/store/sqlStore';
import { closeTransports, createWorker } from './index';

async function main(): Promise<void> {
  let settings;
  let deployment;
  try {
    settings = loadSettings();
    deployment = loadDeploymentConfig(settings.CONFIG_DIR);
  } catch (err) {
    if (err instanceof ConfigurationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(settings.LOG_LEVEL).child({ process: 'worker' });
  routeConsole(log);
  guardProcess(log);
  const { db, dialect } = openDatabase(settings);
  await migrate(db);
  const store = new SqlReportStore(db, deployment.partnership.referencePrefix, undefined, dialect);
  let created;
  try {
    created = createWorker(settings, deployment, store, log, loadDirectory(settings.DIRECTORY_FILE));
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const { worker, transports } = created;
  worker.start();
  log.info({ queues: deployment.queues.length }, 'delivery worker started');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'delivery worker stopping');
    void worker
      .stop()
      .then(() => closeTransports(transports))
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
