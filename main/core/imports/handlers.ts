import type { importsOps } from '../../api/ops/imports';
import type { HandlersFor } from '../handlers';

export const importsHandlers: HandlersFor<typeof importsOps> = {};
