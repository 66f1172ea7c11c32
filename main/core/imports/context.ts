import type { Event } from '../../api/types';
import type { ParseContext } from '../email/types';
import type { CoreContext } from '../context';

/**
 * The parser's view of the registry, read from the database: the event's organiser addresses
 * (whose messages are left out) and every county with its e-mail domains and municipalities.
 * Edits the user makes to the registry (a new domain, say) take effect on the next paste.
 */
export function parseContextFor(ctx: CoreContext, event: Event): ParseContext {
  const counties = (
    ctx.db
      .prepare(`SELECT number, name, administration, email_domains FROM organisations WHERE kind = 'county' AND number IS NOT NULL`)
      .all() as { number: string; name: string; administration: string | null; email_domains: string }[]
  ).map((c) => ({
    number: c.number,
    name: c.name,
    organisation: c.administration ?? `${c.name} fylkeskommune`,
    domains: JSON.parse(c.email_domains) as string[],
  }));
  const municipalities = ctx.db
    .prepare(
      `SELECT m.number, m.name, c.number AS countyNumber FROM organisations m JOIN organisations c ON c.id = m.county_id
       WHERE m.kind = 'municipality' AND m.number IS NOT NULL AND c.number IS NOT NULL`,
    )
    .all() as { number: string; name: string; countyNumber: string }[];
  return {
    organiserEmails: event.organiserEmail ? [event.organiserEmail.toLowerCase()] : [],
    organiserDomains: event.organiserDomains,
    counties,
    municipalities,
  };
}
