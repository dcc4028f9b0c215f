/**
 * An element's hold on the page's shared operator status store (the status control, the Offline
 * banner) while the element is on the page: the state as it moves, and the store attached to the
 * element's services, which keeps the heartbeat going until the element leaves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'rxjs';
import type { Disposable } from '../../common/disposable';
import type { ApiClient } from '../services/api-client';
import type { Viewer } from '../services/contexts';
import type { RealtimeClient } from '../services/realtime-client';
import type { OperatorStatusState } from './operator-status-model';
import { sharedOperatorStatus, statusHints } from './operator-status-store';

export interface StatusServices {
  api: ApiClient;
  realtime: RealtimeClient;
  viewer: Viewer;
}

export class OperatorStatusController implements ReactiveController {
  readonly store = sharedOperatorStatus();
  private subscription?: Subscription;
  private attachment?: Disposable;

  /** `services`: undefined while the element has none (then it only watches the state). */
  constructor(
    host: ReactiveControllerHost,
    private readonly services: () => StatusServices | undefined,
    private readonly next: (state: OperatorStatusState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscription = this.store.state$.subscribe({ next: (state) => this.next(state), error: () => undefined });
    const services = this.services();
    if (services) this.attachment = this.store.attach({ api: services.api, hints: statusHints(services.realtime, services.viewer.user.id) });
  }

  hostDisconnected(): void {
    this.attachment?.dispose();
    this.attachment = undefined;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}
