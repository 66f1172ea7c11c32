import type { allocationOps } from '../../api/ops/allocation';
import type { HandlersFor } from '../handlers';
import { acceptLate, cancel, decline, giveSeat, resolveConflict, setSeatRules, swap, toWaiting } from './actions';
import { chaseList } from './chase';
import {
  sessionsApplyProposals,
  sessionsAssign,
  sessionsCreate,
  sessionsDelete,
  sessionsList,
  sessionsProposals,
  sessionsUpdate,
} from './sessions';
import { allocationGet } from './view';

export const allocationHandlers: HandlersFor<typeof allocationOps> = {
  'allocation:get': allocationGet,
  'allocation:giveSeat': giveSeat,
  'allocation:swap': swap,
  'allocation:toWaiting': toWaiting,
  'allocation:decline': decline,
  'allocation:acceptLate': acceptLate,
  'allocation:cancel': cancel,
  'allocation:resolve': resolveConflict,
  'allocation:setSeatRules': setSeatRules,
  'sessions:list': sessionsList,
  'sessions:create': sessionsCreate,
  'sessions:update': sessionsUpdate,
  'sessions:delete': sessionsDelete,
  'sessions:assign': sessionsAssign,
  'sessions:proposals': sessionsProposals,
  'sessions:applyProposals': sessionsApplyProposals,
  'chase:list': chaseList,
};
