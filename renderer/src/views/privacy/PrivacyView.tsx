import { PadlockLockedIcon } from '@navikt/aksel-icons';
import { PageHeader } from '../../ui/common';
import type { ViewDef, ViewProps } from '../types';
import { BackupsCard } from './BackupsCard';
import { EventsCard } from './EventsCard';
import { PersonCard } from './PersonCard';
import { privacyTexts } from './texts';
import './privacy.css';

/** Personvern: backups, retention and anonymisation per event, access and deletion per person. */
export function PrivacyView(_props: ViewProps) {
  return (
    <div className="page privacy">
      <PageHeader title={privacyTexts.title} lead={privacyTexts.lead} />
      <EventsCard />
      <PersonCard />
      <BackupsCard />
    </div>
  );
}

export const privacyViewDef: ViewDef = { id: 'personvern', label: privacyTexts.nav, icon: PadlockLockedIcon, component: PrivacyView };
