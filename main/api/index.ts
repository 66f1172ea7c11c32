export * from './contract';
export type * from './types';
export type { SamlingApi } from './client';
