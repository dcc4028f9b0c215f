/** Sessions and messages: service, views, realtime publishing and topics, Web API. */
import { ContainerModule } from 'inversify';
import { ApiContribution } from '../http/api-contribution';
import { RealtimeContribution } from '../realtime/realtime-contribution';
import { CompanyMessages } from './company-messages';
import { MessageEdits } from './message-edits';
import { MessageSender } from './message-sender';
import { QueueTaker } from './queue-taker';
import { SessionAlerts } from './session-alerts';
import { SessionNaming } from './session-naming';
import { SessionPublisher } from './session-publisher';
import { SessionQueries } from './session-queries';
import { SessionRoutes } from './session-routes';
import { SessionService } from './session-service';
import { SessionTopics } from './session-topics';
import { SessionViews } from './session-views';
import { SessionWriter } from './session-writer';

export const sessionsModule = new ContainerModule(({ bind }) => {
  bind(SessionViews).toSelf().inSingletonScope();
  bind(SessionNaming).toSelf().inSingletonScope();
  bind(SessionPublisher).toSelf().inSingletonScope();
  bind(SessionQueries).toSelf().inSingletonScope();
  bind(SessionWriter).toSelf().inSingletonScope();
  bind(SessionService).toSelf().inSingletonScope();
  bind(MessageSender).toSelf().inSingletonScope();
  bind(SessionAlerts).toSelf().inSingletonScope();
  bind(QueueTaker).toSelf().inSingletonScope();
  bind(CompanyMessages).toSelf().inSingletonScope();
  bind(MessageEdits).toSelf().inSingletonScope();
  bind(SessionRoutes).toSelf().inSingletonScope();
  bind(ApiContribution).toService(SessionRoutes);
  bind(SessionTopics).toSelf().inSingletonScope();
  bind(RealtimeContribution).toService(SessionTopics);
});
