/** Registers the contributed topic handlers with the host's realtime hub. */
import { inject, injectable } from 'inversify';
import type { ContributionProvider } from '../../common/contribution-provider';
import { DisposableCollection, type Disposable } from '../../common/disposable';
import { RealtimeContributionProvider } from '../kernel/contribution-providers';
import { HostLogger, HostRealtime } from '../kernel/host-services';
import type { RealtimeContribution } from './realtime-contribution';

@injectable()
export class RealtimeRegistrar {
  constructor(
    @inject(HostRealtime) private readonly realtime: HostRealtime,
    @inject(HostLogger) private readonly logger: HostLogger,
    @inject(RealtimeContributionProvider) private readonly contributions: ContributionProvider<RealtimeContribution>,
  ) {}

  registeredTopics(): string[] {
    return this.contributions.getContributions().flatMap((c) => c.topicHandlers().map((h) => h.kind));
  }

  registerAll(): Disposable {
    const registrations = new DisposableCollection();
    this.contributions.forEach(
      (contribution) => {
        for (const handler of contribution.topicHandlers()) {
          registrations.push(
            this.realtime.registerTopicHandler(`${handler.kind}:`, async (subscription) => {
              try {
                return await handler.subscribe(subscription);
              } catch (error) {
                const code = (error as { code?: string }).code ?? 'internal/unexpected';
                if (code === 'internal/unexpected') this.logger.error('topic handler failed', { topic: subscription.topic, error: String(error) });
                return { allowed: false, code, message: (error as Error).message };
              }
            }),
          );
        }
      },
      (error) => this.logger.error('a realtime contribution failed to register', { error: String(error) }),
    );
    return registrations;
  }
}
