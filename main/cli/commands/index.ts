import type { Command } from '../types';
import { commands as allocation } from './allocation';
import { commands as api } from './api';
import { commands as backup } from './backup';
import { commands as demo } from './demo';
import { commands as email } from './email';
import { commands as exportsCli } from './export';
import { commands as info } from './info';
import { commands as registry } from './registry';

/**
 * Every command of `samling`, in the order `--help` lists them. To add a group: write
 * commands/<group>.ts exporting `commands: Command[]`, import it above and add it here.
 */
export const COMMANDS: readonly Command[] = [
  ...info,
  ...registry,
  ...allocation,
  ...email,
  ...api,
  ...backup,
  ...demo,
  ...exportsCli,
];
