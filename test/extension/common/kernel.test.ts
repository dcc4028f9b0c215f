import { ContributionProviderImpl } from '../../../src/extension/common/contribution-provider';
import { DisposableCollection, toDisposable } from '../../../src/extension/common/disposable';
import { LiveChatsError } from '../../../src/extension/common/errors';
import { normalizeMessageText } from '../../../src/extension/common/message';

describe('the kernel', () => {
  it('disposes a collection in reverse order, once, even when one item fails', () => {
    const order: string[] = [];
    const collection = new DisposableCollection();
    collection.push(toDisposable(() => order.push('a')));
    collection.push(toDisposable(() => { throw new Error('b failed'); }));
    collection.push(toDisposable(() => order.push('c')));
    expect(() => collection.dispose()).toThrow('b failed');
    expect(order).toEqual(['c', 'a']);
    collection.dispose();
    expect(order).toEqual(['c', 'a']);
    collection.push(toDisposable(() => order.push('late')));
    expect(order).toEqual(['c', 'a', 'late']);
  });

  it('runs every contribution even when one throws', () => {
    const provider = new ContributionProviderImpl(() => [1, 2, 3]);
    const ran: number[] = [];
    const failed: number[] = [];
    provider.forEach((n) => { if (n === 2) throw new Error('no'); ran.push(n); }, (_e, n) => failed.push(n));
    expect(ran).toEqual([1, 3]);
    expect(failed).toEqual([2]);
  });

  it('serializes errors with their code', () => {
    const error = new LiveChatsError('session/not-waiting', 'taken', { cause: new Error('x') });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'session/not-waiting', message: 'taken' });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('trims messages and refuses empty and oversized ones', () => {
    expect(normalizeMessageText('  hi \n')).toBe('hi');
    expect(() => normalizeMessageText(' \n\t ')).toThrow(LiveChatsError);
    expect(normalizeMessageText('x'.repeat(10_000))).toHaveLength(10_000);
    expect(() => normalizeMessageText('x'.repeat(10_001))).toThrow('longer than 10000');
  });
});
