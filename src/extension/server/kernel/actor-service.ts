/** Turns the host's authenticated user into the policy's Actor. */
import type { HostUser } from '@elma365/sdk-types';
import { inject, injectable } from 'inversify';
import type { Actor } from '../../common/access-policy';
import { HostDirectory } from './host-services';

@injectable()
export class ActorService {
  constructor(@inject(HostDirectory) private readonly directory: HostDirectory) {}

  async actorFor(user: HostUser): Promise<Actor> {
    return { userId: user.id, groupIds: user.groupIds, isAdmin: await this.directory.isAdministrator(user) };
  }
}
