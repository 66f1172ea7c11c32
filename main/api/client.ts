import type { Envelope } from './types';
import type { OpInput, OpName, OpResult } from './contract';

/**
 * What a door offers the renderer: one function per operation. The desktop preload builds it
 * from IPC, browser mode from HTTP; the renderer cannot tell them apart.
 */
export type SamlingApi = {
  [K in OpName]: (input?: OpInput<K>) => Promise<Envelope<OpResult<K>>>;
};
