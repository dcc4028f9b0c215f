/**
 * Injection tokens for the services the host hands the extension at activation; each token
 * shares its name with the contract type in @elma365/sdk-types.
 */
import type * as sdk from '@elma365/sdk-types';
import type { ServiceIdentifier } from 'inversify';
import type { Db } from '../storage/schema';

export type HostDatabase = sdk.HostDatabase;
export const HostDatabase: ServiceIdentifier<HostDatabase> = Symbol('HostDatabase');
export type HostDirectory = sdk.HostDirectory;
export const HostDirectory: ServiceIdentifier<HostDirectory> = Symbol('HostDirectory');
export type HostHttp = sdk.HostHttp;
export const HostHttp: ServiceIdentifier<HostHttp> = Symbol('HostHttp');
export type HostRealtime = sdk.HostRealtime;
export const HostRealtime: ServiceIdentifier<HostRealtime> = Symbol('HostRealtime');
export type HostClock = sdk.HostClock;
export const HostClock: ServiceIdentifier<HostClock> = Symbol('HostClock');
export type HostLogger = sdk.HostLogger;
export const HostLogger: ServiceIdentifier<HostLogger> = Symbol('HostLogger');
export type HostProcesses = sdk.HostProcesses;
export const HostProcesses: ServiceIdentifier<HostProcesses> = Symbol('HostProcesses');
export type HostApps = sdk.HostApps;
export const HostApps: ServiceIdentifier<HostApps> = Symbol('HostApps');
export type HostNotifications = sdk.HostNotifications;
export const HostNotifications: ServiceIdentifier<HostNotifications> = Symbol('HostNotifications');
export type HostFiles = sdk.HostFiles;
export const HostFiles: ServiceIdentifier<HostFiles> = Symbol('HostFiles');
export type ExtensionManifest = sdk.ExtensionManifest;
export const ExtensionManifest: ServiceIdentifier<ExtensionManifest> = Symbol('ExtensionManifest');

/** The host's Kysely instance, typed with the extension's schema. */
export const LiveChatsDb: ServiceIdentifier<Db> = Symbol('LiveChatsDb');
