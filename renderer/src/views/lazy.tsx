import { lazy, useState, type ComponentType } from 'react';
import type { ViewProps } from './types';

export interface LazyView {
  /** Renders the view; suspends (App.tsx's <Suspense>) while its code is still on the way. */
  component: ComponentType<ViewProps>;
  /** Starts loading the view's code (its own chunk), at most once. */
  preload: () => Promise<unknown>;
}

/**
 * A view whose code is loaded when it is first needed, so the start of the app parses only the
 * frame and the view being opened. `load` is a dynamic import: `() => import('./x/XView').then((m) => m.XView)`.
 *
 * Once the code is there (boot.ts preloads the view of the address before the first render),
 * the view renders at once, without a round through the loading state.
 */
export function lazyView(load: () => Promise<ComponentType<ViewProps>>): LazyView {
  let loaded: ComponentType<ViewProps> | undefined;
  let pending: Promise<ComponentType<ViewProps>> | undefined;
  const preload = (): Promise<ComponentType<ViewProps>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (e: unknown) => {
        pending = undefined; // let a later try fetch it again
        throw e;
      },
    );
    return pending;
  };
  const Deferred = lazy(async () => ({ default: await preload() }));

  function View(props: ViewProps) {
    // Chosen once per mount: swapping Deferred for the loaded component later would remount the
    // view and lose its state.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Deferred {...props} />;
  }
  return { component: View, preload };
}
