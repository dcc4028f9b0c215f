/** Script hooks: the server side of `LiveChats` and its registration with the process engine. */
import { ContainerModule } from 'inversify';
import { ScriptRegistrar } from './script-registrar';
import { SessionScriptApi } from './session-script-api';

export const scriptsModule = new ContainerModule(({ bind }) => {
  bind(SessionScriptApi).toSelf().inSingletonScope();
  bind(ScriptRegistrar).toSelf().inSingletonScope();
});
