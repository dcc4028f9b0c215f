/** The outbox: repository, process starts and the delivery worker. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { OutboxRoutes } from './outbox-routes';
import { OutboxRepository } from './outbox-repository';
import { OutboxWorker } from './outbox-worker';
import { OutboxHandler } from './outbox-handler';
import { ProcessStartHandler, ProcessStarts } from './process-start';

export const outboxModule = new ContainerModule(({ bind }) => {
  bind(OutboxRepository).toSelf().inSingletonScope();
  bind(ProcessStarts).toSelf().inSingletonScope();
  bind(OutboxWorker).toSelf().inSingletonScope();
  bind(ProcessStartHandler).toSelf().inSingletonScope();
  bind(OutboxHandler).toService(ProcessStartHandler);
  bind(OutboxRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(OutboxRoutes);
});
