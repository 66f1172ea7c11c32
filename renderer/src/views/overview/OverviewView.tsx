import { Alert, Button, Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { ArchiveIcon, ArrowUndoIcon, FilesIcon, PencilIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { Event } from '../../../../main/api/types';
import { daysUntil, formatDate, formatNumber, formatTime, weekday } from '../../format';
import { nb } from '../../i18n/nb';
import { href } from '../../router';
import { Empty, LoadError, Loading, PageHeader } from '../../ui/common';
import { mutate, useQuery } from '../../ui/data';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';
import type { ViewProps } from '../types';
import { CopyEventDialog } from './CopyEventDialog';
import { EventDialog } from './EventDialog';
import { Answers, Diets, FollowUp, Timeline } from './Home';

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

function EventCard({ event, onEdit, onCopy, onArchive }: { event: Event; onEdit: () => void; onCopy: () => void; onArchive: () => void }) {
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
        <div className="row">
          <Button variant="secondary" data-size="sm" onClick={onEdit}>
            <PencilIcon aria-hidden />
            {nb.overview.editEvent}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={onCopy}>
            <FilesIcon aria-hidden />
            {nb.home.copyEvent}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={onArchive}>
            <ArchiveIcon aria-hidden />
            {nb.home.archive}
          </Button>
        </div>
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

function ArchiveDialog({ event, open, onClose }: { event: Event; open: boolean; onClose: () => void }) {
  const { notify } = useNotify();
  const archive = async () => {
    const res = await mutate('events:update', { id: event.id, archived: true });
    onClose();
    if (res.ok) notify('success', nb.home.archived(event.title));
    else notify('danger', res.error.message);
  };
  return (
    <Modal open={open} title={nb.home.archive} onClose={onClose}>
      <Paragraph>{nb.home.archiveConfirm(event.title)}</Paragraph>
      <div className="form-actions">
        <Button variant="tertiary" onClick={onClose}>
          {nb.app.cancel}
        </Button>
        <Button data-color="danger" onClick={() => void archive()}>
          <ArchiveIcon aria-hidden />
          {nb.home.archive}
        </Button>
      </div>
    </Modal>
  );
}

/** Personal data kept past an event's retention date: said on the first screen, not only in Personvern. */
function RetentionAlert() {
  const status = useQuery('privacy:status', {});
  const overdue = (status.value ?? []).filter((e) => e.overdue).length;
  if (overdue === 0) return null;
  return (
    <Alert data-color="warning" className="panel">
      <Paragraph data-size="sm">
        {nb.privacy.retention.overdueWarning(overdue)} <a href={href('personvern')}>{nb.home.toPrivacy}</a>
      </Paragraph>
    </Alert>
  );
}

/** Archived events, each with a way back (archiving only hides an event; nothing is deleted). */
function ArchivedEvents() {
  const list = useQuery('events:list', { includeArchived: true });
  const { notify } = useNotify();
  const [busy, setBusy] = useState<number | null>(null);
  const archived = (list.value ?? []).filter((e) => e.archived);
  if (archived.length === 0) return null;
  const restore = async (e: Event) => {
    setBusy(e.id);
    const res = await mutate('events:update', { id: e.id, archived: false });
    setBusy(null);
    if (res.ok) notify('success', nb.home.unarchived(e.title));
    else notify('danger', res.error.message);
  };
  return (
    <Details className="panel archived-events">
      <Details.Summary>{nb.home.archivedTitle(archived.length)}</Details.Summary>
      <Details.Content>
        <ul className="archived-events__list">
          {archived.map((e) => (
            <li key={e.id} className="row" style={{ justifyContent: 'space-between' }}>
              <span>
                {e.title} <span className="muted tnum">· {formatDate(e.startsAt)} · {nb.home.archivedSignups(e.counts.total)}</span>
              </span>
              <Button variant="secondary" data-size="sm" disabled={busy === e.id} onClick={() => void restore(e)} aria-label={`${nb.home.unarchive}: ${e.title}`}>
                <ArrowUndoIcon aria-hidden />
                {nb.home.unarchive}
              </Button>
            </li>
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}

export function OverviewView(_props: ViewProps) {
  const info = useQuery('app:info', {});
  const hasEvent = info.value?.event != null;
  const o = useQuery('overview:get', hasEvent ? {} : null);
  const [dialog, setDialog] = useState<'edit' | 'copy' | 'archive' | null>(null);

  if (info.status === 'error' && !info.value) return <div className="page"><LoadError error={info.error} onRetry={info.reload} /></div>;
  if (!info.value) return <div className="page"><Loading /></div>;
  const { event, registry } = info.value;
  const close = () => setDialog(null);

  return (
    <div className="page">
      <PageHeader
        title={nb.overview.title}
        lead={event ? nb.home.lead(event.shortTitle ?? event.title, `${weekday(event.startsAt)} ${formatDate(event.startsAt)}`) : undefined}
        actions={
          <Button asChild variant="primary" data-size="sm">
            <a href={href('pameldinger')}>{nb.overview.openSignups}</a>
          </Button>
        }
      />
      <RetentionAlert />
      {!event ? (
        <Empty>
          {nb.app.noEvent}. {nb.home.noEventLead}
        </Empty>
      ) : o.status === 'error' && !o.value ? (
        <LoadError error={o.error} onRetry={o.reload} />
      ) : !o.value ? (
        <Loading />
      ) : (
        <>
          <Answers o={o.value} />
          <div className="grid-2">
            <Diets o={o.value} />
            <FollowUp o={o.value} />
          </div>
          <Timeline o={o.value} />
        </>
      )}
      {event && <EventCard event={event} onEdit={() => setDialog('edit')} onCopy={() => setDialog('copy')} onArchive={() => setDialog('archive')} />}
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
      <ArchivedEvents />
      {event && <EventDialog open={dialog === 'edit'} event={event} onClose={close} />}
      {event && <CopyEventDialog open={dialog === 'copy'} event={event} onClose={close} />}
      {event && <ArchiveDialog open={dialog === 'archive'} event={event} onClose={close} />}
    </div>
  );
}
