import { Alert, Button, Heading, Paragraph, ToggleGroup } from '@digdir/designsystemet-react';
import { CogIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { AllocationOrg, AllocationView as View } from '../../../../main/api/ops/allocation';
import { formatDate } from '../../format';
import { nb } from '../../i18n/nb';
import { href } from '../../router';
import { DraftDialog } from '../../ui/DraftDialog';
import { LoadError, Loading, PageHeader } from '../../ui/common';
import { useQuery } from '../../ui/data';
import type { ViewProps } from '../types';
import './allocation.css';
import { ChaseTab } from './ChaseTab';
import { SeatCard } from './SeatCard';
import { ReasonDialog, ResolveDialog, RulesDialog, type ReasonAsk } from './SeatDialogs';
import { SessionsTab } from './SessionsTab';

const t = nb.allocation;
const TABS = ['plasser', 'grupper', 'purreliste'] as const;
type Tab = (typeof TABS)[number];

function Gauge({ view }: { view: View }) {
  const c = view.capacity;
  const pct = c.total ? Math.min(100, Math.round((c.seated / c.total) * 100)) : 0;
  return (
    <div className="alloc-stat alloc-gauge">
      <span className="alloc-stat__label">{t.capacity}</span>
      {c.total === null ? (
        <>
          <span className="alloc-stat__value tnum">{t.capacitySeated(c.seated)}</span>
          <span className="alloc-stat__sub">{t.capacityUnlimited}</span>
        </>
      ) : (
        <>
          <span className="alloc-stat__value tnum">
            {t.capacityOf(c.seated, c.total)}
            {c.over && <span className="alloc-gauge__over"> · {t.capacityOver(c.seated - c.total)}</span>}
          </span>
          <meter min={0} max={c.total} low={c.total * 0.8} high={c.total * 0.95} optimum={0} value={Math.min(c.seated, c.total)} aria-label={t.capacity} style={{ ['--pct' as string]: `${pct}%` }} />
        </>
      )}
    </div>
  );
}

function Summary({ view }: { view: View }) {
  const n = view.counts;
  return (
    <div className="alloc-summary">
      <Gauge view={view} />
      <div className="alloc-stat">
        <span className="alloc-stat__label">{t.countiesSeated}</span>
        <span className="alloc-stat__value tnum">{nb.overview.countiesOf(n.countiesSeated, n.countiesTotal)}</span>
      </div>
      <div className={`alloc-stat${n.conflicts ? ' alloc-stat--danger' : ''}`}>
        <span className="alloc-stat__label">{t.conflicts}</span>
        <span className="alloc-stat__value tnum">{n.conflicts}</span>
      </div>
      <div className="alloc-stat">
        <span className="alloc-stat__label">{t.waitingCount}</span>
        <span className="alloc-stat__value tnum">{n.waiting}</span>
      </div>
      <div className={`alloc-stat${n.late ? ' alloc-stat--warning' : ''}`}>
        <span className="alloc-stat__label">{t.lateCount}</span>
        <span className="alloc-stat__value tnum">{n.late}</span>
      </div>
    </div>
  );
}

type Filter = 'all' | 'conflicts' | 'empty';

function SeatsTab({ view }: { view: View }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [resolving, setResolving] = useState<number | null>(null);
  const [ask, setAsk] = useState<ReasonAsk | null>(null);
  const counties = view.organisations.filter((o) => o.kind === 'county');
  const others = view.organisations.filter((o) => o.kind !== 'county');
  const pass = (o: AllocationOrg) => (filter === 'conflicts' ? o.conflict : filter === 'empty' ? o.seated.length === 0 : true);
  const emptyCount = counties.filter((o) => o.seated.length === 0).length;
  const resolveOrg = view.organisations.find((o) => o.organisationId === resolving) ?? null;
  const regionCounties = new Map(view.regions.map((r) => [r.id, r.counties.map((c) => c.name).join(', ')]));
  const [draftFor, setDraftFor] = useState<ReasonAsk['person'] | null>(null);
  const askReason = (kind: 'cancel' | 'decline' | 'draft', person: ReasonAsk['person']) =>
    kind === 'draft' ? setDraftFor(person) : setAsk({ kind, person });

  const card = (o: AllocationOrg) => (
    <SeatCard
      key={o.organisationId}
      org={o}
      title={o.name}
      number={o.kind === 'county' ? o.number : null}
      seats={o.seats}
      seated={o.seated}
      waiting={o.waiting}
      late={o.late}
      closed={o.closed}
      onResolve={() => setResolving(o.organisationId)}
      askReason={askReason}
      extra={
        o.kind === 'county' ? (
          o.regions.length > 0 && (
            <Paragraph data-size="xs" className="muted seat-card__regions">
              {t.regionsIn}: {o.regions.map((r) => r.name).join(', ')}
            </Paragraph>
          )
        ) : (
          <Paragraph data-size="xs" className="muted seat-card__regions">
            {nb.kinds[o.kind]}
            {o.kind === 'region' && regionCounties.get(o.organisationId) ? ` · ${t.countiesOf}: ${regionCounties.get(o.organisationId)}` : ''}
            {o.kind === 'municipality' && o.countyName ? ` · ${o.countyName}` : ''}
          </Paragraph>
        )
      }
    />
  );
  const u = view.unaffiliated;
  const showUnaffiliated = u.seated.length + u.waiting.length + u.late.length + u.closed.length > 0;

  return (
    <>
      {view.counts.conflicts > 0 && (
        <Alert data-color="danger" className="alloc-conflicts">
          <Heading level={2} data-size="xs">
            {t.conflictsBanner(view.counts.conflicts)}
          </Heading>
          <Paragraph data-size="sm">{t.conflictsBannerText}</Paragraph>
          <div className="tags">
            {view.organisations
              .filter((o) => o.conflict)
              .map((o) => (
                <Button key={o.organisationId} data-size="sm" variant="secondary" data-color="danger" onClick={() => setResolving(o.organisationId)}>
                  {t.resolve}: {o.name}
                </Button>
              ))}
          </div>
        </Alert>
      )}
      <div className="toolbar">
        <ToggleGroup data-size="sm" value={filter} onChange={(v) => setFilter(v as Filter)} aria-label={t.filter}>
          <ToggleGroup.Item value="all">{t.filterAll}</ToggleGroup.Item>
          <ToggleGroup.Item value="conflicts">{t.filterConflicts(view.counts.conflicts)}</ToggleGroup.Item>
          <ToggleGroup.Item value="empty">{t.filterEmpty(emptyCount)}</ToggleGroup.Item>
        </ToggleGroup>
        <Paragraph data-size="xs" className="muted grow alloc-hint">
          {t.dragHint}
        </Paragraph>
      </div>
      <Heading level={2} data-size="xs" className="alloc-section">
        {t.countiesHeading}
      </Heading>
      <div className="seat-grid">{counties.filter(pass).map(card)}</div>
      {(others.some(pass) || (filter === 'all' && showUnaffiliated)) && (
        <>
          <Heading level={2} data-size="xs" className="alloc-section">
            {t.othersHeading}
          </Heading>
          <div className="seat-grid">
            {others.filter(pass).map(card)}
            {filter === 'all' && showUnaffiliated && (
              <SeatCard org={null} title={t.unaffiliated} seats={null} {...u} askReason={askReason} />
            )}
          </div>
        </>
      )}
      <ResolveDialog org={resolveOrg} onClose={() => setResolving(null)} />
      <ReasonDialog ask={ask} onClose={() => setAsk(null)} />
      <DraftDialog target={draftFor ? { signupId: draftFor.signupId, state: draftFor.state } : null} onClose={() => setDraftFor(null)} />
    </>
  );
}

/** «Setefordeling»: `#/setefordeling[/grupper|/purreliste]`. */
export function AllocationView({ path }: ViewProps) {
  const tab: Tab = (TABS as readonly string[]).includes(path[0] ?? '') ? (path[0] as Tab) : 'plasser';
  const q = useQuery('allocation:get', {});
  const event = useQuery('events:get', {});
  const [rules, setRules] = useState(false);
  const view = q.value;

  return (
    <div className="page">
      <PageHeader
        title={t.title}
        lead={view ? t.lead(t.seatsPerCounty(view.seatRules.county ?? null), view.deadline ? formatDate(view.deadline) : '') : undefined}
        actions={
          <Button variant="secondary" onClick={() => setRules(true)} disabled={!view}>
            <CogIcon aria-hidden />
            {t.rulesButton}
          </Button>
        }
      />
      {q.status === 'error' && !view && <LoadError error={q.error} onRetry={q.reload} />}
      {!view && q.status === 'loading' && <Loading />}
      {view && (
        <>
          <Summary view={view} />
          <nav className="link-tabs" aria-label={t.title}>
            {TABS.map((x) => (
              <a key={x} href={href('setefordeling', x)} aria-current={x === tab ? 'page' : undefined}>
                {t.tabs[x]}
              </a>
            ))}
          </nav>
          {tab === 'plasser' && <SeatsTab view={view} />}
          {tab === 'grupper' && <SessionsTab />}
          {tab === 'purreliste' && <ChaseTab />}
          <RulesDialog open={rules} rules={view.seatRules} capacity={event.value?.capacity ?? view.capacity.total} onClose={() => setRules(false)} />
        </>
      )}
    </div>
  );
}
