/**
 * Routes a session that has just arrived (a new one, or a closed one the client wrote to again)
 * inside the transaction that queued it (spec §3.3): chooses the rule, queues the session where
 * the rule says, marks it for automatic assignment, records the rule as a system message and
 * writes the rule's additional actions (attribute values; the reply and the process through the
 * outbox). A session for an operator (or a group's least occupied one) is assigned at once when
 * someone has room and no earlier session waits for the same; otherwise it waits for the dispatcher.
 *
 * What needs the directory (who is in which group, who is locked) is read before the
 * transaction: on SQLite the host's directory shares the one connection the transaction holds.
 */
import { LineSessionState, type HostUser } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { Client } from '../../common/client';
import type { Line } from '../../common/line';
import type { LiveChatsSettings } from '../../common/settings';
import type { Message } from '../../common/message';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import { normalizeParameterValues } from '../../common/parameters/parameter-value';
import type { EventFacts } from '../../common/process-bindings';
import { compileCondition } from '../../common/routing/compile-condition';
import { type CompiledRule, type RouteDecision, routeSession } from '../../common/routing/route-session';
import type { RoutingSnapshot } from '../../common/routing/routing-condition';
import { DEFAULT_RULE_NAME, type RoutingRule } from '../../common/routing/routing-rule';
import { renderSessionTemplate } from '../../common/session-name';
import type { Session } from '../../common/session';
import { HostClock, HostDirectory, HostLogger } from '../kernel/host-services';
import { activeOperators } from '../operators/line-operators';
import { OperatorStatusService } from '../operators/operator-status-service';
import { OutboxRepository } from '../outbox/outbox-repository';
import { ProcessStarts } from '../outbox/process-start';
import { ParameterService } from '../parameters/parameter-service';
import { ParameterRepository } from '../storage/parameter-repository';
import { RuleRepository } from '../storage/rule-repository';
import type { Tx } from '../storage/schema';
import { SessionRepository } from '../storage/session-repository';
import { SessionWriter } from '../sessions/session-writer';
import { AUTO_REPLY, type AutoReplyPayload } from './auto-reply';
import { type Assigned, Dispatcher } from './dispatcher';

/** What routing needs to know before the transaction. */
export interface RoutingPlan {
  line: Line;
  rules: CompiledRule[];
  definitions: ParameterDefinition[];
  /** The live chat's operators who are not locked, by id. */
  operators: Map<string, HostUser>;
  /** Names of the live chat's operator groups, by id. */
  groupNames: Map<string, string>;
  settings: LiveChatsSettings;
}

/** What happened, for the caller to finish after commit. */
export interface RoutedOutcome {
  decision: RouteDecision;
  added: Message[];
  /** The rule's process replaces the live chat's "On new session creation" process. */
  replacesLineProcess: boolean;
  /** Rows were written to the outbox. */
  queued: boolean;
  /** The operator it was assigned to at once; otherwise a target waits for the dispatcher. */
  assigned?: HostUser;
}

export interface Arrival {
  session: Session;
  version: number;
  client: Client;
  /** A new session (not a returning one). */
  created: boolean;
  /** For a returning session, who had it before it was closed. */
  previousOperatorId?: string;
  /** The client's account in the channel (an employee's login), for Client account conditions. */
  clientAccount?: string;
  messageText: string;
  channelName: string;
  facts: EventFacts;
}

