/**
 * Custom session parameters (spec §4.6): administrators define them; processes, routing and the
 * Web API (administrators) write values, each checked against its definition; operators only
 * read them. Each value is stored with its sort key for the session list.
 */
import { inject, injectable } from 'inversify';
import { AccessPolicy, type Actor, forbidden } from '../../common/access-policy';
import { LiveChatsError } from '../../common/errors';
import { checkDefinitions, type ParameterDefinition } from '../../common/parameters/parameter-definition';
import { sortKeyOf } from '../../common/parameters/parameter-index';
import { normalizeParameterValues } from '../../common/parameters/parameter-value';
import { LiveChatsDb } from '../kernel/host-services';
import { ParameterRepository, type StoredValue } from '../storage/parameter-repository';
import type { Db, Tx } from '../storage/schema';

@injectable()
export class ParameterService {
  constructor(
    @inject(LiveChatsDb) private readonly db: Db,
    @inject(ParameterRepository) private readonly parameters: ParameterRepository,
  ) {}

  definitions(): Promise<ParameterDefinition[]> {
    return this.parameters.definitions();
  }

  async replaceDefinitions(actor: Actor, input: unknown): Promise<ParameterDefinition[]> {
    if (!AccessPolicy.canConfigureLines(actor)) throw forbidden('Only administrators define session parameters.');
    const definitions = checkDefinitions(input);
    const before = new Map((await this.parameters.definitions()).map((d) => [d.code, d]));
    const inUse = await this.parameters.codesInUse();
    const retyped = definitions.filter((d) => inUse.has(d.code) && before.get(d.code)?.type !== d.type);
    if (retyped.length) {
      throw new LiveChatsError(
        'params/invalid-definition',
        `Sessions have values for ${retyped.map((d) => `"${d.name}" (${d.code})`).join(', ')}: the type of a parameter in use cannot change. Create a new parameter instead.`,
      );
    }
    await this.parameters.replaceDefinitions(definitions);
    return definitions;
  }

  /** Checks every value against its definition and writes them all, or none. */
  async setValues(sessionId: string, values: Record<string, unknown>): Promise<void> {
    const definitions = await this.parameters.definitions();
    await this.db.transaction().execute((tx) => this.writeValues(tx, sessionId, values, definitions));
  }

  /** setValues inside the caller's transaction, with the definitions it read. */
  async writeValues(tx: Tx, sessionId: string, values: Record<string, unknown>, definitions: readonly ParameterDefinition[]): Promise<void> {
    const normalized = normalizeParameterValues(definitions, values);
    const byCode = new Map(definitions.map((d) => [d.code, d]));
    const stored: StoredValue[] = [];
    const cleared: string[] = [];
    for (const [code, value] of Object.entries(normalized)) {
      if (value === undefined) {
        cleared.push(code);
        continue;
      }
      const key = sortKeyOf(byCode.get(code)!, value);
      stored.push({ code, value, sortText: key?.text, sortNumber: key?.number });
    }
    await this.parameters.write(sessionId, stored, cleared, tx);
  }

  async getValues(sessionId: string): Promise<Record<string, unknown>> {
    return (await this.parameters.valuesOf([sessionId])).get(sessionId) ?? {};
  }
}
