/** Storage: the extension's repositories on the host's database. */
import { ContainerModule } from 'inversify';
import { AttachmentRepository } from './attachment-repository';
import { ClientRepository } from './client-repository';
import { LineRepository } from './line-repository';
import { MessageRepository } from './message-repository';
import { OperatorRepository } from './operator-repository';
import { ParameterRepository } from './parameter-repository';
import { ResponseTemplateRepository } from './response-template-repository';
import { RuleRepository } from './rule-repository';
import { SessionItemRepository } from './session-item-repository';
import { SessionRepository } from './session-repository';
import { SettingsRepository } from './settings-repository';

export const storageModule = new ContainerModule(({ bind }) => {
  bind(LineRepository).toSelf().inSingletonScope();
  bind(SessionRepository).toSelf().inSingletonScope();
  bind(MessageRepository).toSelf().inSingletonScope();
  bind(AttachmentRepository).toSelf().inSingletonScope();
  bind(ClientRepository).toSelf().inSingletonScope();
  bind(ParameterRepository).toSelf().inSingletonScope();
  bind(SessionItemRepository).toSelf().inSingletonScope();
  bind(RuleRepository).toSelf().inSingletonScope();
  bind(OperatorRepository).toSelf().inSingletonScope();
  bind(SettingsRepository).toSelf().inSingletonScope();
  bind(ResponseTemplateRepository).toSelf().inSingletonScope();
});
