/**
 * The demo company, seeded into an empty database: users, groups, the Contacts and Appeals apps
 * (each with an Account-type field; appeals link to contacts through an App field) with a few
 * items, the Live Chat Messages widget placed on both apps' item forms, the live chat "Support",
 * which the seed creates through the extension's own Web API like an administrator would, and
 * two process templates whose scripts call the extension's `LiveChats` script namespace.
 */
import { FieldType, type HostRoute, type HostUser, type ProcessTemplateInfo } from '@elma365/sdk-types';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from './auth';
import { ADMINISTRATORS } from './directory';
import type { HostSchema } from './host-schema';

export const DEMO_USERS = [
  { login: 'admin', firstname: 'Alice', lastname: 'Morgan', groups: [ADMINISTRATORS] },
  { login: 'supervisor', firstname: 'Sam', lastname: 'Carter', groups: ['supervisors'] },
  { login: 'operator1', firstname: 'Olivia', lastname: 'Bennett', groups: ['operators'] },
  { login: 'operator2', firstname: 'Oscar', lastname: 'Diaz', groups: ['operators'] },
  { login: 'operator3', firstname: 'Nora', lastname: 'Quinn', groups: ['operators'] },
  { login: 'employee1', firstname: 'Emma', lastname: 'Fischer', groups: ['employees'] },
  { login: 'employee2', firstname: 'Ethan', lastname: 'Brooks', groups: ['employees'] },
] as const;

const DEMO_GROUPS = [
  { code: ADMINISTRATORS, name: 'Administrators', isSystem: true },
  { code: 'supervisors', name: 'Supervisors', isSystem: false },
  { code: 'operators', name: 'Operators', isSystem: false },
  { code: 'employees', name: 'Employees', isSystem: false },
];

const DEMO_APPS = [
  {
    code: 'contacts',
    name: 'Contacts',
    fields: [
      { code: '__name', name: 'Name', type: 'STRING', required: true, array: false },
      { code: 'fullname', name: 'Contact person', type: 'FULL_NAME', required: false, array: false },
      { code: 'phone', name: 'Phone', type: 'PHONE', required: false, array: true },
      { code: 'email', name: 'Email', type: 'EMAIL', required: false, array: true },
      { code: 'account', name: 'Account', type: 'ACCOUNT', required: false, array: true },
      { code: 'files', name: 'Files', type: 'FILE', required: false, array: true },
    ],
  },
  {
    code: 'appeals',
    name: 'Appeals',
    fields: [
      { code: '__name', name: 'Subject', type: 'STRING', required: true, array: false },
      { code: 'contact', name: 'Contact', type: 'SYS_COLLECTION', required: false, array: false, data: { namespace: 'crm', code: 'contacts' } },
      { code: 'description', name: 'Description', type: 'STRING', required: false, array: false },
      { code: 'account', name: 'Account', type: 'ACCOUNT', required: false, array: true },
      { code: 'files', name: 'Files', type: 'FILE', required: false, array: true },
    ],
  },
];

const DEMO_CONTACTS = [
  {
    name: 'Northwind Traders',
    data: { fullname: { firstname: 'Nancy', lastname: 'Davolio' }, phone: [{ tel: '+1 555 0100', type: 'work' }], email: [{ email: 'orders@northwind.example', type: 'work' }], account: [] },
  },
  { name: 'Contoso Ltd', data: { phone: [{ tel: '+1 555 0199', type: 'work' }], account: [] } },
];

const DEMO_APPEALS = [
  { name: 'Invoice 1042 shows the wrong VAT', contact: 'Northwind Traders', description: 'The March invoice charges 20% VAT instead of 7%.' },
  { name: 'Late delivery to the Seattle store', contact: 'Northwind Traders', description: 'Order 5531 was due on Monday.' },
  { name: 'Cannot sign in to the customer portal', contact: 'Contoso Ltd', description: 'The password reset e-mail never arrives.' },
];

