/** The server runtime's own inversify container: one module per capability. */
import type { ExtensionContext } from '@elma365/sdk-types';
import { Container } from 'inversify';
import { attachmentsModule } from './attachments/attachments-module';
import { bindingsModule } from './bindings/bindings-module';
import { contributionProvidersModule } from './kernel/contribution-providers';
import { kernelModule } from './kernel/kernel-module';
import { groupsModule } from './groups/groups-module';
import { linesModule } from './lines/lines-module';
import { operatorsModule } from './operators/operators-module';
import { outboxModule } from './outbox/outbox-module';
import { parametersModule } from './parameters/parameters-module';
import { processesModule } from './processes/processes-module';
import { reportsModule } from './reports/reports-module';
import { responseTemplatesModule } from './response-templates/response-templates-module';
import { routingModule } from './routing/routing-module';
import { scriptsModule } from './scripts/scripts-module';
import { sessionsAppModule } from './sessions-app/sessions-app-module';
import { sessionsModule } from './sessions/sessions-module';
import { storageModule } from './storage/storage-module';
import { supervisionModule } from './supervision/supervision-module';
import { widgetModule } from './widget/widget-module';

// sessionsAppModule precedes sessionsModule: its GET /sessions/count and /sessions/export must match before GET /sessions/:id.
export function createServerContainer(context: ExtensionContext): Container {
  const container = new Container();
  container.load(kernelModule(context), contributionProvidersModule, storageModule, outboxModule, linesModule, sessionsAppModule, sessionsModule, parametersModule, processesModule, scriptsModule, bindingsModule, operatorsModule, routingModule, supervisionModule, responseTemplatesModule, reportsModule, groupsModule, attachmentsModule, widgetModule);
  return container;
}
