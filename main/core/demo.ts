import type { DietCode, OrgKind, SeatRules, SignupState } from '../api/types';
import {
  demoInserters,
  demoRegistry,
  enlargeCache,
  existingPeopleByEmail,
  type DemoEventRow,
  type DemoOrg,
  type DemoSignupRow,
} from '../db/repos/demo';
import type { CoreContext } from './context';
import { DIET_FREQUENCIES, DIET_NOTES, EVENT_KINDS, FEMALE_NAMES, MALE_NAMES, PLACES, SURNAMES, TITLES } from './demo-names';
import { AppError } from './errors';
import { DEFAULT_EVENT } from './seed';
import { personSortKey } from './text';
import { formatDateNb, isLate } from './time';
import { msg, t } from './i18n';

export interface DemoOptions {
  signups: number;
  events?: number;
  seed?: number;
}

export interface DemoResult {
  seed: number;
  eventIds: number[];
  people: number;
  signups: number;
  states: Record<SignupState, number>;
  late: number;
}

export const DEMO_LIMITS = { signups: 1_000_000, events: 5_000 } as const;

/** mulberry32: small, fast and the same on every machine, so a seed always gives the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(iso + 'T00:00:00Z');

/** E-mail local parts use only a–z: æ → ae, ø → o, å → a, accents dropped. */
export function foldForEmail(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9.-]/g, '');
}

const osloHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' });
const offsetCache = new Map<string, number>();

/** Oslo wall time → UTC ISO string, with the day's offset (1 or 2 hours) cached per date. */
function osloToUtcIso(wall: string): string {
  const date = wall.slice(0, 10);
  let offset = offsetCache.get(date);
  if (offset === undefined) {
    offset = (Number(osloHour.format(new Date(dayMs(date) + 12 * 3_600_000))) - 12) * 3_600_000;
    offsetCache.set(date, offset);
  }
  return new Date(Date.parse(wall + 'Z') - offset).toISOString();
}

function demoEvent(rand: () => number, i: number, count: number): DemoEventRow {
  // Spread over four years from January 2016, on weekdays.
  const step = Math.max(1, Math.floor(1400 / count));
  let day = dayMs('2016-01-11') + (i * step + Math.floor(rand() * Math.min(step, 3))) * DAY;
  const weekday = new Date(day).getUTCDay();
  if (weekday === 6) day += 2 * DAY;
  if (weekday === 0) day += DAY;
  const date = isoDay(day);
  const place = pick(rand, PLACES);
  const kind = pick(rand, EVENT_KINDS);
  const long = rand() < 0.3;
  const variant = i % 3;
  const seatRules: SeatRules = variant === 0 ? { county: 1 } : variant === 1 ? { county: 2, region: 1 } : {};
  const capacity = variant === 0 ? null : variant === 1 ? 150 : 60 + Math.floor(rand() * 8) * 10;
  const lunch = rand() < 0.85 ? 1 : 0;
  return {
    title: `${kind} – ${place.city} ${date.slice(0, 4)}`,
    short_title: `${place.city} ${formatDateNb(date)}`,
    starts_at: `${date}T${long ? '09:30' : '10:00'}:00`,
    ends_at: `${date}T${long ? '16:00' : '15:30'}:00`,
    venue: place.venue,
    address: place.address,
    city: place.city,
    deadline: isoDay(day - 17 * DAY),
    capacity,
    lunch,
    lunch_note: lunch ? 'Lunsj dekkes av arrangøren.' : null,
    seat_rules: JSON.stringify(seatRules),
    organiser_org: DEFAULT_EVENT.organiser_org,
    organiser_name: DEFAULT_EVENT.organiser_name,
    organiser_title: DEFAULT_EVENT.organiser_title,
    organiser_email: DEFAULT_EVENT.organiser_email,
    organiser_domains: DEFAULT_EVENT.organiser_domains,
    created_at: new Date(day - 60 * DAY).toISOString(),
  };
}

