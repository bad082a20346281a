import path from 'node:path';
import { startApp } from '../bot/index';
import { parseSettings } from '../services/config/settings';
import { createLogger } from '../services/logging/logger';

/** The bot in this process on a free loopback port, with the shipped configuration and `dataDir`, logging errors only. */
export function startBenchApp(dataDir: string, env: Record<string, string> = {}) {
  const root = path.join(__dirname, '..');
  const settings = parseSettings({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CONFIG_DIR: path.join(root, 'deployment/config'),
    DIRECTORY_FILE: path.join(root, 'deployment/directory/services.json'),
    LOG_LEVEL: 'error',
    ...env,
  });
  return startApp(settings, { log: createLogger('error') });
}
