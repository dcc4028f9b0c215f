/**
 * The server runtime entry. The host calls `activate(context)`; the extension migrates its
 * schema, builds its container and registers its Web API routes and realtime topics. Disposing
 * the returned Disposable unregisters everything.
 */
import 'reflect-metadata';
import type { Disposable, ExtensionContext } from '@elma365/sdk-types';
import { DisposableCollection } from '../common/disposable';
import { UploadSweep } from './attachments/upload-sweep';
import { ApiRegistrar } from './http/api-registrar';
import { OperatorStatusService } from './operators/operator-status-service';
import { OutboxWorker } from './outbox/outbox-worker';
import { Dispatcher } from './routing/dispatcher';
import { ScriptRegistrar } from './scripts/script-registrar';
import { RealtimeRegistrar } from './realtime/realtime-registrar';
import { createServerContainer } from './server-container';
import { migrateToLatest } from './storage/migrations';

export async function activate(context: ExtensionContext): Promise<Disposable> {
  await migrateToLatest(context.database.kysely);
  const container = createServerContainer(context);
  const registrations = new DisposableCollection();
  registrations.push(
    container.get(ApiRegistrar).registerAll(),
    container.get(RealtimeRegistrar).registerAll(),
    container.get(ScriptRegistrar).registerAll(),
    container.get(OutboxWorker).start(),
    container.get(OperatorStatusService).start(),
    container.get(Dispatcher).start(),
    container.get(UploadSweep).start(),
  );
  context.logger.info('Live Chats activated', { version: context.manifest.version });
  return registrations;
}
