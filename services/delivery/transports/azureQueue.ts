import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import type { QueueOf } from '../../config/deployment';
import { errorForStatus, PermanentDeliveryError, TransientDeliveryError, type Delivery, type Transport } from '../transport';

/** Azure Storage Queue messages are at most 64 KB; the report is sent base64-encoded, so about 48 KB of JSON. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * Azure Storage Queue: the message is the routed report JSON, base64-encoded; the queue is created if missing.
 * A report too large for one message is not cut: it goes to the dead-letter list ("message_too_large") and stays
 * readable in the store (reports CLI) — choose email or webhook for a partner whose reports can be that long.
 */
export class AzureQueueTransport implements Transport {
  private client?: Promise<QueueClient>;

  constructor(
    private readonly queue: QueueOf<'azure-queue'>,
    private readonly connectionString: string,
  ) {}

  private queueClient(): Promise<QueueClient> {
    this.client ??= (async () => {
      const client = QueueServiceClient.fromConnectionString(this.connectionString).getQueueClient(this.queue.queueName);
      await client.createIfNotExists();
      return client;
    })().catch((err) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  async send({ report }: Delivery): Promise<void> {
    const message = Buffer.from(JSON.stringify(report), 'utf8').toString('base64');
    if (message.length > MAX_MESSAGE_BYTES) throw new PermanentDeliveryError('message_too_large');
    try {
      await (await this.queueClient()).sendMessage(message);
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status) throw errorForStatus(status);
      throw new TransientDeliveryError((err as { code?: string }).code ?? 'azure_queue_error');
    }
  }
}
