/**
 * Users and user groups as the SDK exposes them through `System.users` and `System.userGroups`,
 * under the SDK's own names.
 */
import type { BaseItemData, FieldDescriptors, FileItemRef, ItemRef, Search } from './items';
import type { TAccount, TDate, TFullName, TJSON, TPhone } from './types';

// ---------------------------------------------------------------------------------------------
// Users

export interface UserData extends BaseItemData {
  fullname: TFullName;
  login?: string;
  email?: string;
  mobilePhone?: TPhone;
  workPhone?: TPhone;
  /** IANA time zone; the company's when not set. */
  timezone?: string;
  /** Groups the user belongs to. */
  readonly groupIds: string[];
  /** Org-chart items the user occupies. */
  readonly osIds: string[];
  /** The user's identities in messengers. */
  accounts?: TAccount[];
  displayedPosition?: string;
  birthDate?: TDate;
  hireDate?: TDate;
  avatar?: FileItemRef;
  additionalData?: TJSON;
}

export interface UserItemRef extends ItemRef<UserItem> {
  block(): Promise<void>;
  unblock(): Promise<void>;
}

export interface UserItem extends UserItemRef {
  readonly data: UserData;
  readonly fields: FieldDescriptors<UserData>;
  save(): Promise<void>;
}

/** The value of a SYS_USER field. */
export type TUser = UserItemRef;

export type UserSearch = Search<UserItem, UserData>;

/** `System.users`. */
export interface Users {
  getCurrentUser(): Promise<UserItem>;
  create(): UserItem;
  search(): UserSearch;
}

// ---------------------------------------------------------------------------------------------
// Groups

export interface UserGroupData extends BaseItemData {
  code?: string;
  description?: string;
  /** New users join the group automatically. */
  isDefault: boolean;
  /** The group stands for a single user's role. */
  isRole: boolean;
  namespace?: string;
  /** Nested users, groups and org-chart items. */
  subOrgunitIds?: string[];
}

export type UserGroupItemRef = ItemRef<UserGroupItem>;

export interface UserGroupItem extends UserGroupItemRef {
  readonly data: UserGroupData;
  readonly fields: FieldDescriptors<UserGroupData>;
  /** The group's users, nested groups resolved. */
  users(): Promise<UserItem[]>;
  addItem(member: UserItemRef | UserGroupItemRef): Promise<void>;
  save(): Promise<void>;
}

export type UserGroupSearch = Search<UserGroupItem, UserGroupData>;

/** `System.userGroups`. */
export interface UserGroups {
  create(): UserGroupItem;
  search(): UserGroupSearch;
}
