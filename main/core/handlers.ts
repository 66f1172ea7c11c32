import type { OpName, OpParsed, OpResult } from '../api/contract';
import type { registryOps } from '../api/ops/registry';
import { allocationHandlers } from './allocation/handlers';
import { draftsHandlers } from './drafts/handlers';
import { exportsHandlers } from './exports/handlers';
import { importsHandlers } from './imports/handlers';
import { overviewHandlers } from './overview/handlers';
import { backupsHandlers, privacyHandlers } from './privacy/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { changelogGet, changelogList, changelogRedo, changelogUndo } from './changelog';
import type { CoreContext } from './context';
import { eventsCopy, eventsCreate, eventsGet, eventsList, eventsSelect, eventsUpdate } from './events';
import { appInfo, appPaths } from './info';
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
  'app:paths': appPaths,
  'events:list': eventsList,
  'events:get': eventsGet,
  'events:create': eventsCreate,
  'events:update': eventsUpdate,
  'events:copy': eventsCopy,
  'events:select': eventsSelect,
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
  'changelog:get': changelogGet,
  'changelog:undo': changelogUndo,
  'changelog:redo': changelogRedo,
};

/** Every operation's one implementation. The type makes a missing or extra entry a compile error. */
export const handlers: Handlers = {
  ...registryHandlers,
  ...allocationHandlers,
  ...exportsHandlers,
  ...importsHandlers,
  ...settingsHandlers,
  ...overviewHandlers,
  ...searchHandlers,
  ...draftsHandlers,
  ...privacyHandlers,
  ...backupsHandlers,
};
