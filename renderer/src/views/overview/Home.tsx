import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Overview } from '../../../../main/api/ops/overview';
import type { DietCode } from '../../../../main/api/types';
import { formatInstant, formatNumber } from '../../format';
import { nb } from '../../i18n/nb';
import { href } from '../../router';
import { SignupChart } from '../../ui/Chart';

// The first screen's answers: how many counties are still missing, how many lunches and of
// which kind, what needs the organiser now, and how the sign-ups came in against the deadline.

const DIET_ORDER = Object.keys(nb.diets) as DietCode[];

function Stat({ label, value, hint, link, strong }: { label: string; value: string; hint?: string; link?: string; strong?: boolean }) {
  return (
    <div className={strong ? 'stat stat--key' : 'stat'}>
      <span className="stat__label">{label}</span>
      <span className="stat__value">{value}</span>
      {hint && (link ? <Link href={link}>{hint}</Link> : <span className="muted">{hint}</span>)}
    </div>
  );
}

export function Answers({ o }: { o: Overview }) {
  const t = nb.home;
  const missing = o.counties.total - o.counties.seated;
  return (
    <section aria-labelledby="home-answers" className="home-answers">
      <Heading level={2} id="home-answers" className="sr-only">
        {t.answers}
      </Heading>
      <div className="stats">
        <Stat
          strong
          label={t.countiesSeated}
          value={t.countiesOf(o.counties.seated, o.counties.total)}
          hint={t.countiesMissing(missing)}
          link={missing > 0 ? href('setefordeling', 'purreliste') : undefined}
        />
        <Stat label={t.participants} value={formatNumber(o.participants)} hint={t.waitingHint(o.counts.waiting)} />
        <Stat label={t.regions} value={t.countiesOf(o.regions.seated, o.regions.total)} />
        <Stat strong label={t.lunches} value={formatNumber(o.catering.lunches)} hint={o.event.lunch ? t.lunchHint : t.lunchOff} />
      </div>
    </section>
  );
}

function Since({ o }: { o: Overview }) {
  const t = nb.home;
  const last = o.lastCateringExport;
  const delta = o.cateringDelta;
  if (!last || !delta)
    return (
      <div className="since">
        <Paragraph data-size="sm" className="muted">
          {t.neverExported} <Link href={href('eksport')}>{t.toExport}</Link>
        </Paragraph>
      </div>
    );
  const date = formatInstant(last.at).slice(0, 5);
  const changed = delta.added + delta.removed > 0 || Object.keys(delta.diets).length > 0;
  const diets = DIET_ORDER.filter((c) => delta.diets[c] !== undefined).map((c) => t.dietDelta(nb.diets[c], delta.diets[c] ?? 0));
  return (
    <div className="since">
      <Heading level={3} data-size="2xs">
        {t.sinceCatering}
      </Heading>
      <Paragraph data-size="md" className="tnum">
        <strong>{changed ? t.sinceLine(delta.added, delta.removed, date) : t.sinceNone(date)}</strong>
        {diets.length > 0 && <span className="muted"> ({diets.join(', ')})</span>}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t.lastExported(formatInstant(last.at), last.lunches)} <Link href={href('eksport')}>{t.toExport}</Link>
      </Paragraph>
    </div>
  );
}

export function Diets({ o }: { o: Overview }) {
  const t = nb.home;
  const codes = DIET_ORDER.filter((c) => (o.catering.diets[c] ?? 0) > 0);
  return (
    <section className="panel" aria-labelledby="home-diets">
      <Heading level={2} data-size="xs" id="home-diets">
        {t.diets}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t.dietsLead}
      </Paragraph>
      {codes.length === 0 ? (
        <Paragraph data-size="sm">{t.noDiets}</Paragraph>
      ) : (
        <ul className="diet-list">
          {codes.map((c) => (
            <li key={c}>
              {/* One text node per line, so "Glutenfri (cøliaki): 3" reads (and is found) as one. */}
              <span>{t.dietLine(nb.diets[c], o.catering.diets[c] ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
      {o.catering.withNote > 0 && (
        <Paragraph data-size="sm" className="muted" style={{ marginTop: 'var(--ds-size-2)' }}>
          {t.dietNotes(o.catering.withNote)}
        </Paragraph>
      )}
      {o.event.lunch && <Since o={o} />}
    </section>
  );
}

export function FollowUp({ o }: { o: Overview }) {
  const t = nb.home;
  const nothing = o.conflicts === 0 && o.late.open === 0 && o.unanswered.length === 0;
  return (
    <section className="panel" aria-labelledby="home-followup">
      <Heading level={2} data-size="xs" id="home-followup">
        {t.followUp}
      </Heading>
      {nothing ? (
        <Paragraph data-size="sm">{t.allClear}</Paragraph>
      ) : (
        <ul className="followup">
          {o.conflicts > 0 && (
            <li>
              <Link href={href('setefordeling')}>{t.conflicts(o.conflicts)}</Link>
            </li>
          )}
          {o.late.open > 0 && (
            <li>
              <Link href={href('setefordeling')}>{t.lateOpen(o.late.open)}</Link>
            </li>
          )}
          {o.unanswered.length > 0 && (
            <li>
              <Link href={href('setefordeling', 'purreliste')}>{t.unanswered(o.unanswered.length)}</Link>
              <div className="county-chips">
                {o.unanswered.map((u) => (
                  <Tag key={u.organisationId} data-size="sm" data-color={u.waiting > 0 ? 'warning' : 'neutral'}>
                    {u.number ? `${u.number} ` : ''}
                    {u.name}
                    {u.waiting > 0 ? ` (${t.waitingInCounty(u.waiting)})` : ''}
                  </Tag>
                ))}
              </div>
            </li>
          )}
        </ul>
      )}
      {o.late.total > 0 && (
        <Paragraph data-size="sm" className="muted" style={{ marginTop: 'var(--ds-size-3)' }}>
          {t.lateTotal(o.late.total)}
        </Paragraph>
      )}
    </section>
  );
}

export function Timeline({ o }: { o: Overview }) {
  const t = nb.chart;
  return (
    <section className="panel" aria-labelledby="home-chart">
      <Heading level={2} data-size="xs" id="home-chart">
        {t.title}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t.lead}
      </Paragraph>
      <SignupChart points={o.timeline} deadline={o.event.deadline} eventDay={o.event.startsAt.slice(0, 10)} />
    </section>
  );
}
