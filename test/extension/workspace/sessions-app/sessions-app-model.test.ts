/** The Sessions app's rules: filter ↔ query string ↔ saved filter, columns, sorting, prefs, export progress. */
import { FieldType } from '@elma365/sdk-types';
import { CsvRecordCounter, countQuery, exportQuery, fileNameOf, progressRatio, progressText } from '../../../../src/extension/workspace/sessions-app/export-model';
import {
  allColumns,
  DEFAULT_PREFS,
  fromSaved,
  listQuery,
  loadPrefs,
  nextSort,
  savedQuery,
  savePrefs,
  visibleColumns,
  type SessionsFilter,
} from '../../../../src/extension/workspace/sessions-app/sessions-app-model';

const filter: SessionsFilter = {
  state: 'closed',
  lineId: 'l1',
  createdFrom: '2026-03-01',
  createdTo: '2026-03-31',
  search: ' refund ',
  conditions: [{ code: 'tier', operator: 'eq', value: 'gold:plus' }],
};

describe('sessions app model', () => {
  it('turns the filter into the list query and a saved filter back into the same filter', () => {
    const params = new URLSearchParams(listQuery(filter, { sort: '__name', order: 'asc' }));
    expect(params.get('all')).toBe('true');
    expect(params.get('search')).toBe('refund');
    expect(JSON.parse(params.get('params')!)).toEqual(['tier:eq:gold:plus']);
    // Dates are local days: from the first instant of the first day to the first instant after the last.
    expect(params.get('createdFrom')).toBe(new Date(2026, 2, 1).toISOString());
    expect(params.get('createdTo')).toBe(new Date(2026, 3, 1).toISOString());
    const back = fromSaved(savedQuery(filter, { sort: '__name', order: 'asc' }));
    expect(back.filter).toEqual({ ...filter, search: 'refund', operatorId: undefined, priority: undefined });
    expect(back.sort).toEqual({ sort: '__name', order: 'asc' });
  });

  it('offers every system column and every custom parameter, sortable where the server can order', () => {
    const columns = allColumns([
      { code: 'tier', name: 'Tier', type: FieldType.STRING, required: false, array: false },
      { code: 'tags', name: 'Tags', type: FieldType.STRING, required: false, array: true },
    ]);
    expect(columns.map((c) => c.label)).toEqual(['Name', 'State', 'Live chat', 'Channel', 'Client', 'Operator', 'Operator group', 'Priority', 'Created', 'Closed', 'Last activity', 'Tier', 'Tags']);
    expect(columns.find((c) => c.id === 'param:tier')!.sortKey).toBe('tier');
    expect(columns.find((c) => c.id === 'param:tags')!.sortKey).toBeUndefined();
    expect(columns.find((c) => c.id === 'line')!.sortKey).toBeUndefined();
    expect(visibleColumns(columns, ['param:tier', 'state', 'gone']).map((c) => c.id)).toEqual(['name', 'state', 'param:tier']);
  });

  it('sorts a header ascending, then descending, then back to the latest activity', () => {
    expect(nextSort({ order: 'desc' }, '__name')).toEqual({ sort: '__name', order: 'asc' });
    expect(nextSort({ sort: '__name', order: 'asc' }, '__name')).toEqual({ sort: '__name', order: 'desc' });
    expect(nextSort({ sort: '__name', order: 'desc' }, '__name')).toEqual({ order: 'desc' });
  });

  it('remembers the view and the columns per user, and survives what it cannot read', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    savePrefs(storage, 'u1', { view: 'tiles', columns: ['state'], tileFields: ['client'] });
    expect(loadPrefs(storage, 'u1')).toEqual({ view: 'tiles', columns: ['state'], tileFields: ['client'] });
    expect(loadPrefs(storage, 'u2')).toEqual(DEFAULT_PREFS);
    store.set('live-chats.sessions-app.u3', '{broken');
    expect(loadPrefs(storage, 'u3')).toEqual(DEFAULT_PREFS);
  });
});

describe('export model', () => {
  it('exports the current filter or everything, with the chosen options', () => {
    const choice = { format: 'csv' as const, systemInfo: true, byFilter: true, names: false };
    const params = new URLSearchParams(exportQuery(choice, filter, { order: 'desc' }));
    expect(params.get('format')).toBe('csv');
    expect(params.get('state')).toBe('closed');
    expect(params.has('all')).toBe(false);
    expect(exportQuery({ ...choice, byFilter: false }, filter, { order: 'desc' })).toBe('format=csv&byFilter=false&systemInfo=true&names=false');
    expect(countQuery({ ...choice, byFilter: false }, filter, { order: 'desc' })).toBe('all=true');
  });

  it('counts CSV records as bytes arrive, line breaks inside quotes included', () => {
    const counter = new CsvRecordCounter();
    const text = new TextEncoder().encode('\uFEFFName,Note\r\n"a ""b""","two\r\nlines"\r\nc,d\r\n');
    counter.feed(text.slice(0, 17));
    counter.feed(text.slice(17));
    expect(counter.rows).toBe(2);
  });

  it('words the progress and reads the file name', () => {
    expect(progressText({ done: 1200, total: 100000, bytes: 0 })).toBe('1,200 of 100,000 sessions');
    expect(progressRatio({ done: 50, total: 200, bytes: 0 })).toBe(0.25);
    expect(progressText({ total: 3, bytes: 2048 })).toBe('2 KB received · 3 sessions');
    expect(fileNameOf(`attachment; filename="Sessions _ May.csv"; filename*=UTF-8''Sessions%20%E2%80%93%20May.csv`, 'x')).toBe('Sessions – May.csv');
  });
});
