/**
 * The browser half of the host contract: imports each installed extension's workspace bundle,
 * calls its `activate(context)` with a WorkspaceContext, and keeps the screens it registers.
 */
import type { ActivateWorkspace, Disposable, ExtensionManifest, ManifestScreen, ScreenRegistration, WorkspaceContext } from '@elma365/sdk-types';
import { hostApi, type InstalledExtension, type Me } from './host-api';
import { normalizeBadgeCount, type MenuBadge, type MenuScreen } from './shell-model';

export interface LoadedScreen {
  registration: ScreenRegistration;
  manifest: ManifestScreen;
  extension: InstalledExtension;
}

export interface LoadFailure {
  extension: string;
  message: string;
}

/** Where an extension's Web API and realtime hub are, as its workspace and its widgets are told. */
export function extensionEndpoints(manifest: ExtensionManifest): { apiBase: string; realtimeUrl: string } {
  const apiBase = manifest.contributes.api?.basePath ?? `/api/extensions/${manifest.id}/v1`;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { apiBase, realtimeUrl: `${scheme}//${location.host}${apiBase}/ws` };
}

export class ExtensionHost implements Disposable {
  private readonly screens = new Map<string, LoadedScreen>();
  private readonly activations: Disposable[] = [];
  private readonly workspaceAccess = new Map<string, boolean>();
  private readonly badgeCounts = new Map<string, MenuBadge>();
  readonly failures: LoadFailure[] = [];

  constructor(
    private readonly me: Me,
    private readonly navigate: (screenId: string, params: Record<string, string>) => void,
    /** The shell re-renders its menu when an extension changes a badge. */
    private readonly onBadgesChange: () => void = () => undefined,
  ) {}

  /** The counts extensions put on their menu entries (WorkspaceContext.setBadge). */
  badge(screenId: string): MenuBadge | undefined {
    return this.badgeCounts.get(screenId);
  }

  async load(extensions: readonly InstalledExtension[]): Promise<void> {
    // An extension without a workspace entry has nothing to show in the browser.
    await Promise.all(extensions.filter((extension) => extension.workspaceUrl).map((extension) => this.activate(extension)));
  }

  screen(id: string): LoadedScreen | undefined {
    return this.screens.get(id);
  }

  /** The registered screens, in the order their manifests declare them. */
  menuScreens(): MenuScreen[] {
    return [...this.screens.values()].map(({ manifest }) => ({ id: manifest.id, title: manifest.title, location: manifest.location }));
  }

  /** Whether the user works in a workspace (administrators see it even when they do not). */
  worksIn(screenId: string): boolean {
    return this.workspaceAccess.get(screenId) ?? false;
  }

  canSeeWorkspace(screenId: string): boolean {
    return this.me.isAdministrator || this.worksIn(screenId);
  }

  dispose(): void {
    for (const activation of this.activations.splice(0).reverse()) {
      try {
        activation.dispose();
      } catch (error) {
        console.error('An extension failed to deactivate', error);
      }
    }
    this.screens.clear();
    this.badgeCounts.clear();
  }

  private async activate(extension: InstalledExtension): Promise<void> {
    const { manifest } = extension;
    try {
      const module = (await import(/* webpackIgnore: true */ extension.workspaceUrl as string)) as { activate?: ActivateWorkspace };
      if (typeof module.activate !== 'function') throw new Error('its workspace bundle exports no activate()');
      const context = this.contextFor(extension);
      this.activations.push(module.activate(context));
      await this.checkWorkspaceAccess(extension);
    } catch (error) {
      console.error(`Extension ${manifest.id} failed to load`, error);
      this.failures.push({ extension: manifest.name, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private contextFor(extension: InstalledExtension): WorkspaceContext {
    const { manifest } = extension;
    return {
      manifest,
      currentUser: this.me.user,
      isAdministrator: this.me.isAdministrator,
      ...extensionEndpoints(manifest),
      registerScreen: (registration) => {
        const declared = manifest.contributes.screens?.find((screen) => screen.id === registration.id);
        if (!declared) throw new Error(`Screen ${registration.id} is not declared in the manifest of ${manifest.id}`);
        this.screens.set(registration.id, { registration, manifest: declared, extension });
        return {
          dispose: () => {
            if (this.screens.get(registration.id)?.registration === registration) this.screens.delete(registration.id);
          },
        };
      },
      navigate: (screenId, params = {}) => this.navigate(screenId, params),
      setBadge: (screenId, count, label = 'new') => {
        if (!manifest.contributes.screens?.some((screen) => screen.id === screenId)) {
          throw new Error(`Screen ${screenId} is not declared in the manifest of ${manifest.id}`);
        }
        const next = normalizeBadgeCount(count);
        const known = this.badgeCounts.get(screenId);
        if ((known?.count ?? 0) === next && (next === 0 || known?.label === label)) return;
        if (next === 0) this.badgeCounts.delete(screenId);
        else this.badgeCounts.set(screenId, { count: next, label: String(label).slice(0, 40) });
        this.onBadgesChange();
      },
    };
  }

  /**
   * The platform shows a workspace to the people who work in it. For Live Chats that is an
   * operator or supervisor of at least one live chat, as the roles of GET /lines say.
   */
  private async checkWorkspaceAccess(extension: InstalledExtension): Promise<void> {
    const workspaces = (extension.manifest.contributes.screens ?? []).filter((screen) => screen.location === 'workspace');
    const apiBase = extension.manifest.contributes.api?.basePath;
    if (workspaces.length === 0 || !apiBase) return;
    let works = false;
    try {
      const lines = await hostApi.getJson<Array<{ roles?: { operator?: boolean; supervisor?: boolean } }>>(`${apiBase}/lines`);
      works = lines.some((line) => line.roles?.operator === true || line.roles?.supervisor === true);
    } catch (error) {
      console.error(`Cannot tell whether the user works in ${extension.manifest.id}`, error);
    }
    for (const screen of workspaces) this.workspaceAccess.set(screen.id, works);
  }
}
