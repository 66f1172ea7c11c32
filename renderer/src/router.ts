import { useEffect, useState } from 'react';

// Hash routing: '#/register/fylker/12' → ['register', 'fylker', '12']. Links work, Back works,
// and the browser-mode server only ever serves index.html. The '#token=…' of browser mode is
// not a route; api.ts takes it out of the address before anything is drawn.

export function parseHash(hash: string): string[] {
  const clean = hash.replace(/^#\/?/, '').split(/[?&]/)[0] ?? '';
  return clean
    .split('/')
    .filter((s) => s !== '' && !s.startsWith('token='))
    .map((s) => decodeURIComponent(s));
}

export function href(...segments: (string | number)[]): string {
  return '#/' + segments.map((s) => encodeURIComponent(String(s))).join('/');
}

export function navigate(...segments: (string | number)[]): void {
  window.location.hash = href(...segments).slice(1);
}

export function useRoute(): string[] {
  const [path, setPath] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setPath(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return path;
}
