/**
 * The desk's search in a session's history (spec §5.1) through the Web API, on each storage
 * engine: `GET /sessions/:id/messages?search=` finds the messages containing the words whatever
 * their case, takes `%`, `_` and `\` literally, keeps the access rules and refuses a bad search.
 */
import { ApiClient, newMessageId } from '../support/api';
import { describeEachEngine } from '../support/requirements';
import { createTestHost, type TestHost } from '../support/test-host';

describeEachEngine('searching the messages of a session', (engine) => {
  let host: TestHost;
  let operator: ApiClient;
  let employee1: ApiClient;
  let employee2: ApiClient;
  let sessionId: string;

  const found = async (client: ApiClient, search: string): Promise<string[]> => {
    const response = await client.get(`/sessions/${sessionId}/messages?search=${encodeURIComponent(search)}`);
    expect(response.status).toBe(200);
    return response.body.items.map((message: { body: string }) => message.body);
  };

  beforeAll(async () => {
    host = await createTestHost({ engine });
    [operator, employee1, employee2] = await ApiClient.loginAll(host.url, ['operator1', 'employee1', 'employee2']);
    const lines = (await employee1.get<{ id: string; name: string }[]>('/lines')).body;
    const supportId = lines.find((line) => line.name === 'Support')!.id;
    const texts = ['My ORDER 4411 is late', 'Discount of 50% please', 'file_name.pdf and filename.pdf', 'Path C:\\temp\\x', 'Заказ не пришёл', 'Thanks!'];
    for (const text of texts) {
      const sent = await employee1.post(`/lines/${supportId}/messages`, { text, clientMessageId: newMessageId() });
      expect(sent.status).toBeLessThan(300);
      sessionId = sent.body.sessionId;
    }
  });
  afterAll(() => host?.close());

  it('finds the messages containing the words, whatever their case', async () => {
    expect(await found(operator, 'order 44')).toEqual(['My ORDER 4411 is late']);
    expect(await found(operator, '  Thanks  ')).toEqual(['Thanks!']);
    expect(await found(operator, 'заказ')).toEqual(['Заказ не пришёл']);
    expect(await found(operator, 'Заказ')).toEqual(['Заказ не пришёл']);
    expect(await found(operator, 'nothing like this')).toEqual([]);
  });

  it('takes %, _ and \\ literally', async () => {
    expect(await found(operator, '50%')).toEqual(['Discount of 50% please']);
    expect(await found(operator, '%')).toEqual(['Discount of 50% please']);
    expect(await found(operator, 'file_name')).toEqual(['file_name.pdf and filename.pdf']);
    expect(await found(operator, '_')).toEqual(['file_name.pdf and filename.pdf']);
    expect(await found(operator, 'C:\\temp')).toEqual(['Path C:\\temp\\x']);
  });

  it('pages the matches and keeps the access rules', async () => {
    const first = await operator.get(`/sessions/${sessionId}/messages?search=a&limit=2`);
    expect(first.body).toMatchObject({ hasMore: true, items: [{ body: 'My ORDER 4411 is late' }, { body: 'Discount of 50% please' }] });
    const next = await operator.get(`/sessions/${sessionId}/messages?search=a&limit=2&since=${first.body.items[1].seq}`);
    expect(next.body.items.map((message: { body: string }) => message.body)).toEqual(['file_name.pdf and filename.pdf', 'Path C:\\temp\\x']);
    expect(await found(employee1, 'thanks')).toEqual(['Thanks!']);
    expect((await employee2.get(`/sessions/${sessionId}/messages?search=thanks`)).status).toBe(403);
  });

  it('refuses an empty or too long search', async () => {
    for (const search of ['', '   ', 'x'.repeat(201)]) {
      const response = await operator.get(`/sessions/${sessionId}/messages?search=${encodeURIComponent(search)}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('request/invalid');
    }
  });
});
