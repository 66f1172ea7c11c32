import type { z } from 'zod';
import { allocationOps } from './ops/allocation';
import { backupsOps } from './ops/backups';
import { draftsOps } from './ops/drafts';
import { exportsOps } from './ops/exports';
import { importsOps } from './ops/imports';
import { overviewOps } from './ops/overview';
import { privacyOps } from './ops/privacy';
import { registryOps } from './ops/registry';
import { searchOps } from './ops/search';
import { settingsOps } from './ops/settings';

export type { OpDef } from './ops/define';

/**
 * The contract: every operation of Samling, once, by domain (main/api/ops/*). A `domain:verb`
 * name, an input schema, a result type, and whether it changes data. The core implements each
 * once (main/core/handlers.ts); the three doors only translate.
 */
export const contract = {
  ...registryOps,
  ...allocationOps,
  ...exportsOps,
  ...importsOps,
  ...settingsOps,
  ...overviewOps,
  ...searchOps,
  ...draftsOps,
  ...privacyOps,
  ...backupsOps,
} as const;

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpParsed<K extends OpName> = z.output<Contract[K]['input']>;
export type OpResult<K extends OpName> = NonNullable<Contract[K]['result']>;

export const OP_NAMES = Object.keys(contract) as OpName[];
