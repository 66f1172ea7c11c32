import type { draftsOps } from '../../api/ops/drafts';
import type { HandlersFor } from '../handlers';
import { draftsMake } from './drafts';

export const draftsHandlers: HandlersFor<typeof draftsOps> = {
  'drafts:make': draftsMake,
};
