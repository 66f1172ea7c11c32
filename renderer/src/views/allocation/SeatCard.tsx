import { Alert, Button, Card, Dropdown, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { MenuElipsisVerticalIcon } from '@navikt/aksel-icons';
import { useState, type DragEvent, type ReactNode } from 'react';
import type { AllocationOrg, SeatPerson } from '../../../../main/api/ops/allocation';
import { formatDateTime } from '../../format';
import { nb } from '../../i18n/nb';
import { useRun } from './useRun';

const t = nb.allocation;

/** What is being dragged. dataTransfer cannot be read during dragover, so we keep it here too. */
interface Dragged {
  signupId: number;
  orgKey: string;
  state: SeatPerson['state'];
  late: boolean;
}
let dragged: Dragged | null = null;
const MIME = 'application/x-samling-signup';

/** What a person's menu asks of the view: a reason for cancel/decline, or an Outlook draft. */
export type AskReason = (kind: 'cancel' | 'decline' | 'draft', person: SeatPerson) => void;

interface CardProps {
  org: AllocationOrg | null;
  /** Sign-ups without organisation are one card too. */
  title: string;
  number?: string | null;
  seats: number | null;
  seated: SeatPerson[];
  waiting: SeatPerson[];
  late: SeatPerson[];
  closed: SeatPerson[];
  extra?: ReactNode;
  onResolve?: () => void;
  askReason: AskReason;
}

function eligibleLate(p: SeatPerson): boolean {
  return p.late && !p.lateAccepted;
}

function PersonMenu({ person, holders, askReason }: { person: SeatPerson; holders: SeatPerson[]; askReason: AskReason }) {
  const [open, setOpen] = useState(false);
  const run = useRun();
  const act = (fn: () => Promise<unknown>) => () => {
    setOpen(false);
    void fn();
  };
  const items: { label: string; onClick: () => void; danger?: boolean }[] = [];
  const late = eligibleLate(person);
  switch (person.state) {
    case 'seated':
      items.push({ label: t.toWaiting, onClick: act(() => run('allocation:toWaiting', { signupId: person.signupId }, () => t.movedToWaiting(person.name))) });
      break;
    case 'waiting':
      if (late) {
        items.push({ label: t.acceptLate, onClick: act(() => run('allocation:acceptLate', { signupId: person.signupId }, () => t.acceptedLate(person.name))) });
        items.push({
          label: t.giveLate,
          onClick: act(() => run('allocation:giveSeat', { signupId: person.signupId, acceptLate: true }, () => t.gave(person.name))),
        });
      } else {
        items.push({ label: t.give, onClick: act(() => run('allocation:giveSeat', { signupId: person.signupId }, () => t.gave(person.name))) });
        for (const h of holders)
          items.push({
            label: t.swapWith(h.name),
            onClick: act(() => run('allocation:swap', { seatedId: h.signupId, waitingId: person.signupId }, () => t.swapped(person.name, h.name))),
          });
      }
      if (!person.decided)
        items.push({ label: t.keepWaiting, onClick: act(() => run('allocation:toWaiting', { signupId: person.signupId }, () => t.movedToWaiting(person.name))) });
      break;
    case 'cancelled':
    case 'declined':
      items.push({ label: t.toWaiting, onClick: act(() => run('allocation:toWaiting', { signupId: person.signupId }, () => t.movedToWaiting(person.name))) });
      items.push({
        label: t.give,
        onClick: act(() => run('allocation:giveSeat', { signupId: person.signupId, acceptLate: true }, () => t.gave(person.name))),
      });
      break;
  }
  items.push({ label: nb.drafts.make, onClick: () => (setOpen(false), askReason('draft', person)) });
  if (person.state !== 'cancelled') items.push({ label: t.cancel, onClick: () => (setOpen(false), askReason('cancel', person)) });
  if (person.state !== 'declined') items.push({ label: t.decline, onClick: () => (setOpen(false), askReason('decline', person)), danger: true });
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger variant="tertiary" icon data-size="sm" aria-label={t.menu(person.name)} onClick={() => setOpen((o) => !o)}>
        <MenuElipsisVerticalIcon aria-hidden />
      </Dropdown.Trigger>
      <Dropdown placement="bottom-end" open={open} onClose={() => setOpen(false)} data-size="sm">
        <Dropdown.List>
          {items.map((i) => (
            <Dropdown.Item key={i.label}>
              <Dropdown.Button onClick={i.onClick} data-color={i.danger ? 'danger' : undefined}>
                {i.label}
              </Dropdown.Button>
            </Dropdown.Item>
          ))}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}

function PersonRow({
  person,
  orgKey,
  holders,
  firstCome,
  askReason,
  onSwapDrop,
}: {
  person: SeatPerson;
  orgKey: string;
  holders: SeatPerson[];
  firstCome: boolean;
  askReason: AskReason;
  onSwapDrop?: (waitingId: number) => void;
}) {
  const [over, setOver] = useState(false);
  const canSwap = (d: Dragged | null) => !!onSwapDrop && d !== null && d.orgKey === orgKey && d.state === 'waiting' && !d.late;
  return (
    <li
      className={`seat-person seat-person--${person.state}${over ? ' is-over' : ''}`}
      draggable
      data-signup={person.signupId}
      onDragStart={(e) => {
        dragged = { signupId: person.signupId, orgKey, state: person.state, late: eligibleLate(person) };
        e.dataTransfer.setData(MIME, String(person.signupId));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragEnd={() => (dragged = null)}
      onDragOver={(e) => {
        if (!canSwap(dragged)) return;
        e.preventDefault();
        e.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        if (!canSwap(dragged) || !dragged) return;
        e.preventDefault();
        e.stopPropagation();
        onSwapDrop?.(dragged.signupId);
      }}
    >
      <div className="seat-person__main">
        <span className="seat-person__name">{person.name}</span>
        <span className="seat-person__meta muted tnum">
          {t.received(formatDateTime(person.receivedAt))}
          {person.email ? ` · ${person.email}` : ''}
        </span>
        <span className="tags">
          {firstCome && (
            <Tag data-size="sm" data-color="info" variant="outline">
              {t.firstCome}
            </Tag>
          )}
          {person.late && (
            <Tag data-size="sm" data-color={person.lateAccepted ? 'neutral' : 'warning'} variant="outline">
              {person.lateAccepted ? t.lateAccepted : nb.late}
            </Tag>
          )}
          {(person.state === 'cancelled' || person.state === 'declined') && (
            <Tag data-size="sm" data-color={person.state === 'declined' ? 'danger' : 'neutral'}>
              {nb.states[person.state]}
            </Tag>
          )}
          {person.stateReason && person.state !== 'seated' && <span className="muted seat-person__reason">{person.stateReason}</span>}
        </span>
      </div>
      <PersonMenu person={person} holders={holders} askReason={askReason} />
    </li>
  );
}

function Zone({
  label,
  accepts,
  onDropped,
  children,
  empty,
}: {
  label: string;
  accepts: (d: Dragged) => boolean;
  onDropped: (d: Dragged) => void;
  children: ReactNode;
  empty?: string;
}) {
  const [over, setOver] = useState(false);
  const onOver = (e: DragEvent) => {
    if (!dragged || !accepts(dragged)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setOver(true);
  };
  return (
    <section className={`seat-zone${over ? ' is-over' : ''}`} aria-label={label} onDragOver={onOver} onDragLeave={() => setOver(false)} onDrop={(e) => {
      setOver(false);
      if (!dragged || !accepts(dragged)) return;
      e.preventDefault();
      onDropped(dragged);
    }}>
      <Heading level={4} data-size="2xs" className="seat-zone__label">
        {label}
      </Heading>
      {children}
      {empty && <Paragraph data-size="xs" className="muted seat-zone__empty">{empty}</Paragraph>}
    </section>
  );
}

export function SeatCard(p: CardProps) {
  const run = useRun();
  const org = p.org;
  const orgKey = org ? String(org.organisationId) : 'none';
  const inPlay = p.seated.length + p.waiting.length + p.late.length;
  const give = (d: Dragged) =>
    void run('allocation:giveSeat', { signupId: d.signupId, ...(d.late ? { acceptLate: true } : {}) }, (v) => t.gave(v.signup.name));
  const chip = (() => {
    if (org?.conflict) return <Tag data-color="danger" data-size="sm">{t.chipConflict}</Tag>;
    if (org?.proposal) return <Tag data-color="info" data-size="sm">{t.chipProposal}</Tag>;
    if (p.seated.length > 0) return <Tag data-color="success" data-size="sm">{t.chipSeated}</Tag>;
    if (p.late.length > 0) return <Tag data-color="warning" data-size="sm">{t.chipLateOnly}</Tag>;
    return <Tag data-color="neutral" data-size="sm">{t.chipFree}</Tag>;
  })();
  const row = (person: SeatPerson) => (
    <PersonRow
      key={person.signupId}
      person={person}
      orgKey={orgKey}
      holders={person.state === 'waiting' ? p.seated : []}
      firstCome={!!org?.conflict && org.firstComeId === person.signupId}
      askReason={p.askReason}
      onSwapDrop={
        person.state === 'seated'
          ? (waitingId) => {
              const name = [...p.waiting].find((w) => w.signupId === waitingId)?.name ?? '';
              void run('allocation:swap', { seatedId: person.signupId, waitingId }, () => t.swapped(name, person.name));
            }
          : undefined
      }
    />
  );

  return (
    <Card
      data-color="neutral"
      className={`seat-card${org?.conflict ? ' seat-card--conflict' : ''}${inPlay === 0 ? ' seat-card--empty' : ''}`}
      data-org={orgKey}
      aria-label={p.title}
    >
      <header className="seat-card__head">
        <Heading level={3} data-size="xs">
          {p.number && <span className="seat-card__number tnum">{p.number}</span>}
          {p.title}
        </Heading>
        <span className="tags">
          <Tag data-size="sm" variant="outline" className="tnum">
            {t.seatsChip(p.seated.length, p.seats)}
          </Tag>
          {chip}
        </span>
      </header>
      {p.extra}
      {org?.conflict && (
        <Alert data-color="danger" data-size="sm" className="seat-card__banner">
          <Paragraph data-size="sm">
            {org.conflictKind === 'over_limit'
              ? t.conflictOver(p.seated.length, p.seats ?? 0)
              : t.conflictContested(inPlay, p.seats ?? 0)}
          </Paragraph>
          <Button data-size="sm" data-color="danger" onClick={p.onResolve}>
            {t.resolve}
          </Button>
        </Alert>
      )}
      {org?.proposal && !org.conflict && (
        <Alert data-color="info" data-size="sm" className="seat-card__banner">
          <Paragraph data-size="sm">{t.proposalText(org.proposal.name)}</Paragraph>
          <Button
            data-size="sm"
            variant="secondary"
            onClick={() => void run('allocation:giveSeat', { signupId: org.proposal!.signupId }, (v) => t.gave(v.signup.name))}
          >
            {t.give}
          </Button>
        </Alert>
      )}
      {(inPlay > 0 || p.closed.length > 0) && (
        <>
          <Zone
            label={t.seatedZone}
            accepts={(d) => d.orgKey === orgKey && d.state !== 'seated'}
            onDropped={give}
            empty={p.seated.length === 0 ? t.emptySeat : undefined}
          >
            {p.seated.length > 0 && <ul className="seat-list">{p.seated.map(row)}</ul>}
          </Zone>
          {(p.waiting.length > 0 || p.seated.length > 0) && (
            <Zone
              label={t.waitingZone}
              accepts={(d) => d.orgKey === orgKey && d.state === 'seated'}
              onDropped={(d) => void run('allocation:toWaiting', { signupId: d.signupId }, (v) => t.movedToWaiting(v.signup.name))}
              empty={p.waiting.length === 0 ? t.waitingEmpty : undefined}
            >
              {p.waiting.length > 0 && <ul className="seat-list">{p.waiting.map(row)}</ul>}
            </Zone>
          )}
          {p.late.length > 0 && (
            <section className="seat-zone seat-zone--late" aria-label={t.lateZone}>
              <Heading level={4} data-size="2xs" className="seat-zone__label">
                {t.lateZone}
              </Heading>
              <ul className="seat-list">{p.late.map(row)}</ul>
            </section>
          )}
          {p.closed.length > 0 && (
            <details className="seat-closed">
              <summary>
                {t.closedZone} ({p.closed.length})
              </summary>
              <ul className="seat-list">{p.closed.map(row)}</ul>
            </details>
          )}
        </>
      )}
    </Card>
  );
}