/** Splits `total` over `n` events with uneven (but seeded) weights; the parts add up exactly. */
function splitCounts(rand: () => number, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => 0.4 + rand() * 1.2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % n, rest--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

interface DemoPerson {
  id: number;
  org: DemoOrg;
}

function receivedAround(rand: () => number, deadline: string): string {
  // Most replies come in the last two weeks before the deadline; about one in twenty is late.
  const offset = rand() < 0.05 ? 1 + Math.floor(rand() * 5) : -Math.floor(Math.pow(rand(), 1.8) * 28);
  const evening = rand() < 0.1;
  const hour = evening ? 17 + Math.floor(rand() * 6) : 8 + Math.floor(rand() * 9);
  return `${isoDay(dayMs(deadline) + offset * DAY)}T${pad(hour)}:${pad(Math.floor(rand() * 60))}:${pad(Math.floor(rand() * 60))}`;
}

function diets(rand: () => number): DietCode[] {
  const out: DietCode[] = [];
  for (const [code, share] of DIET_FREQUENCIES) if (rand() < share) out.push(code);
  return out;
}

/**
 * Fills the database with synthetic but realistic data for trying the app and measuring it:
 * `events` new events spread over 2016–2019, people at the registry's counties, regions and
 * municipalities, and `signups` sign-ups whose states follow each event's seat rules in the order
 * they were received. Deterministic for a given seed on a given database. Bulk inserts in one
 * transaction; not recorded in the change log.
 */
export function generateDemo(ctx: CoreContext, options: DemoOptions): DemoResult {
  const total = options.signups;
  const eventCount = options.events ?? 5;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(total) || total < 0 || total > DEMO_LIMITS.signups)
    throw new AppError('invalid_input', msg`Antall påmeldinger må være et helt tall fra 0 til ${DEMO_LIMITS.signups}.`);
  if (!Number.isInteger(eventCount) || eventCount < 1 || eventCount > DEMO_LIMITS.events)
    throw new AppError('invalid_input', msg`Antall samlinger må være et helt tall fra 1 til ${DEMO_LIMITS.events}.`);
  const rand = seededRandom(seed);
  const orgs = demoRegistry(ctx.db);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const byKind: Record<OrgKind, DemoOrg[]> = { county: [], region: [], municipality: [], other: [] };
  for (const o of orgs) byKind[o.kind].push(o);
  if (byKind.county.length === 0) throw new AppError('no_registry', t('Registeret har ingen fylker, så demodata kan ikke lages.'));
  const domainOf = (o: DemoOrg) =>
    o.domains[0] ?? (o.countyId !== null ? byId.get(o.countyId)?.domains[0] : undefined) ?? 'kommune.no';

  const result: DemoResult = { seed, eventIds: [], people: 0, signups: 0, late: 0, states: { seated: 0, waiting: 0, cancelled: 0, declined: 0 } };
  const ins = demoInserters(ctx.db);

  const restoreCache = enlargeCache(ctx.db);
  try {
    ctx.db.transaction(() => {
      const events = Array.from({ length: eventCount }, (_, i) => demoEvent(rand, i, eventCount));
      const counts = splitCounts(rand, total, eventCount);
      const poolSize = total === 0 ? 0 : Math.max(Math.ceil(total / 3), ...counts);

      const taken = existingPeopleByEmail(ctx.db);
      const people: DemoPerson[] = [];
      const peopleCreated = '2016-01-01T08:00:00.000Z';
      for (let p = 0; p < poolSize; p++) {
        const names = rand() < 0.5 ? FEMALE_NAMES : MALE_NAMES;
        const first = pick(rand, names);
        const second = rand() < 0.12 ? pick(rand, names) : null;
        const given = second && second !== first ? `${first} ${second}` : first;
        const surname = pick(rand, SURNAMES);
        const r = rand();
        const kind: OrgKind = r < 0.35 || byKind.municipality.length === 0 ? 'county' : r < 0.85 || byKind.region.length === 0 ? 'municipality' : 'region';
        const org = pick(rand, byKind[kind]);
        const base = `${foldForEmail(given)}.${foldForEmail(surname)}`;
        const domain = domainOf(org);
        let email = `${base}@${domain}`;
        for (let n = 2; taken.has(email); n++) email = `${base}${n}@${domain}`;
        taken.set(email, -1);
        const name = `${given} ${surname}`;
        const digits = `9${String(Math.floor(rand() * 10_000_000)).padStart(7, '0')}`;
        const phone = rand() < 0.7 ? `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}` : null;
        const id = ins.person({ name, email, sort_key: personSortKey(name), phone, title: pick(rand, TITLES), organisation_id: org.id, created_at: peopleCreated });
        people.push({ id, org });
      }
      result.people = people.length;

      events.forEach((ev, e) => {
        const eventId = ins.event(ev);
        result.eventIds.push(eventId);
        const n = counts[e] ?? 0;
        if (n === 0) return;
        // Distinct people for this event: a random start and a step coprime with the pool.
        let step = 1 + Math.floor(rand() * Math.max(1, poolSize - 1));
        while (gcd(step, poolSize) !== 1) step = (step % poolSize) + 1;
        const start = Math.floor(rand() * poolSize);
        const rows = Array.from({ length: n }, (_, k) => {
          const person = people[(start + k * step) % poolSize] as DemoPerson;
          return { person, receivedAt: receivedAround(rand, ev.deadline), k };
        });
        rows.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.k - b.k));

        const rules = JSON.parse(ev.seat_rules) as SeatRules;
        const held = new Map<number, number>();
        let seated = 0;
        for (const { person, receivedAt } of rows) {
          const late = isLate(receivedAt, ev.deadline);
          const limit = rules[person.org.kind] ?? null;
          const orgFull = limit !== null && (held.get(person.org.id) ?? 0) >= limit;
          const full = ev.capacity !== null && seated >= ev.capacity;
          const lateOk = late && rand() < 0.3;
          let state: SignupState = (!late || lateOk) && !orgFull && !full ? 'seated' : 'waiting';
          let reason: string | null = null;
          if (state === 'seated') {
            held.set(person.org.id, (held.get(person.org.id) ?? 0) + 1);
            seated++;
            if (rand() < 0.05) [state, reason] = ['cancelled', 'Meldte avbud'];
          } else if (late && !lateOk) {
            reason = 'Kom etter fristen';
          } else if (rand() < 0.1) {
            [state, reason] = ['declined', orgFull ? 'Organisasjonen har allerede plass' : 'Samlingen er full'];
          }
          const lunch = ev.lunch === 1 && rand() < 0.95 ? 1 : 0;
          const row: DemoSignupRow = {
            event_id: eventId,
            person_id: person.id,
            organisation_id: person.org.id,
            state,
            received_at: receivedAt,
            source: ((r: number) => (r < 0.8 ? 'email' : r < 0.92 ? 'manual' : 'spreadsheet'))(rand()),
            lunch,
            diets: JSON.stringify(lunch ? diets(rand) : []),
            diet_note: lunch && rand() < 0.02 ? pick(rand, DIET_NOTES) : null,
            late_accepted: late && lateOk && state !== 'waiting' ? 1 : 0,
            state_reason: reason,
            created_at: osloToUtcIso(receivedAt),
          };
          ins.signup(row);
          result.states[state]++;
          if (late) result.late++;
          result.signups++;
        }
      });
    })();
  } finally {
    restoreCache();
  }
  return result;
}
