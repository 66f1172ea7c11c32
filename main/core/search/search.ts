import type { OpParsed } from '../../api/contract';
import type { SearchHit, SearchResult } from '../../api/ops/search';
import type { OrgKind } from '../../api/types';
import { allOrgsForSearch, matchPeople } from '../../db/repos/search';
import type { CoreContext } from '../context';
import { currentEvent, resolveEvent } from '../events';
import { compareNb, nbSortKey } from '../text';

const KIND_ORDER: Record<OrgKind, number> = { county: 0, region: 1, municipality: 2, other: 3 };

/** Folded words of the query: "Øvre  Ås" → ['|vre', '}s'], the same folding as people's search_key. */
export function searchTokens(q: string): string[] {
  return nbSortKey(q)
    .split(/\s+/)
    .filter((t) => t !== '');
}

function orgHits(ctx: CoreContext, tokens: string[], limit: number): SearchHit[] {
  return allOrgsForSearch(ctx.db)
    .map((o) => ({ o, key: nbSortKey([o.name, o.short_name, o.administration, o.number].filter(Boolean).join(' ')) }))
    .filter(({ key }) => tokens.every((t) => key.includes(t)))
    .map(({ o, key }) => ({ o, starts: tokens.some((t) => key.startsWith(t)) }))
    // A name that begins with the query first ("Oslo" before "Akershus … Oslo"), then counties first.
    .sort((a, b) => Number(b.starts) - Number(a.starts) || KIND_ORDER[a.o.kind] - KIND_ORDER[b.o.kind] || compareNb(a.o.name, b.o.name))
    .slice(0, limit)
    .map(({ o }) => ({ kind: 'organisation', organisationId: o.id, name: o.name, number: o.number, orgKind: o.kind, countyName: o.county_name }));
}

/**
 * One search over people, organisations and sign-ups. People with a sign-up to the event come
 * first as sign-ups (that is what the organiser opens); others as people; then organisations.
 */
export function searchAll(ctx: CoreContext, input: OpParsed<'search:all'>): SearchResult {
  const event = input.eventId !== undefined ? resolveEvent(ctx, input.eventId) : currentEvent(ctx);
  const eventId = event?.id ?? null;
  const tokens = searchTokens(input.q);
  if (tokens.length === 0) return { q: input.q, eventId, hits: [] };
  const limit = input.limit ?? 20;
  const people: SearchHit[] = matchPeople(ctx.db, tokens, eventId, limit).map((r) =>
    r.signup_id !== null && r.state !== null
      ? {
          kind: 'signup',
          signupId: r.signup_id,
          personId: r.person_id,
          name: r.name,
          email: r.email,
          organisationName: r.signup_org_name ?? r.organisation_name,
          state: r.state,
        }
      : {
          kind: 'person',
          personId: r.person_id,
          name: r.name,
          email: r.email,
          organisationId: r.organisation_id,
          organisationName: r.organisation_name,
          organisationKind: r.organisation_kind,
        },
  );
  const orgs = orgHits(ctx, tokens, limit);
  // Share the limit: never let many people push every organisation out, or the other way round.
  const half = Math.ceil(limit / 2);
  const takePeople = Math.min(people.length, Math.max(half, limit - orgs.length));
  const hits = [...people.slice(0, takePeople), ...orgs.slice(0, limit - takePeople)];
  return { q: input.q, eventId, hits };
}
