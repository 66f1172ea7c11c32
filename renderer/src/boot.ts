import { parseHash } from './router';
import { loadUiSettings } from './settings';
import { prefetch } from './ui/data';
import { viewFor } from './views/registry';

// The first module main.tsx runs (its first import), before main.tsx sets up React DOM and the
// frame: it starts what the first screen needs, side by side, so that it is on the way while the
// rest of the app is still being set up. That is the data of the view in the address
// (its first rows) and of the frame (the event switcher), and the view's own code (a chunk of its
// own, views/lazy.tsx). The reads go first, so the core answers them before anything else.

/**
 * Language and theme, applied before anything else: the stored choice at once (api.ts sends the
 * language with every read, so the reads below get their texts in it), then in the desktop app
 * its settings file, which wins. main.tsx renders when this is done.
 */
export const uiSettingsReady = loadUiSettings();

const start = viewFor(parseHash(window.location.hash)[0]);
start?.prefetch?.();
prefetch('app:info', {});
prefetch('events:list', {});

/**
 * Resolves when the first view's code is in, so the first render shows the view rather than its
 * loading state; after a second at most, should it be slow for once (a failure shows in the view,
 * ui/ViewBoundary).
 */
export const firstViewReady: Promise<unknown> = Promise.race([
  start?.preload?.().catch(() => undefined),
  new Promise((resolve) => window.setTimeout(resolve, 1000)),
]);
