/**
 * Offers the `LiveChats` namespace to the host's Script activities and contributes the system
 * activity "Send Live Chat Response" (spec §8.3): inputs `session` and `text`.
 */
import type { Disposable } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { createLiveChatsNamespace } from '../../../scripts/live-chats-namespace';
import { DisposableCollection } from '../../common/disposable';
import { HostProcesses } from '../kernel/host-services';
import { SessionScriptApi } from './session-script-api';

export const SEND_LIVE_CHAT_RESPONSE = 'live-chats.sendResponse';

@injectable()
export class ScriptRegistrar {
  constructor(
    @inject(HostProcesses) private readonly processes: HostProcesses,
    @inject(SessionScriptApi) private readonly api: SessionScriptApi,
  ) {}

  registerAll(): Disposable {
    const registrations = new DisposableCollection();
    registrations.push(
      this.processes.registerScriptNamespace('LiveChats', (run) => createLiveChatsNamespace(this.api, run)),
      this.processes.registerSystemActivity(SEND_LIVE_CHAT_RESPONSE, async (inputs, run) => {
        await createLiveChatsNamespace(this.api, run).sessions.sendResponse(inputs.session as string, inputs.text as string);
      }),
    );
    return registrations;
  }
}
