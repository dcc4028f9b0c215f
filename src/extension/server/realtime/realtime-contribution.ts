/** The RealtimeContribution point: each capability authorizes subscriptions to its topics. */
import type { RealtimeSubscribeResult, RealtimeSubscription } from '@elma365/sdk-types';
import type { ServiceIdentifier } from 'inversify';

export interface TopicHandler {
  /** Topic kind, declared in manifest.json; handles topics `<kind>:<id>`. */
  kind: string;
  subscribe(subscription: RealtimeSubscription): Promise<RealtimeSubscribeResult>;
}

export interface RealtimeContribution {
  topicHandlers(): TopicHandler[];
}
export const RealtimeContribution: ServiceIdentifier<RealtimeContribution> = Symbol('RealtimeContribution');
