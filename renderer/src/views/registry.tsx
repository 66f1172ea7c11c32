import {
  ArmchairIcon,
  BookIcon,
  ClockDashedIcon,
  CogIcon,
  EnvelopeOpenIcon,
  FileExcelIcon,
  HouseIcon,
  PadlockLockedIcon,
  PersonGroupIcon,
} from '@navikt/aksel-icons';
import { nb } from '../i18n/nb';
import { lazyView } from './lazy';
import { prefetchSignupList } from './signups/list';
import type { ViewDef } from './types';

export type { ViewDef, ViewProps } from './types';

/**
 * The views in the navigation, in menu order. To add one: write its component (it gets
 * `{ path }`) and add ONE entry here. The first entry is the start page. The label is a getter
 * (`get label() { return nb.nav.x; }`) so that it follows a switch of language (i18n/nb.ts).
 *
 * This file stays light: id, label and icon are here, and each view's code is a chunk of its own,
 * loaded when the view is first opened (lazyView). So never import a view module statically here,
 * or from anything the frame imports; `import()` it in lazyView.
 */
export const views: ViewDef[] = [
  {
    id: 'oversikt',
    get label() { return nb.nav.overview; },
    icon: HouseIcon,
    ...lazyView(() => import('./overview/OverviewView').then((m) => m.OverviewView)),
  },
  {
    id: 'pameldinger',
    get label() { return nb.nav.signups; },
    icon: PersonGroupIcon,
    ...lazyView(() => import('./signups/SignupsView').then((m) => m.SignupsView)),
    prefetch: prefetchSignupList,
  },
  {
    id: 'setefordeling',
    get label() { return nb.allocation.nav; },
    icon: ArmchairIcon,
    ...lazyView(() => import('./allocation/AllocationView').then((m) => m.AllocationView)),
  },
  {
    id: 'importer',
    get label() { return nb.import.nav; },
    icon: EnvelopeOpenIcon,
    ...lazyView(() => import('./import/ImportView').then((m) => m.ImportView)),
  },
  {
    id: 'eksport',
    get label() { return nb.exports.nav; },
    icon: FileExcelIcon,
    ...lazyView(() => import('./export/ExportView').then((m) => m.ExportView)),
  },
  {
    id: 'register',
    get label() { return nb.nav.register; },
    icon: BookIcon,
    ...lazyView(() => import('./register/RegisterView').then((m) => m.RegisterView)),
  },
  {
    id: 'endringslogg',
    get label() { return nb.nav.changelog; },
    icon: ClockDashedIcon,
    ...lazyView(() => import('./changelog/ChangelogView').then((m) => m.ChangelogView)),
  },
  {
    id: 'personvern',
    get label() { return nb.privacy.nav; },
    icon: PadlockLockedIcon,
    ...lazyView(() => import('./privacy/PrivacyView').then((m) => m.PrivacyView)),
  },
  {
    id: 'innstillinger',
    get label() { return nb.nav.settings; },
    icon: CogIcon,
    ...lazyView(() => import('./settings/SettingsView').then((m) => m.SettingsView)),
  },
];

/** The view that an address (its first hash segment) opens; the start page for none. */
export function viewFor(first: string | undefined): ViewDef | undefined {
  return first === undefined ? views[0] : views.find((v) => v.id === first);
}
