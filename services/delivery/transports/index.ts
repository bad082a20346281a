import path from 'node:path';
import { emailTemplateOf, namesOf, type DeploymentConfig, type Queue } from '../../config/deployment';
import type { DirectoryEntry } from '../../signposting/directory';
import type { Transport } from '../transport';
import { AzureQueueTransport } from './azureQueue';
import { EmailTransport } from './email';
import { ServiceBusTransport } from './serviceBus';
import { StoreTransport } from './store';
import { WebhookTransport } from './webhook';

type TransportConfig = Pick<DeploymentConfig, 'connections' | 'secrets' | 'emailTemplatesDir' | 'boroughs' | 'queues'> & {
  /** The address of a report's page in the staff inbox (notice emails link to it). */
  inboxUrl: (reference: string) => string;
  /** The services a resident may be signposted to (emails name them). */
  directory?: readonly DirectoryEntry[];
};

/** One transport per queue, from the queue's configuration (adding a transport is adding one file and a case here). */
export function createTransport(queue: Queue, config: TransportConfig): Transport {
  const connection = 'connection' in queue ? config.connections[queue.connection]! : undefined;
  const secret = (name: string) => config.secrets[name]!;
  switch (queue.transport) {
    case 'store':
      return new StoreTransport();
    case 'webhook':
      return new WebhookTransport(queue, secret(queue.signingKeySetting));
    case 'email':
      return new EmailTransport(
        queue,
        connection as Extract<typeof connection, { type: 'smtp' }> & object,
        config.secrets,
        path.join(config.emailTemplatesDir, emailTemplateOf(queue)),
        config.inboxUrl,
        namesOf(config, config.directory),
      );
    case 'azure-queue':
      return new AzureQueueTransport(queue, secret((connection as { connectionStringSetting: string }).connectionStringSetting));
    case 'service-bus':
      return new ServiceBusTransport(queue, secret((connection as { connectionStringSetting: string }).connectionStringSetting));
  }
}

export function createTransports(config: TransportConfig): Map<string, Transport> {
  return new Map(config.queues.map((q) => [q.id, createTransport(q, config)]));
}
