import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { OpInput, OpName, OpResult } from '../../../main/api/contract';
import type { AppErrorInfo, Envelope } from '../../../main/api/types';
import { call } from '../api';

// A tiny data layer: every successful change (and every undo) bumps one version number, and
// every view that reads data refetches when it changes. Simple, and no view can show stale
// numbers after an undo made elsewhere.

let version = 0;
const listeners = new Set<() => void>();

export function bumpData(): void {
  version += 1;
  for (const l of listeners) l();
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
  const [state, setState] = useState<{ status: 'loading' | 'ok' | 'error'; value?: OpResult<K>; error?: AppErrorInfo }>({
    status: 'loading',
  });
  const key = input === null ? null : JSON.stringify(input);
  const seq = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, status: s.value === undefined ? 'loading' : s.status }));
    void call(name, JSON.parse(key) as OpInput<K>).then((res) => {
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
