import { QueueCountersElement } from './queue-counters.element';

export { QueueCountersElement } from './queue-counters.element';

if (!customElements.get('lc-queue-counters')) customElements.define('lc-queue-counters', QueueCountersElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-queue-counters': QueueCountersElement;
  }
}
