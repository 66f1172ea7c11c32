import { migration010 } from './010-initial';
import { migration020 } from './020-allocation';
import { migration040 } from './040-catering-exports';
import { migration050 } from './050-privacy';
import { migration060 } from './060-summary-messages';
import type { Migration } from './types';

export type { Migration } from './types';

/** All migrations, oldest first. Add new ones at the end; never edit a landed one. */
export const MIGRATIONS: readonly Migration[] = [migration010, migration020, migration040, migration050, migration060];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
