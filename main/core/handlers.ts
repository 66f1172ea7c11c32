import type { OpName, OpParsed, OpResult } from '../api/contract';
import type { registryOps } from '../api/ops/registry';
import { allocationHandlers } from './allocation/handlers';
import { exportsHandlers } from './exports/handlers';
import { importsHandlers } from './imports/handlers';
import { changelogList, changelogRedo, changelogUndo } from './changelog';
import type { CoreContext } from './context';
import { eventsCreate, eventsGet, eventsList, eventsUpdate } from './events';
import { appInfo } from './info';
import {
  orgsCreate,
  orgsDelete,
  orgsGet,
  orgsList,
  orgsUpdate,
  regionsAddMember,
  regionsRemoveMember,
  themesCreate,
  themesList,
  themesUpdate,
} from './orgs';
import { peopleSearch, signupsCreate, signupsDelete, signupsGet, signupsList, signupsSetState, signupsUpdate } from './signups';

/** The implementations of a set of operations, keyed like the contract's ops/<domain>.ts. */
export type HandlersFor<Ops> = { [K in keyof Ops & OpName]: (ctx: CoreContext, input: OpParsed<K>) => OpResult<K> };
export type Handlers = HandlersFor<Record<OpName, unknown>>;

const registryHandlers: HandlersFor<typeof registryOps> = {
  'app:info': appInfo,
  'events:list': eventsList,
  'events:get': eventsGet,
  'events:create': eventsCreate,
  'events:update': eventsUpdate,
  'orgs:list': orgsList,
  'orgs:get': orgsGet,
  'orgs:create': orgsCreate,
  'orgs:update': orgsUpdate,
  'orgs:delete': orgsDelete,
  'regions:addMember': regionsAddMember,
  'regions:removeMember': regionsRemoveMember,
  'themes:list': themesList,
  'themes:create': themesCreate,
  'themes:update': themesUpdate,
  'people:search': peopleSearch,
  'signups:list': signupsList,
  'signups:get': signupsGet,
  'signups:create': (ctx, input) => signupsCreate(ctx, input),
  'signups:update': signupsUpdate,
  'signups:setState': signupsSetState,
  'signups:delete': signupsDelete,
  'changelog:list': changelogList,
  'changelog:undo': changelogUndo,
  'changelog:redo': changelogRedo,
};

/** Every operation's one implementation. The type makes a missing or extra entry a compile error. */
export const handlers: Handlers = {
  ...registryHandlers,
  ...allocationHandlers,
  ...exportsHandlers,
  ...importsHandlers,
};
