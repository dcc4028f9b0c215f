/** The kernel: host services from the activation context, the actor service and the registrars. */
import type { ExtensionContext } from '@elma365/sdk-types';
import { ContainerModule } from 'inversify';
import { ApiRegistrar } from '../http/api-registrar';
import { RealtimeRegistrar } from '../realtime/realtime-registrar';
import type { Db } from '../storage/schema';
import { ActorService } from './actor-service';
import {
  ExtensionManifest,
  HostApps,
  HostFiles,
  HostNotifications,
  HostClock,
  HostDatabase,
  HostDirectory,
  HostHttp,
  HostLogger,
  HostProcesses,
  HostRealtime,
  LiveChatsDb,
} from './host-services';

export function kernelModule(context: ExtensionContext): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(ExtensionManifest).toConstantValue(context.manifest);
    bind(HostDatabase).toConstantValue(context.database);
    bind(LiveChatsDb).toConstantValue(context.database.kysely as Db);
    bind(HostDirectory).toConstantValue(context.directory);
    bind(HostHttp).toConstantValue(context.http);
    bind(HostRealtime).toConstantValue(context.realtime);
    bind(HostClock).toConstantValue(context.clock);
    bind(HostLogger).toConstantValue(context.logger);
    bind(HostProcesses).toConstantValue(context.processes);
    bind(HostApps).toConstantValue(context.apps);
    bind(HostNotifications).toConstantValue(context.notifications);
    bind(HostFiles).toConstantValue(context.files);
    bind(ActorService).toSelf().inSingletonScope();
    bind(ApiRegistrar).toSelf().inSingletonScope();
    bind(RealtimeRegistrar).toSelf().inSingletonScope();
  });
}
