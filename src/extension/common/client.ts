/**
 * The client of a session: the person on the other side. An internal client is a company user
 * writing from Messages; the user's id is the client's external id on the internal channel.
 */
import type { LineChannelType } from '@elma365/sdk-types';

export interface Client {
  id: string;
  channelType: LineChannelType;
  /** Id of the person in the channel: a user id for internal clients. */
  externalId: string;
  name: string;
  /** Set for internal clients. */
  userId?: string;
}
