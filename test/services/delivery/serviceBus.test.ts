import assert from 'node:assert/strict';
import sinon from 'sinon';
import type { ServiceBusSender } from '@azure/service-bus';
import type { QueueOf } from '../../../services/config/deployment';
import { PermanentDeliveryError, TransientDeliveryError } from '../../../services/delivery/transport';
import { ServiceBusTransport } from '../../../services/delivery/transports/serviceBus';
import { sampleReport } from '../../fixtures/delivery';

/** No Service Bus runs locally: the SDK's sender is stubbed; the transport's mapping is what is tested. */
describe('Service Bus delivery (sender stubbed)', () => {
  const queue: QueueOf<'service-bus'> = {
    id: 'prevent',
    name: 'Prevent',
    partner: 'KCC',
    transport: 'service-bus',
    connection: 'kcc-bus',
    entity: 'prevent-referrals',
  };
  const connectionString = 'Endpoint=sb://dg-test.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=bm90LWEta2V5';

  function withSender(sendMessages: sinon.SinonStub) {
    const sender = { sendMessages, close: sinon.stub().resolves() } as unknown as ServiceBusSender;
    const entity = sinon.spy();
    const transport = new ServiceBusTransport(queue, connectionString, (_client, name) => {
      entity(name);
      return sender;
    });
    return { transport, sender, entity };
  }

  it('sends the report as the body with the idempotency key as messageId', async () => {
    const send = sinon.stub().resolves();
    const { transport, entity, sender } = withSender(send);
    const report = sampleReport('DG-BBBBB-BBBBC', { categories: ['extremism'], queues: ['prevent'] });
    await transport.send({ report, queue, idempotencyKey: 'DG-BBBBB-BBBBC:prevent', attempt: 1 });
    assert.ok(entity.calledOnceWith('prevent-referrals'));
    assert.ok(send.calledOnce);
    const message = send.firstCall.args[0];
    assert.equal(message.messageId, 'DG-BBBBB-BBBBC:prevent');
    assert.deepEqual(message.body, report);
    assert.equal(message.contentType, 'application/json');
    assert.equal(message.subject, 'DG-BBBBB-BBBBC');
    assert.deepEqual(message.applicationProperties, { schemaVersion: 1, queue: 'prevent', borough: 'gravesham' });
    await transport.close();
    assert.ok((sender.close as sinon.SinonStub).calledOnce);
  });

  it('retries errors the SDK marks retryable and gives up on the others', async () => {
    const busy = Object.assign(new Error('busy'), { retryable: true, code: 'ServiceBusy' });
    const notFound = Object.assign(new Error('no entity'), { retryable: false, code: 'MessagingEntityNotFound' });
    const { transport } = withSender(sinon.stub().onFirstCall().rejects(busy).onSecondCall().rejects(notFound));
    const delivery = { report: sampleReport('DG-BBBBB-BBBBD'), queue, idempotencyKey: 'k', attempt: 1 };
    await assert.rejects(
      transport.send(delivery),
      (err: Error) => err instanceof TransientDeliveryError && err.errorClass === 'service_bus_ServiceBusy',
    );
    await assert.rejects(
      transport.send(delivery),
      (err: Error) => err instanceof PermanentDeliveryError && err.errorClass === 'service_bus_MessagingEntityNotFound',
    );
    await transport.close();
  });
});
