/**
 * Web API: the process templates a live chat can bind (Business Processes tab) or an operator can
 * start by hand from a session (spec §8.2). A manual start runs on behalf of the operator and gets
 * the session in the template's first session variable.
 */
import type { HostProcesses as HostProcessesContract } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import { AccessPolicy, forbidden } from '../../common/access-policy';
import { type ProcessStartDto, type ProcessTemplateDto, startProcessBody } from '../../common/api';
import { LiveChatsError } from '../../common/errors';
import { type ApiContribution, type ApiRoute, route } from '../http/api-contribution';
import { HostProcesses } from '../kernel/host-services';
import { OperatorStatusService } from '../operators/operator-status-service';
import { SessionQueries } from '../sessions/session-queries';
import { LineRepository } from '../storage/line-repository';

@injectable()
export class ProcessRoutes implements ApiContribution {
  constructor(
    @inject(HostProcesses) private readonly processes: HostProcessesContract,
    @inject(SessionQueries) private readonly sessions: SessionQueries,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
  ) {}

  routes(): ApiRoute[] {
    return [
      route({
        method: 'GET',
        path: '/process-templates',
        handle: async ({ actor }) => {
          const works = (await this.lines.list()).some((line) => AccessPolicy.canWorkOnLine(actor, line));
          if (!actor.isAdmin && !works) throw forbidden('Only administrators, operators and supervisors see process templates.');
          const templates = await this.processes.listTemplates();
          const body: ProcessTemplateDto[] = templates.map(({ code, name, variables }) => ({ code, name, variables }));
          return { body };
        },
      }),
      route({
        method: 'POST',
        path: '/sessions/:id/processes',
        body: startProcessBody,
        handle: async ({ actor, params, body }) => {
          const { session, line } = await this.sessions.view(actor, params.id);
          if (!AccessPolicy.canManageSession(actor, line, session)) {
            throw forbidden('Only the operator working on the session or a supervisor can start a process from it.');
          }
          await this.status.requireOnline(actor);
          const template = await this.processes.getTemplate(body.templateCode);
          if (!template) throw new LiveChatsError('process/binding-invalid', `There is no process "${body.templateCode}".`);
          const sessionVariable = template.variables.find((v) => v.type === 'LINE_SESSION' && !v.array);
          const instance = await this.processes.run(template.code, sessionVariable ? { [sessionVariable.code]: session.id } : {}, { initiatorId: actor.userId });
          const result: ProcessStartDto = {
            instanceId: instance.id,
            status: instance.status,
            error: instance.error ? { code: instance.error.code, message: instance.error.message } : undefined,
          };
          return { status: 201, body: result };
        },
      }),
    ];
  }
}
