import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { OpInput, OpName, OpResult } from '../../../main/api/contract';
import type { AppErrorInfo, Envelope } from '../../../main/api/types';
import { call } from '../api';
import { language } from '../i18n/nb';

// A tiny data layer: every successful change (and every undo) bumps one version number, and
// every view that reads data refetches when it changes. Simple, and no view can show stale
// numbers after an undo made elsewhere.

let version = 0;
const listeners = new Set<() => void>();

export function bumpData(): void {
  version += 1;
  reads.clear(); // every answer read so far may be stale now
  for (const l of listeners) l();
}

/**
 * Reads on the way, by operation and input (JSON): two views asking for the same thing at the same
 * time share one request. An entry is dropped when its answer is in, except a prefetched one: its
 * answer serves the first screen's components (takeAnswer, readOnce) for FRESH_MS.
 */
interface Read {
  version: number;
  answer: Promise<Envelope<unknown>>;
  settled: boolean;
  keep: boolean;
  /** The answer once it is in, for a reader that can use it at once (takeAnswer). */
  result?: Envelope<unknown>;
  settledAt?: number;
}
const reads = new Map<string, Read>();
/** The core answers in the language in use (api.ts): an answer in another is not shared. */
const readKey = (name: string, json: string): string => `${language()} ${name} ${json}`;
/** How long a prefetched answer may be used without asking again (the first screen's renders). */
const FRESH_MS = 3000;

function read<K extends OpName>(name: K, json: string, keep = false): Promise<Envelope<OpResult<K>>> {
  const k = readKey(name, json);
  const hit = reads.get(k);
  if (hit && hit.version === version && !(hit.settled && Date.now() - (hit.settledAt ?? 0) > FRESH_MS)) {
    if (hit.settled) reads.delete(k);
    else if (!keep) hit.keep = false; // a reader has it now; no need to keep the answer after it is in
    return hit.answer as Promise<Envelope<OpResult<K>>>;
  }
  const entry: Read = { version, answer: call(name, JSON.parse(json) as OpInput<K>), settled: false, keep };
  reads.set(k, entry);
  const settle = (result?: Envelope<unknown>) => {
    entry.settled = true;
    entry.result = result;
    entry.settledAt = Date.now();
    if (!entry.keep && reads.get(k) === entry) reads.delete(k);
  };
  void entry.answer.then(settle, () => settle());
  return entry.answer as Promise<Envelope<OpResult<K>>>;
}

/**
 * A prefetched answer that is already in, without waiting: the components of the first screen
 * (boot.ts) can draw their data in their first render rather than a loading state first.
 */
export function takeAnswer<K extends OpName>(name: K, input: OpInput<K>): Envelope<OpResult<K>> | undefined {
  const k = readKey(name, JSON.stringify(input));
  const hit = reads.get(k);
  if (!hit || hit.version !== version || !hit.result) return undefined;
  if (Date.now() - (hit.settledAt ?? 0) > FRESH_MS) {
    reads.delete(k);
    return undefined;
  }
  return hit.result as Envelope<OpResult<K>>;
}

/** Reads one operation once, sharing a request that is already on the way (or prefetched). */
export function readOnce<K extends OpName>(name: K, input: OpInput<K>): Promise<Envelope<OpResult<K>>> {
  return read(name, JSON.stringify(input));
}

/**
 * Starts a read before anyone renders (boot.ts, for the view in the address): the first
 * useQuery/readOnce with the same name and input takes the answer instead of asking again.
 */
export function prefetch<K extends OpName>(name: K, input: OpInput<K>): void {
  void read(name, JSON.stringify(input), true);
}

export function useDataVersion(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => version,
  );
}

export type Query<T> =
  | { status: 'loading'; value: T | undefined; error: undefined; reload: () => void }
  | { status: 'ok'; value: T; error: undefined; reload: () => void }
  | { status: 'error'; value: T | undefined; error: AppErrorInfo; reload: () => void };

/**
 * Reads one operation and keeps the result fresh. The input is compared by its JSON, so an
 * object literal written inline does not refetch on every render. Pass `null` to wait.
 */
export function useQuery<K extends OpName>(name: K, input: OpInput<K> | null): Query<OpResult<K>> {
  const dataVersion = useDataVersion();
  const [nonce, setNonce] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  // A prefetched answer already in (boot.ts) is drawn in the first render, and not read again.
  const [first] = useState(() => (input === null ? undefined : takeAnswer(name, input)));
  const skip = useRef(first?.ok ? `${key} ${dataVersion} 0` : null);
  const [state, setState] = useState<{ status: 'loading' | 'ok' | 'error'; value?: OpResult<K>; error?: AppErrorInfo }>(() =>
    first?.ok ? { status: 'ok', value: first.value } : { status: 'loading' },
  );
  const seq = useRef(0);

  useEffect(() => {
    if (key === null) return;
    if (skip.current === `${key} ${dataVersion} ${nonce}`) return;
    skip.current = null;
    const mine = ++seq.current;
    setState((s) => ({ ...s, status: s.value === undefined ? 'loading' : s.status }));
    void read(name, key).then((res) => {
      // A slower, older answer must not overwrite a newer one (typing in a search field).
      if (mine !== seq.current) return;
      if (res.ok) setState({ status: 'ok', value: res.value });
      else setState((s) => ({ status: 'error', value: s.value, error: res.error }));
    });
  }, [name, key, dataVersion, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  if (state.status === 'ok' && state.value !== undefined) return { status: 'ok', value: state.value, error: undefined, reload };
  if (state.status === 'error' && state.error) return { status: 'error', value: state.value, error: state.error, reload };
  return { status: 'loading', value: state.value, error: undefined, reload };
}

/** Runs a changing operation; on success every view refetches. */
export async function mutate<K extends OpName>(name: K, input?: OpInput<K>): Promise<Envelope<OpResult<K>>> {
  const res = await call(name, input);
  if (res.ok) bumpData();
  return res;
}
