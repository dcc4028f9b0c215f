/**
 * Names a new session with its live chat's template (spec §4.4). The template was checked when
 * it was saved; should it no longer compile (a parameter it uses was deleted since), or render
 * empty, the session is named after its client, so creating a session never fails on a name.
 */
import { inject, injectable } from 'inversify';
import type { Channel, Line } from '../../common/line';
import { SESSION_NAME_MAX } from '../../common/session';
import { renderSessionTemplate } from '../../common/session-name';
import { HostClock, HostLogger } from '../kernel/host-services';
import { ParameterRepository } from '../storage/parameter-repository';
import type { Tx } from '../storage/schema';

@injectable()
export class SessionNaming {
  constructor(
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(HostLogger) private readonly logger: HostLogger,
  ) {}

  async nameFor(line: Line, channel: Channel, clientName: string, createdAt: string, tx: Tx): Promise<string> {
    if (!line.sessionNameTemplate) return clientName;
    const definitions = await this.parameters.definitions(tx);
    const facts = { clientName, createdAt, lineName: line.name, channelName: channel.name, params: {} };
    const rendered = renderSessionTemplate(line.sessionNameTemplate, definitions, facts, this.clock.timezone);
    if ('problems' in rendered) {
      this.logger.warn('the session name template no longer compiles', { lineId: line.id, problems: rendered.problems.map((p) => p.message) });
      return clientName;
    }
    return rendered.text.trim().slice(0, SESSION_NAME_MAX) || clientName;
  }
}
