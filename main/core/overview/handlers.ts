import type { overviewOps } from '../../api/ops/overview';
import type { HandlersFor } from '../handlers';
import { overviewGet } from './overview';

export const overviewHandlers: HandlersFor<typeof overviewOps> = {
  'overview:get': overviewGet,
};
