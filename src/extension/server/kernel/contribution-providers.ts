/** Binds a ContributionProvider for each contribution point of the server runtime. */
import type { ServiceIdentifier } from 'inversify';
import { ContainerModule } from 'inversify';
import { type ContributionProvider, ContributionProviderImpl } from '../../common/contribution-provider';
import { ApiContribution } from '../http/api-contribution';
import { OutboxHandler } from '../outbox/outbox-handler';
import { RealtimeContribution } from '../realtime/realtime-contribution';

export const ApiContributionProvider: ServiceIdentifier<ContributionProvider<ApiContribution>> = Symbol('ApiContributionProvider');
export const RealtimeContributionProvider: ServiceIdentifier<ContributionProvider<RealtimeContribution>> = Symbol('RealtimeContributionProvider');

export const OutboxHandlerProvider: ServiceIdentifier<ContributionProvider<OutboxHandler>> = Symbol('OutboxHandlerProvider');

export const contributionProvidersModule = new ContainerModule(({ bind }) => {
  bind(ApiContributionProvider)
    .toDynamicValue((context) => new ContributionProviderImpl(() => context.getAll(ApiContribution, { optional: true })))
    .inSingletonScope();
  bind(RealtimeContributionProvider)
    .toDynamicValue((context) => new ContributionProviderImpl(() => context.getAll(RealtimeContribution, { optional: true })))
    .inSingletonScope();
  bind(OutboxHandlerProvider)
    .toDynamicValue((context) => new ContributionProviderImpl(() => context.getAll(OutboxHandler, { optional: true })))
    .inSingletonScope();
});
