import type { LineDto } from '../../../../src/extension/common/api';
import { LineSaveController } from '../../../../src/extension/workspace/administration/line-save-controller';
import { LineSaveEvent } from '../../../../src/extension/workspace/administration/line-events';
import { ApiError } from '../../../../src/extension/workspace/services/api-error';
import type { ApiClient } from '../../../../src/extension/workspace/services/api-client';
import { aLine } from '../builders';

/** A tab as the controller sees it: something that renders again and dispatches events. */
class FakeTab extends EventTarget {
  updates = 0;
  readonly heard: string[] = [];

  constructor() {
    super();
    this.addEventListener(LineSaveEvent.type, (event) => this.heard.push(`saved ${(event as LineSaveEvent).line.name}`));
  }

  addController(): void {}
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

function setUp(updateLine: (id: string, body: unknown) => Promise<LineDto>) {
  const tab = new FakeTab();
  const api = { updateLine } as unknown as ApiClient;
  return { tab, save: new LineSaveController(tab, () => api) };
}

describe('saving a tab of a live chat', () => {
  it('takes the saved live chat into the tab before the page hears of it', async () => {
    const { tab, save } = setUp((id, body) => Promise.resolve(aLine({ id, ...(body as Partial<LineDto>) })));
    const applied: string[] = [];
    const saved = await save.save(aLine(), { name: 'Support' }, (line) => applied.push(`applied ${line.name}`, `heard so far: ${tab.heard.length}`));
    expect(saved).toBe(true);
    expect(applied).toEqual(['applied Support', 'heard so far: 0']);
    expect(tab.heard).toEqual(['saved Support']);
    expect({ saving: save.saving, saved: save.saved, error: save.error }).toEqual({ saving: false, saved: true, error: '' });
    expect(tab.updates).toBeGreaterThanOrEqual(2);

    save.clear();
    expect(save.saved).toBe(false);
  });

  it('shows a refusal as its error, unless the tab places it somewhere of its own', async () => {
    const refusal = new ApiError('template/invalid', 'Unknown variable', 400);
    const { tab, save } = setUp(() => Promise.reject(refusal));
    expect(await save.save(aLine(), { name: 'Support' }, () => undefined)).toBe(false);
    expect({ saving: save.saving, saved: save.saved, error: save.error }).toEqual({ saving: false, saved: false, error: 'Unknown variable' });

    const placed: unknown[] = [];
    const placeIt = (error: unknown): boolean => {
      placed.push(error);
      return true;
    };
    expect(await save.save(aLine(), { name: 'Support' }, () => undefined, placeIt)).toBe(false);
    expect(placed).toEqual([refusal]);
    expect(save.error).toBe('');
    expect(tab.heard).toEqual([]);
  });

  it('sends nothing while a save is on its way', async () => {
    let answer: (line: LineDto) => void = () => undefined;
    const calls: unknown[] = [];
    const { save } = setUp((_id, body) => {
      calls.push(body);
      return new Promise((resolve) => (answer = resolve));
    });
    const first = save.save(aLine(), { name: 'A' }, () => undefined);
    expect(save.saving).toBe(true);
    expect(await save.save(aLine(), { name: 'B' }, () => undefined)).toBe(false);
    answer(aLine({ name: 'A' }));
    expect(await first).toBe(true);
    expect(calls).toEqual([{ name: 'A' }]);
  });
});
