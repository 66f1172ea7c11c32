import { openDatabase, type OpenOptions } from '../db/connection';
import { createContext, type CoreContext } from './context';
import { seedDefaults } from './seed';

/** Opens a database file for any door: migrations, then the built-in default on first start. */
export function openCore(file: string, options: OpenOptions = {}): CoreContext {
  const db = openDatabase(file, options);
  if (!options.readonly) seedDefaults(db);
  return createContext(db, file);
}
