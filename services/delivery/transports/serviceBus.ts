import { ServiceBusClient, type ServiceBusSender } from '@azure/service-bus';
import type { QueueOf } from '../../config/deployment';
import { PermanentDeliveryError, TransientDeliveryError, type Delivery, type Transport } from '../transport';

/**
 * Azure Service Bus (queue or topic): the message body is the routed report, messageId the idempotency key, so
 * Service Bus duplicate detection drops a repeat. Errors the SDK marks retryable are retried; others are final.
 */
export class ServiceBusTransport implements Transport {
  private readonly client: ServiceBusClient;
  private readonly sender: ServiceBusSender;

  constructor(
    private readonly queue: QueueOf<'service-bus'>,
    connectionString: string,
    /** Tests replace the sender (there is no local Service Bus). */
    createSender: (client: ServiceBusClient, entity: string) => ServiceBusSender = (client, entity) => client.createSender(entity),
  ) {
    this.client = new ServiceBusClient(connectionString);
    this.sender = createSender(this.client, queue.entity);
  }

  async send({ report, idempotencyKey }: Delivery): Promise<void> {
    try {
      await this.sender.sendMessages({
        messageId: idempotencyKey,
        body: report,
        contentType: 'application/json',
        subject: report.reference,
        applicationProperties: { schemaVersion: report.schemaVersion, queue: this.queue.id, borough: report.where.borough },
      });
    } catch (err) {
      const e = err as { retryable?: boolean; code?: string };
      if (e.retryable === false) throw new PermanentDeliveryError(`service_bus_${e.code ?? 'error'}`);
      throw new TransientDeliveryError(`service_bus_${e.code ?? 'error'}`);
    }
  }

  async close(): Promise<void> {
    await this.sender.close();
    await this.client.close();
  }
}
