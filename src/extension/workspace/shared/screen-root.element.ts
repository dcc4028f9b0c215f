/**
 * The root element of a screen: takes the services and parameters of its mount and provides the
 * services to the elements below it through @lit/context.
 */
import { provide } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ApiClient } from '../services/api-client';
import { apiClientContext, realtimeClientContext, viewerContext, type Viewer } from '../services/contexts';
import type { RealtimeClient } from '../services/realtime-client';

export abstract class ScreenRootElement extends LitElement {
  @provide({ context: apiClientContext }) @property({ attribute: false }) api!: ApiClient;
  @provide({ context: realtimeClientContext }) @property({ attribute: false }) realtime!: RealtimeClient;
  @provide({ context: viewerContext }) @property({ attribute: false }) viewer!: Viewer;
  /** The screen's place, from the URL (each screen documents its keys). */
  @property({ attribute: false }) params: Record<string, string> = {};
  @property({ attribute: false }) navigate: (params: Record<string, string>) => void = () => undefined;
  @property({ attribute: false }) openScreen: (screenId: string, params: Record<string, string>) => void = () => undefined;
}
