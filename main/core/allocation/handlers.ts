import type { allocationOps } from '../../api/ops/allocation';
import type { HandlersFor } from '../handlers';

export const allocationHandlers: HandlersFor<typeof allocationOps> = {};