export const DEMO_PROCESS_TEMPLATES: ProcessTemplateInfo[] = [
  {
    code: 'qualify_request',
    name: 'Qualify request',
    variables: [
      { code: 'session', name: 'Session', type: 'LINE_SESSION', input: true },
      { code: 'note', name: 'Note', type: FieldType.STRING },
    ],
    activities: [{ kind: 'script', id: 'qualify', name: 'Qualify the request', function: 'qualify' }],
    script: `/** Script activities of "Qualify request". */

export async function qualify(): Promise<void> {
  await LiveChats.sessions.setParameter(Context.data.session, 'contact_phone', { tel: '+1 555 0100' });
  Context.data.note = 'Contact phone set to +1 555 0100.';
}
`,
  },
  {
    code: 'notify_on_close',
    name: 'Notify on close',
    variables: [
      { code: 'session', name: 'Session', type: 'LINE_SESSION', input: true },
      { code: 'survey', name: 'Survey', type: FieldType.STRING },
    ],
    activities: [{ kind: 'script', id: 'notify', name: 'Schedule the survey', function: 'notify' }],
    script: `/** Script activities of "Notify on close". */

export async function notify(): Promise<void> {
  // A closed session takes no more messages: the survey goes out by the process's own means.
  const last = await LiveChats.sessions.getLastMessage(Context.data.session);
  Context.data.survey = \`Thank-you survey scheduled after: \${last?.body ?? 'an empty session'}\`;
}
`,
  },
];

export async function isEmpty(db: Kysely<HostSchema>): Promise<boolean> {
  const row = await db.selectFrom('host_users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

export async function seedDemoCompany(
  db: Kysely<HostSchema>,
  options: {
    password: string;
    now: Date;
    createLine: (admin: HostUser, body: unknown) => ReturnType<HostRoute['handler']>;
    loadUser: (id: string) => Promise<HostUser | undefined>;
    saveProcessTemplate: (template: ProcessTemplateInfo) => Promise<unknown>;
    /** Places an installed extension's widget on an app's item form (nothing when no extension offers it). */
    placeWidget: (appCode: string, widgetId: string, settings: Record<string, string>) => Promise<unknown> | undefined;
  },
): Promise<void> {
  const at = options.now.toISOString();
  const groupIds = new Map<string, string>();
  const passwordHash = await hashPassword(options.password);
  let adminId = '';
  await db.transaction().execute(async (tx) => {
    for (const group of DEMO_GROUPS) {
      const id = randomUUID();
      groupIds.set(group.code, id);
      await tx.insertInto('host_groups').values({ id, code: group.code, name: group.name, is_system: group.isSystem ? 1 : 0 }).execute();
    }
    for (const user of DEMO_USERS) {
      const id = randomUUID();
      if (user.login === 'admin') adminId = id;
      await tx
        .insertInto('host_users')
        .values({ id, login: user.login, firstname: user.firstname, lastname: user.lastname, email: `${user.login}@demo.example`, password_hash: passwordHash, created_at: at })
        .execute();
      for (const code of user.groups) await tx.insertInto('host_group_members').values({ group_id: groupIds.get(code)!, user_id: id }).execute();
    }
    for (const app of DEMO_APPS) {
      await tx.insertInto('host_apps').values({ code: app.code, namespace: 'crm', name: app.name, fields: JSON.stringify(app.fields) }).execute();
    }
    const contactIds = new Map<string, string>();
    for (const contact of DEMO_CONTACTS) {
      const id = randomUUID();
      contactIds.set(contact.name, id);
      await tx.insertInto('host_app_items').values({ id, app_code: 'contacts', name: contact.name, data: JSON.stringify(contact.data), created_at: at }).execute();
    }
    // An App field holds refs to the linked items (the SDK's ApplicationItemRef as JSON).
    for (const appeal of DEMO_APPEALS) {
      const data = { contact: [{ namespace: 'crm', code: 'contacts', id: contactIds.get(appeal.contact) }], description: appeal.description, account: [] };
      await tx.insertInto('host_app_items').values({ id: randomUUID(), app_code: 'appeals', name: appeal.name, data: JSON.stringify(data), created_at: at }).execute();
    }
  });
  // The Live Chat Messages widget on both item forms (spec §6): a contact's conversations by its
  // Account field, an appeal's by the sessions bound to it.
  await options.placeWidget('contacts', 'live-chat-messages', { showHistory: 'account', accountField: 'account' });
  await options.placeWidget('appeals', 'live-chat-messages', { showHistory: 'item', itemField: '' });
  const admin = await options.loadUser(adminId);
  if (!admin) throw new Error('the demo administrator was not created');
  const response = await options.createLine(admin, {
    name: 'Support',
    operatorGroupIds: [groupIds.get('operators')],
    supervisorGroupIds: [groupIds.get('supervisors')],
    internalClientGroupIds: [groupIds.get('employees')],
    showOperatorName: true,
  });
  if (response.status !== 201) throw new Error(`the demo live chat was not created: ${JSON.stringify(response.body)}`);
  for (const template of DEMO_PROCESS_TEMPLATES) await options.saveProcessTemplate(template);
}
