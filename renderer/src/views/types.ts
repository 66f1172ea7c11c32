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
}
