import type { ComponentType } from 'react';

/** What every view gets from the frame: the rest of the hash path after its own id. */
export interface ViewProps {
  /** `#/register/fylker/12` gives the Register view `['fylker', '12']`. */
  path: string[];
}

/** One entry in the navigation. */
export interface ViewDef {
  /** The first hash segment: `#/<id>`. Lower case, no Norwegian letters (links stay ASCII). */
  id: string;
  /** The menu text (from the message catalogue). */
  label: string;
  /** A small icon shown before the label. */
  icon?: ComponentType<{ 'aria-hidden'?: boolean; className?: string }>;
  component: ComponentType<ViewProps>;
  /** Loads the view's code ahead of time (lazily loaded views, see lazy.tsx). */
  preload?: () => Promise<unknown>;
  /**
   * Starts the reads the view needs for its first screen (ui/data.ts `prefetch`), so they are on
   * the way before React has drawn anything. boot.ts calls it for the view in the address.
   */
  prefetch?: () => void;
}
