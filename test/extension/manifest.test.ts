/**
 * manifest.json is the single source of truth: every route, topic, migration and channel type
 * it declares is registered by the extension, and everything registered is declared. (Screens
 * are checked in the browser suite, where the workspace entry runs.)
 */
import { LineChannelType } from '@elma365/sdk-types';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATION_NAMES } from '../../src/extension/server/storage/migrations';
import { readManifest } from '../../host/extension-loader';
import { createTestHost, ROOT, type TestHost } from '../support/test-host';

describe('manifest.json', () => {
  const manifest = readManifest(ROOT);
  let host: TestHost;

  beforeAll(async () => {
    host = await createTestHost({ seed: 'none' });
  });
  afterAll(() => host?.close());

  it('declares exactly the Web API routes the extension registers', () => {
    expect([...host.routes.routes].sort()).toEqual([...manifest.contributes.api!.routes].sort());
  });

  it('declares exactly the realtime topics the extension handles', () => {
    const handled = host.realtime.topicPrefixes.map((prefix) => prefix.replace(/:$/, ''));
    expect(handled.sort()).toEqual([...manifest.contributes.realtime!.topics].sort());
  });

  it('declares exactly the migrations the extension ships', () => {
    expect(MIGRATION_NAMES).toEqual(manifest.contributes.migrations);
  });

  it('names only channel types of the platform, and entries whose sources exist', () => {
    for (const type of manifest.contributes.channelTypes ?? []) expect(Object.values(LineChannelType)).toContain(type);
    for (const entry of Object.values(manifest.entries)) expect(existsSync(join(ROOT, entry!.source))).toBe(true);
  });
});
