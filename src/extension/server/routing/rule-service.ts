/**
 * Routing › Rules (spec §2.3, §3.2): administrators list, add, edit, copy, delete and reorder a
 * live chat's custom rules. A rule is saved only when all of it can work: conditions, action,
 * reply template, attribute values and process mapping; every problem is named at once.
 */
import { inject, injectable } from 'inversify';
import { randomUUID } from 'node:crypto';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import type { Line } from '../../common/line';
import { normalizeParameterValues } from '../../common/parameters/parameter-value';
import { bindingProblems } from '../../common/process-bindings';
import type { RoutingRuleBody } from '../../common/routing-api';
import { checkCondition } from '../../common/routing/check-condition';
import type { ConditionGroup } from '../../common/routing/routing-condition';
import { actionProblems, RULE_NAME_MAX, RULES_PER_LINE_MAX, type RoutingRule, type RoutingRuleDraft } from '../../common/routing/routing-rule';
import { sessionNameVariables } from '../../common/session-name';
import { compileTemplate } from '../../common/templates/template';
import { HostClock, HostDirectory, HostProcesses } from '../kernel/host-services';
import { activeOperators } from '../operators/line-operators';
import { LineRepository } from '../storage/line-repository';
import { ParameterRepository } from '../storage/parameter-repository';
import { RuleRepository } from '../storage/rule-repository';

const ruleNotFound = (): LiveChatsError => new LiveChatsError('routing/rule-not-found', 'There is no such routing rule.');

@injectable()
export class RuleService {
  constructor(
    @inject(RuleRepository) private readonly rules: RuleRepository,
    @inject(LineRepository) private readonly lines: LineRepository,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
    @inject(HostDirectory) private readonly directory: HostDirectory,
    @inject(HostProcesses) private readonly processes: HostProcesses,
    @inject(HostClock) private readonly clock: HostClock,
  ) {}

  async list(actor: Actor, lineId: string): Promise<RoutingRule[]> {
    const line = await this.configurable(actor, lineId);
    return this.rules.list(line.id);
  }

  async create(actor: Actor, lineId: string, body: RoutingRuleBody): Promise<RoutingRule> {
    const line = await this.configurable(actor, lineId);
    if ((await this.rules.list(line.id)).length >= RULES_PER_LINE_MAX) {
      throw new LiveChatsError('routing/invalid-rule', `A live chat has at most ${RULES_PER_LINE_MAX} routing rules.`);
    }
    const rule: RoutingRule = { ...(await this.checked(line, body)), id: randomUUID(), lineId: line.id };
    await this.rules.insert(rule, this.now());
    return rule;
  }

  async update(actor: Actor, lineId: string, ruleId: string, body: RoutingRuleBody): Promise<RoutingRule> {
    const line = await this.configurable(actor, lineId);
    const rule: RoutingRule = { ...(await this.checked(line, body)), id: ruleId, lineId: line.id };
    if (!(await this.rules.update(rule, this.now()))) throw ruleNotFound();
    return rule;
  }

  async delete(actor: Actor, lineId: string, ruleId: string): Promise<void> {
    const line = await this.configurable(actor, lineId);
    if (!(await this.rules.delete(line.id, ruleId))) throw ruleNotFound();
  }

  /** "… › Copy": the same rule named "<name> (copy)", right below the original. */
  async copy(actor: Actor, lineId: string, ruleId: string): Promise<RoutingRule> {
    const line = await this.configurable(actor, lineId);
    const rules = await this.rules.list(line.id);
    const index = rules.findIndex((rule) => rule.id === ruleId);
    if (index < 0) throw ruleNotFound();
    if (rules.length >= RULES_PER_LINE_MAX) throw new LiveChatsError('routing/invalid-rule', `A live chat has at most ${RULES_PER_LINE_MAX} routing rules.`);
    const original = rules[index]!;
    const copy: RoutingRule = { ...original, id: randomUUID(), name: `${original.name} (copy)`.slice(0, RULE_NAME_MAX) };
    await this.rules.insert(copy, this.now(), index + 1);
    return copy;
  }

  async reorder(actor: Actor, lineId: string, ruleIds: string[]): Promise<RoutingRule[]> {
    const line = await this.configurable(actor, lineId);
    if (!(await this.rules.reorder(line.id, ruleIds))) {
      throw new LiveChatsError('request/invalid', 'The new order must list every rule of the live chat exactly once; reload the rules and try again.');
    }
    return this.rules.list(line.id);
  }

  private async configurable(actor: Actor, lineId: string): Promise<Line> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators configure routing.');
    const line = await this.lines.get(lineId);
    if (!line) throw new LiveChatsError('line/not-found', 'There is no such live chat.');
    return line;
  }

  /** The rule as it will be stored, or `routing/invalid-rule` naming every problem. */
  private async checked(line: Line, body: RoutingRuleBody): Promise<RoutingRuleDraft> {
    const definitions = await this.parameters.definitions();
    const problems = checkCondition(body.condition, definitions);
    const condition = body.condition as ConditionGroup;
    const operators = new Set(
      (await activeOperators(this.directory, line)).map((user) => user.id),
    );
    problems.push(...actionProblems({ action: body.action, condition }, { operatorGroupIds: line.operatorGroupIds, isOperator: (id) => operators.has(id) }));

    const reply = body.reply?.trim() ? body.reply : undefined;
    if (reply) {
      const compiled = compileTemplate(reply, sessionNameVariables(definitions));
      if (!compiled.ok) problems.push(...compiled.problems.map((problem) => `Reply message: ${problem.message}`));
    }
    let setValues = body.setValues;
    if (setValues?.params && Object.keys(setValues.params).length > 0) {
      try {
        const normalized = normalizeParameterValues(definitions, setValues.params);
        setValues = { ...setValues, params: normalized };
      } catch (error) {
        problems.push(`Session attributes: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (setValues && !setValues.priority && !Object.keys(setValues.params ?? {}).length) setValues = undefined;
    if (body.process) {
      const template = await this.processes.getTemplate(body.process.templateCode);
      if (!template) problems.push(`Business process: there is no process "${body.process.templateCode}".`);
      else problems.push(...bindingProblems('sessionCreated', body.process, template.variables).map((problem) => `Business process: ${problem}`));
    }
    if (problems.length > 0) throw new LiveChatsError('routing/invalid-rule', `The rule cannot be saved: ${problems.join(' ')}`);
    return {
      name: body.name,
      condition,
      action: body.action,
      ...(reply ? { reply } : {}),
      ...(setValues ? { setValues } : {}),
      ...(body.process ? { process: body.process } : {}),
    };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
