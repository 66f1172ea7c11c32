import type { OpInput, OpName, OpResult } from '../../main/api/contract';
import type { Envelope } from '../../main/api/types';
import type { SamlingApi } from '../../main/api/client';
import { language } from './i18n/nb';

declare global {
  interface Window {
    /** Set by preload/ in the desktop app: one function per operation. */
    samling?: SamlingApi;
  }
}

const TOKEN_KEY = 'samling.token';
/** The core answers in this language (main/web/server.ts LANGUAGE_HEADER; the desktop app reads its settings file). */
const LANGUAGE_HEADER = 'X-Samling-Language';

/** Browser mode: the token comes in the address's #token=…, is kept for the tab, then hidden. */
function browserToken(): string | null {
  const m = /[#&]token=([^&]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    // Keep a route that came with it ('#/pameldinger&token=…'), drop only the token.
    const rest = window.location.hash.replace(/[#&]?token=[^&]*/, '').replace(/^#?&?/, '');
    history.replaceState(null, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function overHttp<K extends OpName>(name: K, input: OpInput<K> | undefined): Promise<Envelope<OpResult<K>>> {
  const token = browserToken();
  try {
    const res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}`, [LANGUAGE_HEADER]: language() },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return (await res.json()) as Envelope<OpResult<K>>;
  } catch {
    return { ok: false, error: { code: 'offline', message: 'Får ikke kontakt med Samling. Er programmet fortsatt i gang?' } };
  }
}

/** Calls one operation through whichever door this renderer runs behind. */
export function call<K extends OpName>(name: K, input?: OpInput<K>): Promise<Envelope<OpResult<K>>> {
  const desktop = window.samling;
  if (desktop) return (desktop[name] as (i?: OpInput<K>) => Promise<Envelope<OpResult<K>>>)(input);
  return overHttp(name, input);
}

export const isDesktop = () => window.samling !== undefined;

// Take the token out of the address bar as soon as the app loads.
if (typeof window !== 'undefined' && !window.samling) browserToken();