@injectable()
export class Router {
  constructor(
    @inject(SessionRepository) private readonly sessions: SessionRepository,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(ParameterService) private readonly parameterService: ParameterService,
    @inject(OperatorStatusService) private readonly status: OperatorStatusService,
    @inject(ProcessStarts) private readonly processStarts: ProcessStarts,
    @inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @inject(SessionWriter) private readonly writer: SessionWriter,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostClock) private readonly clock: HostClock,
    @inject(RuleRepository) private readonly rules: RuleRepository,
    @inject(HostLogger) private readonly logger: HostLogger,
    @inject(Dispatcher) private readonly dispatcher: Dispatcher,
  ) {}

  async prepare(line: Line): Promise<RoutingPlan> {
    const rules = await this.rules.list(line.id);
    const definitions = await this.parameters.definitions();
    const operators = new Map<string, HostUser>();
    const groupNames = new Map<string, string>();
    if (rules.length > 0) {
      for (const user of await activeOperators(this.directory, line)) operators.set(user.id, user);
      for (const group of await this.directory.getGroups(line.operatorGroupIds)) groupNames.set(group.id, group.name);
    }
    const settings = await this.status.settingsNow();
    return { line, definitions, operators, groupNames, settings, rules: rules.map((rule) => compiled(rule, definitions)) };
  }

  /** Routes the arrival in the caller's transaction; the session must be Waiting (never spam). */
  async route(tx: Tx, plan: RoutingPlan, arrival: Arrival, at: string): Promise<RoutedOutcome> {
    const { session, client, line } = { ...arrival, line: plan.line };
    const online = plan.rules.length ? await this.status.onlineAmong([...plan.operators.keys()], tx, plan.settings) : new Set<string>();
    const members = (groupId: string): string[] =>
      [...plan.operators.values()].filter((user) => user.groupIds.includes(groupId)).map((user) => user.id);
    const params = plan.rules.length ? (((await this.parameters.valuesOf([session.id], tx)).get(session.id) ?? {}) as RoutingSnapshot['params']) : {};
    // Without custom rules it is the Default rule: nothing to evaluate.
    const decision: RouteDecision = plan.rules.length
      ? routeSession(
          plan.rules,
          {
            lineId: line.id,
            channelId: session.channelId,
            channelType: client.channelType,
            firstSession: arrival.created && !(await this.sessions.hasOtherSession(line.id, client.id, session.id, tx)),
            clientAccount: arrival.clientAccount,
            firstMessageText: arrival.messageText,
            params,
            now: this.clock.now(),
            timeZone: this.clock.timezone,
          },
          {
            canBeAssigned: (id) => online.has(id),
            groupMembers: members,
            lastOperatorId: arrival.previousOperatorId ?? (await this.sessions.lastOperatorOf(line.id, client.id, session.id, tx)),
          },
        )
      : { skipped: [] };

    const added: Message[] = [];
    let version = arrival.version;
    let current: Session = session;
    if (decision.operatorGroupId !== session.operatorGroupId) {
      await this.writer.changeStatus(tx, session.id, version, { type: 'assignToOperatorGroup', operatorGroupId: decision.operatorGroupId }, session, at);
      version += 1;
      current = { ...session, state: LineSessionState.Waiting, operatorId: undefined, operatorGroupId: decision.operatorGroupId };
    }
    // Without custom rules every session simply goes to the common queue: nothing worth a note.
    if (plan.rules.length > 0) added.push(await this.writer.append(tx, session.id, this.writer.systemNote(this.describe(plan, decision)), at));
    let assigned: Assigned | undefined;
    const { target } = decision;
    if (target) {
      // Assigned at once when someone has room and no earlier session waits for the same target;
      // otherwise it waits in the queue for the dispatcher, behind those.
      const key = JSON.stringify(target);
      if (!(await this.sessions.hasPendingFor(line.id, key, tx))) {
        const ids = target.kind === 'operator' ? [target.userId] : members(target.groupId);
        const candidates = ids.flatMap((id) => (online.has(id) && plan.operators.has(id) ? [plan.operators.get(id)!] : []));
        assigned = await this.dispatcher.assignInTransaction(tx, line, current, version, target, candidates, at);
      }
      if (assigned) added.push(assigned.message);
      else await this.sessions.setRoutingTarget(session.id, target, tx);
    }

    const rule = decision.rule;
    let queued = false;
    const values = rule?.setValues?.params && this.applicableValues(plan, rule, rule.setValues.params);
    if (rule?.setValues?.priority) await this.sessions.setPriority(session.id, rule.setValues.priority, at, tx);
    if (values) await this.parameterService.writeValues(tx, session.id, values, plan.definitions);
    if (rule?.reply) {
      const reply = this.renderReply(plan, rule.reply, arrival, { ...params, ...values }, at);
      if ('problem' in reply) {
        const note = `The automatic reply of the routing rule "${rule.name}" was not sent: ${reply.problem}`;
        added.push(await this.writer.append(tx, session.id, this.writer.systemNote(note), at));
      } else if (reply.text) {
        const payload: AutoReplyPayload = { sessionId: session.id, ruleName: rule.name, text: reply.text };
        await this.outbox.add(AUTO_REPLY, payload, at, tx);
        queued = true;
      }
    }
    if (rule?.process) {
      const current = { ...session, state: LineSessionState.Waiting };
      queued = (await this.processStarts.enqueueBinding(tx, rule.process, current, 'sessionCreated', arrival.facts, at)) || queued;
    }
    return { decision, added, queued, assigned: assigned?.operator, replacesLineProcess: Boolean(rule?.process && !rule.process.alsoLineProcess) };
  }

  /**
   * The rule's attribute values that still fit the parameters: a value of a parameter deleted or
   * changed since the rule was saved is dropped (and logged), so the client's message still goes in.
   */
  private applicableValues(plan: RoutingPlan, rule: RoutingRule, values: Record<string, unknown>): Record<string, unknown> | undefined {
    const known = Object.fromEntries(Object.entries(values).filter(([code]) => plan.definitions.some((d) => d.code === code)));
    try {
      normalizeParameterValues(plan.definitions, known);
    } catch (error) {
      this.logger.warn('a routing rule sets values that no longer fit the parameters', { ruleId: rule.id, error: String(error) });
      return undefined;
    }
    if (Object.keys(known).length < Object.keys(values).length) {
      this.logger.warn('a routing rule sets parameters that no longer exist', { ruleId: rule.id });
    }
    return Object.keys(known).length ? known : undefined;
  }

  /** The reply's text, or why it cannot be written (the template names a parameter deleted since). */
  private renderReply(plan: RoutingPlan, source: string, arrival: Arrival, params: Record<string, unknown>, at: string): { text: string } | { problem: string } {
    const facts = { clientName: arrival.client.name, createdAt: arrival.session.createdAt || at, lineName: plan.line.name, channelName: arrival.channelName, params };
    const rendered = renderSessionTemplate(source, plan.definitions, facts, this.clock.timezone);
    if ('problems' in rendered) return { problem: `its template no longer fits the session parameters (${rendered.problems.map((p) => p.message).join('; ')}).` };
    return { text: rendered.text.trim() };
  }


  private describe(plan: RoutingPlan, decision: RouteDecision): string {
    const name = (id: string) => plan.operators.get(id)?.name ?? 'an operator';
    const groupName = (id: string) => plan.groupNames.get(id) ?? 'a group';
    const skipped = decision.skipped.map(({ rule, reason }) => `Rule "${rule.name}" skipped: ${reason}.`).join(' ');
    const rule = decision.rule;
    let applied: string;
    if (!rule) applied = `${DEFAULT_RULE_NAME} applied: the session is in the common queue.`;
    else {
      const target = decision.target;
      const where =
        target?.kind === 'operator'
          ? `for ${name(target.userId)}`
          : target?.kind === 'leastOccupied'
            ? `for the least occupied Online operator of ${groupName(target.groupId)}`
            : decision.operatorGroupId
              ? `in the queue of ${groupName(decision.operatorGroupId)}`
              : 'in the common queue';
      applied = `Routing rule "${rule.name}" applied: the session is ${where}.`;
    }
    return skipped ? `${skipped} ${applied}` : applied;
  }
}


function compiled(rule: RoutingRule, definitions: readonly ParameterDefinition[]): CompiledRule {
  try {
    return { rule, matches: compileCondition(rule.condition, definitions) };
  } catch {
    return { rule };
  }
}
