import type { exportsOps } from '../../api/ops/exports';
import type { HandlersFor } from '../handlers';

export const exportsHandlers: HandlersFor<typeof exportsOps> = {};
