import { BookIcon, ClockDashedIcon, HouseIcon, PersonGroupIcon } from '@navikt/aksel-icons';
import { nb } from '../i18n/nb';
import { allocationViewDef } from './allocation/AllocationView';
import { ChangelogView } from './changelog/ChangelogView';
import { exportViewDef } from './export/ExportView';
import { importViewDef } from './import/ImportView';
import { OverviewView } from './overview/OverviewView';
import { RegisterView } from './register/RegisterView';
import { SignupsView } from './signups/SignupsView';
import type { ViewDef } from './types';

export type { ViewDef, ViewProps } from './types';

/**
 * The views in the navigation, in menu order. To add one: write its component (it gets
 * `{ path }`) and add ONE line here. The first entry is the start page.
 */
export const views: ViewDef[] = [
  { id: 'oversikt', label: nb.nav.overview, icon: HouseIcon, component: OverviewView },
  { id: 'pameldinger', label: nb.nav.signups, icon: PersonGroupIcon, component: SignupsView },
  allocationViewDef,
  importViewDef,
  exportViewDef,
  { id: 'register', label: nb.nav.register, icon: BookIcon, component: RegisterView },
  { id: 'endringslogg', label: nb.nav.changelog, icon: ClockDashedIcon, component: ChangelogView },
];
