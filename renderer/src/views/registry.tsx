import { BookIcon, ClockDashedIcon, CogIcon, HouseIcon, PersonGroupIcon } from '@navikt/aksel-icons';
import { nb } from '../i18n/nb';
import { allocationViewDef } from './allocation/AllocationView';
import { ChangelogView } from './changelog/ChangelogView';
import { exportViewDef } from './export/ExportView';
import { importViewDef } from './import/ImportView';
import { OverviewView } from './overview/OverviewView';
import { privacyViewDef } from './privacy/PrivacyView';
import { RegisterView } from './register/RegisterView';
import { SettingsView } from './settings/SettingsView';
import { SignupsView } from './signups/SignupsView';
import type { ViewDef } from './types';

export type { ViewDef, ViewProps } from './types';

/**
 * The views in the navigation, in menu order. To add one: write its component (it gets
 * `{ path }`) and add ONE line here. The first entry is the start page. The label is a getter
 * (`get label() { return nb.nav.x; }`) so that it follows a switch of language (i18n/nb.ts).
 */
export const views: ViewDef[] = [
  { id: 'oversikt', get label() { return nb.nav.overview; }, icon: HouseIcon, component: OverviewView },
  { id: 'pameldinger', get label() { return nb.nav.signups; }, icon: PersonGroupIcon, component: SignupsView },
  allocationViewDef,
  importViewDef,
  exportViewDef,
  { id: 'register', get label() { return nb.nav.register; }, icon: BookIcon, component: RegisterView },
  { id: 'endringslogg', get label() { return nb.nav.changelog; }, icon: ClockDashedIcon, component: ChangelogView },
  privacyViewDef,
  { id: 'innstillinger', get label() { return nb.nav.settings; }, icon: CogIcon, component: SettingsView },
];
