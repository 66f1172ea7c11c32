import { contract, type OpName } from '../api/contract';
import { formatIssues } from '../api/issues';
import type { AppErrorInfo, Envelope } from '../api/types';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { handlers } from './handlers';
import { currentLang, msg, t, withLang, type Lang } from './i18n';
import { snapshotBeforeOp } from './snapshots';

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function errorInfo(e: unknown): AppErrorInfo {
  if (e instanceof AppError) return { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) };
  const text = e instanceof Error ? e.message : String(e);
  if (/SQLITE_BUSY|database is locked/i.test(text))
    return { code: 'busy', message: t('Databasen er opptatt av et annet program. Prøv igjen om litt.') };
  if (/SQLITE_FULL|disk is full|database or disk is full/i.test(text))
    return { code: 'disk_full', message: t('Disken er full. Ingenting ble lagret. Frigjør plass og prøv igjen.') };
  if (/FOREIGN KEY constraint failed/i.test(text))
    return { code: 'in_use', message: t('Endringen ble ikke lagret fordi den bryter en kobling til andre opplysninger.') };
  if (/SQLITE_READONLY|readonly/i.test(text))
    return { code: 'read_only', message: t('Databasen kan ikke skrives til (skrivebeskyttet). Ingenting ble lagret.') };
  return { code: 'internal', message: msg`Noe gikk galt, og ingenting ble lagret: ${text}` };
}

export interface InvokeOptions {
  /** The language of every message in the answer; default: the caller's (withLang), else bokmål. */
  lang?: Lang;
}

/**
 * The one way into the core, for every door: checks the name, validates the input against the
 * contract's schema, runs the implementation (changes in one transaction, so a failure stores
 * nothing) and wraps the result in the envelope. Messages are in `opts.lang` (main/core/i18n).
 */
export function invoke(ctx: CoreContext, name: string, raw: unknown, opts?: InvokeOptions): Envelope<unknown> {
  return withLang(opts?.lang ?? currentLang(), () => run(ctx, name, raw));
}

function run(ctx: CoreContext, name: string, raw: unknown): Envelope<unknown> {
  if (!isOpName(name)) return { ok: false, error: { code: 'unknown_operation', message: msg`Ukjent operasjon «${name}».` } };
  const def = contract[name];
  const parsed = def.input.safeParse(raw ?? undefined);
  if (!parsed.success) {
    const { message, fields } = formatIssues(parsed.error.issues);
    return { ok: false, error: { code: 'invalid_input', message, fields } };
  }
  const handler = handlers[name] as (ctx: CoreContext, input: unknown) => unknown;
  // Imports, anonymisation and deletion get an automatic backup first (outside the transaction).
  const backupFailed = def.mutates ? snapshotBeforeOp(ctx, name) : null;
  if (backupFailed) return { ok: false, error: backupFailed };
  try {
    // IMMEDIATE: take the write lock at BEGIN, where busy_timeout waits for another writer. A
    // deferred BEGIN would fail at once with SQLITE_BUSY when it upgrades after another process
    // wrote (WAL snapshot too old), which the concurrent-writers test showed.
    const value = def.mutates ? ctx.db.transaction(() => handler(ctx, parsed.data)).immediate() : handler(ctx, parsed.data);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  }
}
