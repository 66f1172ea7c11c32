import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { OpInput } from '../../../../main/api/contract';
import type { AppErrorInfo, Signup, SignupState } from '../../../../main/api/types';
import { prefetch, readOnce, takeAnswer, useDataVersion } from '../../ui/data';

// The sign-up list's reads. Kept apart from SignupsView.tsx (a chunk loaded on demand) so that
// registry.tsx can start the first read for '#/pameldinger' before that chunk has arrived.
//
// The list is read a page at a time, the pages the table shows (and one either side): 10 000
// sign-ups are megabytes of JSON and keep the core busy for a good while, but a page is a few
// kilobytes and is drawn at once. Sorting and filtering stay in the core (Norwegian collation).

export type SortKey = 'name' | 'organisation' | 'receivedAt' | 'state' | 'county';

export interface SignupFilter {
  q: string;
  state: SignupState | '';
  orgId: number | null;
  late: boolean;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
}

export const DEFAULT_FILTER: SignupFilter = { q: '', state: '', orgId: null, late: false, sort: { key: 'receivedAt', dir: 'asc' } };

/** Rows per read: more than a tall window shows (52 px rows), a few kilobytes of JSON. */
export const PAGE = 100;
/** Reads on the way at once; pages scrolled past before their turn are not read at all. */
const PARALLEL = 2;

/** The input of signups:list for a filter; always built here, so a prefetch matches the view's read. */
export function listInput(f: SignupFilter, limit: number, offset = 0): OpInput<'signups:list'> {
  return {
    ...(f.q ? { q: f.q } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.orgId !== null ? { organisationId: f.orgId } : {}),
    ...(f.late ? { late: true } : {}),
    sort: f.sort.key,
    dir: f.sort.dir,
    limit,
    ...(offset ? { offset } : {}),
  };
}

/** '#/pameldinger' opened: ask for the first page at once (boot.ts, before the first render). */
export function prefetchSignupList(): void {
  prefetch('signups:list', listInput(DEFAULT_FILTER, PAGE));
}

/** One reading of the list: a filter at one data version. Replaced, never changed, by a new one. */
interface Generation {
  /** Filter, data version and reload count it was made for. */
  stamp: string;
  key: string;
  filter: SignupFilter;
  pages: Map<number, Signup[]>;
  reading: Set<number>;
  total: number | undefined;
  error: AppErrorInfo | undefined;
  /** The pages that must be in before this reading replaces the one on screen. */
  need: number[];
}

export interface SignupPages {
  status: 'loading' | 'ok' | 'error';
  /** The filter (JSON) of the rows on screen: a new one sends the table back to the top. */
  key: string | undefined;
  /** How many sign-ups match (undefined until the first page is in). */
  total: number | undefined;
  /** The sign-up at a row (0-based), or undefined while its page is on the way. */
  rowAt: (index: number) => Signup | undefined;
  /** Changes whenever rows arrive: for memos that read rowAt. */
  revision: number;
  /** The table tells which rows it shows (first and last index); their pages are read. */
  showRows: (first: number, last: number) => void;
  error: AppErrorInfo | undefined;
  reload: () => void;
}

const pagesOf = (first: number, last: number): number[] => {
  const out: number[] = [];
  for (let p = Math.floor(Math.max(0, first) / PAGE); p <= Math.floor(Math.max(0, last) / PAGE); p++) out.push(p);
  return out;
};

/**
 * The sign-ups matching a filter, read page by page as the table needs them. After a change
 * elsewhere (the data version) the pages on screen are read again and swapped in together, so the
 * table never blanks; a new filter shows its first page as soon as it is in. Until then, like
 * useQuery, the rows already on screen stay.
 */
export function useSignupPages(filter: SignupFilter): SignupPages {
  const dataVersion = useDataVersion();
  const [nonce, setNonce] = useState(0);
  const [revision, bump] = useReducer((n: number) => n + 1, 0);
  const key = JSON.stringify(filter);
  const stamp = `${key} ${dataVersion} ${nonce}`;
  const shown = useRef<Generation | null>(null);
  const next = useRef<Generation | null>(null);
  const rows = useRef<[number, number]>([0, 0]);
  // The first page prefetched for '#/pameldinger' (boot.ts) and already in: drawn in the first
  // render, without a round through the loading state.
  const started = useRef(false);
  if (!started.current) {
    started.current = true;
    const page = takeAnswer('signups:list', listInput(filter, PAGE));
    if (page?.ok) {
      const pages = new Map([[0, page.value.rows]]);
      shown.current = { stamp, key, filter, pages, reading: new Set(), total: page.value.total, error: undefined, need: [] };
    }
  }

  const pump = useCallback(() => {
    const gen = next.current ?? shown.current;
    if (!gen || gen.error) return;
    const [first, last] = rows.current;
    const span = last - first;
    // What is on screen first, then a page either side of it.
    const wanted = [...gen.need, ...pagesOf(first, last), ...pagesOf(first - Math.max(span, PAGE / 2), last + Math.max(span, PAGE / 2))];
    for (const p of wanted) {
      if (gen.reading.size >= PARALLEL) break;
      if (gen.pages.has(p) || gen.reading.has(p)) continue;
      if (gen.total !== undefined && p * PAGE >= gen.total && p !== 0) continue;
      gen.reading.add(p);
      void readOnce('signups:list', listInput(gen.filter, PAGE, p * PAGE)).then((res) => {
        gen.reading.delete(p);
        if (gen !== next.current && gen !== shown.current) return; // replaced meanwhile
        if (!res.ok) {
          // A new reading that fails leaves the rows on screen as they were (as useQuery does);
          // a page of the list on screen that fails is shown as an error with Prøv igjen.
          if (gen === next.current && shown.current) next.current = null;
          else gen.error = res.error;
          bump();
          return;
        }
        gen.pages.set(p, res.value.rows);
        gen.total = res.value.total;
        if (gen === next.current && gen.need.every((n) => gen.pages.has(n) || n * PAGE >= (gen.total ?? 0))) {
          if (shown.current?.key !== gen.key) rows.current = [0, 0]; // the table goes back to the top
          shown.current = gen;
          next.current = null;
        }
        bump();
        pump();
      });
    }
  }, []);

  useEffect(() => {
    if (shown.current?.stamp === stamp || next.current?.stamp === stamp) return pump();
    const f = JSON.parse(key) as SignupFilter;
    const same = shown.current?.key === key;
    // The same filter again (data changed): the rows on screen must be in before the swap. A new
    // filter starts at the top (SignupTable scrolls there), so its first page is enough.
    const need = same ? pagesOf(...rows.current) : [0];
    next.current = { stamp, key, filter: f, pages: new Map(), reading: new Set(), total: undefined, error: undefined, need };
    bump();
    pump();
  }, [stamp, key, pump]);

  const showRows = useCallback(
    (first: number, last: number) => {
      if (rows.current[0] === first && rows.current[1] === last) return;
      rows.current = [first, last];
      pump();
    },
    [pump],
  );
  const reload = useCallback(() => setNonce((n) => n + 1), []);

  const gen = shown.current;
  const error = gen ? gen.error : next.current?.error;
  const rowAt = useCallback(
    (i: number) => gen?.pages.get(Math.floor(i / PAGE))?.[i % PAGE],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pages fill in place; revision marks it
    [gen, revision],
  );
  return {
    status: error ? 'error' : gen ? 'ok' : 'loading',
    key: gen?.key,
    total: gen?.total,
    rowAt,
    revision,
    showRows,
    error,
    reload,
  };
}
