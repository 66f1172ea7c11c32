import { nb } from '../../i18n/nb';
import { PageHeader } from '../../ui/common';
import type { ViewProps } from '../types';
import { BackupsCard } from './BackupsCard';
import { EventsCard } from './EventsCard';
import { PersonCard } from './PersonCard';
import './privacy.css';

const t = nb.privacy;

/** Personvern: backups, retention and anonymisation per event, access and deletion per person. */
export function PrivacyView(_props: ViewProps) {
  return (
    <div className="page privacy">
      <PageHeader title={t.title} lead={t.lead} />
      <EventsCard />
      <PersonCard />
      <BackupsCard />
    </div>
  );
}
