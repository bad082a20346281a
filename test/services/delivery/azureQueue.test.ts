import assert from 'node:assert/strict';
import { QueueServiceClient } from '@azure/storage-queue';
import type { QueueOf } from '../../../services/config/deployment';
import { PermanentDeliveryError } from '../../../services/delivery/transport';
import { AzureQueueTransport } from '../../../services/delivery/transports/azureQueue';
import { startAzuriteQueue } from '../../fixtures/azurite';
import { sampleReport } from '../../fixtures/delivery';

describe('Azure Storage Queue delivery (against Azurite from the npm package)', function () {
  this.timeout(30_000);
  let azurite: Awaited<ReturnType<typeof startAzuriteQueue>>;
  const queue: QueueOf<'azure-queue'> = {
    id: 'kent-police',
    name: 'Kent Police',
    partner: 'Kent Police',
    transport: 'azure-queue',
    connection: 'kcc-storage',
    queueName: 'kent-police-reports',
  };

  before(async () => {
    azurite = await startAzuriteQueue();
  });
  after(async () => azurite.stop());

  it('creates the queue if missing and sends the report JSON, base64-encoded', async () => {
    const transport = new AzureQueueTransport(queue, azurite.connectionString);
    const reports = [sampleReport('DG-AAAAA-AAAAB'), sampleReport('DG-AAAAA-AAAAC', { narrative: 'Zażółć gęślą jaźń — “quotes” & <tags>' })];
    for (const report of reports) await transport.send({ report, queue, idempotencyKey: `${report.reference}:kent-police`, attempt: 1 });
    const client = QueueServiceClient.fromConnectionString(azurite.connectionString).getQueueClient('kent-police-reports');
    const { receivedMessageItems } = await client.receiveMessages({ numberOfMessages: 10 });
    assert.equal(receivedMessageItems.length, 2);
    const decoded = receivedMessageItems.map((m) => JSON.parse(Buffer.from(m.messageText, 'base64').toString('utf8')));
    assert.deepEqual(decoded, reports);
  });

  it('refuses a report too large for one message (dead letter, not cut short)', async () => {
    const transport = new AzureQueueTransport(queue, azurite.connectionString);
    const report = sampleReport('DG-AAAAA-AAAAD', { narrative: 'x'.repeat(60_000) });
    await assert.rejects(
      transport.send({ report, queue, idempotencyKey: 'k', attempt: 1 }),
      (err: Error) => err instanceof PermanentDeliveryError && err.message === 'message_too_large',
    );
  });
});
