import type { searchOps } from '../../api/ops/search';
import type { HandlersFor } from '../handlers';
import { searchAll } from './search';

export const searchHandlers: HandlersFor<typeof searchOps> = {
  'search:all': searchAll,
};
