import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { AppInfo, Event, SignupState } from '../../../../main/api/types';
import { daysUntil, formatDate, formatNumber, formatTime, weekday } from '../../format';
import { nb } from '../../i18n/nb';
import { href } from '../../router';
import { LoadError, Loading, PageHeader } from '../../ui/common';
import { useQuery } from '../../ui/data';
import type { ViewProps } from '../types';
import { EventDialog } from './EventDialog';

function DeadlineNote({ deadline }: { deadline: string | null }) {
  if (!deadline) return <span className="muted">{nb.overview.noDeadline}</span>;
  const days = daysUntil(deadline);
  return (
    <span className="row">
      <span className="tnum">{formatDate(deadline)}</span>
      <Tag data-size="sm" data-color={days < 0 ? 'neutral' : days <= 3 ? 'warning' : 'info'}>
        {days < 0 ? nb.overview.daysPassed(-days) : nb.overview.daysLeft(days)}
      </Tag>
    </span>
  );
}

function EventCard({ event, onEdit }: { event: Event; onEdit: () => void }) {
  const place = [event.venue, event.address, event.city].filter(Boolean).join(', ');
  const organiser = [event.organiserName, event.organiserTitle, event.organiserOrg].filter(Boolean).join(', ');
  return (
    <Card data-color="neutral" className="panel">
      <div className="page-header event-title">
        <div>
          <Paragraph data-size="xs" className="muted">
            {nb.overview.eventCard}
          </Paragraph>
          <Heading level={2} data-size="md">
            {event.title}
          </Heading>
        </div>
        <Button variant="secondary" data-size="sm" onClick={onEdit}>
          <PencilIcon aria-hidden />
          {nb.overview.editEvent}
        </Button>
      </div>
      <dl className="facts">
        <dt>{nb.overview.date}</dt>
        <dd className="tnum">
          {formatDate(event.startsAt)} <span className="muted">({weekday(event.startsAt)})</span>
        </dd>
        <dt>{nb.overview.time}</dt>
        <dd className="tnum">
          {formatTime(event.startsAt)}–{formatTime(event.endsAt)}
        </dd>
        <dt>{nb.overview.place}</dt>
        <dd>{place}</dd>
        <dt>{nb.overview.deadline}</dt>
        <dd>
          <DeadlineNote deadline={event.deadline} />
        </dd>
        <dt>{nb.overview.lunch}</dt>
        <dd>{event.lunchNote ?? (event.lunch ? nb.overview.lunchYes : nb.overview.lunchNo)}</dd>
        {event.travelNote && (
          <>
            <dt>{nb.overview.travel}</dt>
            <dd>{event.travelNote}</dd>
          </>
        )}
        <dt>{nb.overview.capacity}</dt>
        <dd>
          {event.capacity === null ? nb.overview.capacityNone : formatNumber(event.capacity)}
          {typeof event.seatRules.county === 'number' && <> · {nb.overview.seatsPerCounty(event.seatRules.county)}</>}
        </dd>
        {organiser && (
          <>
            <dt>{nb.overview.organiser}</dt>
            <dd>
              {organiser}
              {event.organiserEmail && (
                <>
                  {' · '}
                  <span>{event.organiserEmail}</span>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="stat">
      <span className="stat__label">{label}</span>
      <span className="stat__value">{value}</span>
      {hint && <span className="muted">{hint}</span>}
    </div>
  );
}

const STATES: SignupState[] = ['seated', 'waiting', 'cancelled', 'declined'];

function Numbers({ info }: { info: AppInfo }) {
  const c = info.counts;
  const max = Math.max(1, ...STATES.map((s) => c[s]));
  return (
    <section aria-labelledby="nokkeltall" className="grid-2">
      <div className="panel">
        <Heading level={2} data-size="xs" id="nokkeltall">
          {nb.overview.keyNumbers}
        </Heading>
        <div className="stats" style={{ marginTop: 'var(--ds-size-4)' }}>
          <Stat label={nb.overview.countiesSeated} value={nb.overview.countiesOf(c.countiesSeated, c.countiesTotal)} />
          <Stat label={nb.overview.signups} value={formatNumber(c.signups)} />
          <Stat label={nb.overview.lunches} value={formatNumber(c.lunches)} />
          <Stat label={nb.overview.late} value={formatNumber(c.late)} />
        </div>
      </div>
      <div className="panel">
        <Heading level={2} data-size="xs">
          {nb.overview.byState}
        </Heading>
        <div className="state-bars" style={{ marginTop: 'var(--ds-size-4)' }}>
          {STATES.map((s) => (
            <a key={s} className="state-bar" href={href('pameldinger')} aria-label={`${nb.states[s]}: ${c[s]}`}>
              <span>{nb.states[s]}</span>
              <span className="state-bar__track" aria-hidden>
                <span className="state-bar__fill" style={{ display: 'block', width: `${(c[s] / max) * 100}%` }} />
              </span>
              <span className="state-bar__n">{formatNumber(c[s])}</span>
            </a>
          ))}
        </div>
      </div>
    </section>
  );
}

export function OverviewView(_props: ViewProps) {
  const info = useQuery('app:info', {});
  const [editing, setEditing] = useState(false);

  if (info.status === 'error' && !info.value) return <div className="page"><LoadError error={info.error} onRetry={info.reload} /></div>;
  if (!info.value) return <div className="page"><Loading /></div>;
  const { event, registry } = info.value;

  return (
    <div className="page">
      <PageHeader
        title={nb.overview.title}
        actions={
          <Button asChild variant="primary" data-size="sm">
            <a href={href('pameldinger')}>{nb.overview.openSignups}</a>
          </Button>
        }
      />
      {event ? <EventCard event={event} onEdit={() => setEditing(true)} /> : <Paragraph>{nb.app.noEvent}</Paragraph>}
      <Numbers info={info.value} />
      <div className="panel row" style={{ justifyContent: 'space-between' }}>
        <div>
          <Tag data-color="accent" data-size="md">
            {nb.overview.registryBadge(registry.source)} — {nb.overview.registryCounts(registry.counties, registry.regions, registry.municipalities)}
          </Tag>
          <Paragraph data-size="sm" className="muted" style={{ marginTop: 'var(--ds-size-2)' }}>
            {nb.overview.registryNote}
          </Paragraph>
        </div>
        <Button asChild variant="secondary" data-size="sm">
          <a href={href('register', 'fylker')}>{nb.overview.openRegister}</a>
        </Button>
      </div>
      {event && <EventDialog open={editing} event={event} onClose={() => setEditing(false)} />}
    </div>
  );
}
