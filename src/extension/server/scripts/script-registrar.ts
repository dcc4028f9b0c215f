/**
 * Offers the `LiveChats` namespace to the host's Script activities and contributes the system
 * activity "Send Live Chat Response" (spec §8.3): inputs `session` and `text`.
 */
import type { Disposable } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { createLiveChatsNamespace } from '../../../scripts/live-chats-namespace';
import { createSystemLines } from '../../../scripts/system-lines';
import { ScriptError } from '../../../scripts/script-error';
import { z } from 'zod';
import { DisposableCollection } from '../../common/disposable';
import { HostProcesses } from '../kernel/host-services';
import { SessionScriptApi } from './session-script-api';

export const SEND_LIVE_CHAT_RESPONSE = 'live-chats.sendResponse';
export const SEND_LIVE_CHAT_MESSAGE = 'live-chats.sendMessage';

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
      this.processes.registerScriptNamespace('System.lines', (run) => createSystemLines(this.api, run)),
      this.processes.registerSystemActivity(SEND_LIVE_CHAT_RESPONSE, async (inputs, run) => {
        await createLiveChatsNamespace(this.api, run).sessions.sendResponse(inputs.session as string, inputs.text as string);
      }),
      this.processes.registerSystemActivity(SEND_LIVE_CHAT_MESSAGE, async (inputs, run) => {
        await this.api.sendMessage(run, sendMessageInputs(inputs));
      }),
    );
    return registrations;
  }
}

const sendMessageShape = z.strictObject({
  line: z.string().min(1).max(64),
  recipient: z.union([z.string().min(1).max(64), z.looseObject({ id: z.string().min(1).max(64) }).transform((ref) => ref.id)]),
  text: z.string().min(1).max(10_000),
});

/** The inputs of "Send Live Chat Message": the live chat id, the recipient (a user) and the text. */
function sendMessageInputs(inputs: Record<string, unknown>): z.infer<typeof sendMessageShape> {
  const parsed = sendMessageShape.safeParse(inputs);
  if (!parsed.success) {
    throw new ScriptError('script/invalid-argument', `Send Live Chat Message needs the inputs line (a live chat id), recipient (a user) and text: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}.`);
  }
  return parsed.data;
}
