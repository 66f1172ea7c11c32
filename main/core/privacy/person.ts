import type { DeletePersonResult, PersonExport } from '../../api/ops/privacy';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { listBackups } from '../snapshots';
import { logLockedChange, scrubChangeLog } from './scrub';
import { note, t } from '../i18n';

// Deleting one person everywhere (GDPR art. 17) and exporting all about them (art. 15).
// "Everywhere" means: the people row, every sign-up, the pasted e-mails (their own are
// blanked, others that mention them are redacted where their name, address or phone occurs),
// and the change log's copies. The message hash stays, so a re-paste of the same e-mail is
// recognised as already imported and does not bring the person back.

export const REDACTED = '[slettet]';
export const REDACTED_MESSAGE = '[E-posten er slettet fordi avsenderen ba om å bli slettet fra Samling.]';

interface PersonRow {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  organisation_id: number | null;
  created_at: string;
  updated_at: string;
}

interface MessageRow {
  id: number;
  event_id: number;
  batch: string;
  raw: string;
  sender_name: string | null;
  sender_email: string | null;
  sent_at: string | null;
  subject: string | null;
  parsed: string;
  imported_at: string;
}

function person(ctx: CoreContext, id: number): PersonRow {
  const p = ctx.db.prepare('SELECT id, name, email, phone, title, organisation_id, created_at, updated_at FROM people WHERE id = ?').get(id) as
    | PersonRow
    | undefined;
  if (!p) throw notFound(t('personen'), id);
  return p;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive matchers for what identifies the person in free text. */
function identifiers(p: PersonRow): RegExp[] {
  const out: string[] = [];
  if (p.email) out.push(escape(p.email));
  if (p.name.trim().length >= 2) out.push(escape(p.name.trim()).replace(/\s+/g, '\\s+'));
  const digits = (p.phone ?? '').replace(/\D/g, '');
  if (digits.length >= 8) out.push(digits.slice(-8).split('').join('[\\s.-]?'));
  return out.map((s) => new RegExp(`(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`, 'giu'));
}

function redactText(text: string, res: RegExp[]): string {
  return res.reduce((t, re) => t.replace(re, REDACTED), text);
}

function redactJson(value: unknown, res: RegExp[]): unknown {
  if (typeof value === 'string') return redactText(value, res);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, res));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v, res)]));
  return value;
}

/** Pasted e-mails that came from, or mention, the person. */
function messagesAbout(ctx: CoreContext, p: PersonRow): MessageRow[] {
  const byLink = ctx.db
    .prepare('SELECT m.* FROM imported_messages m WHERE m.id IN (SELECT message_id FROM signups WHERE person_id = ?)')
    .all(p.id) as MessageRow[];
  const res = identifiers(p);
  const seen = new Set(byLink.map((m) => m.id));
  const byText: MessageRow[] = [];
  // The pattern test is in JavaScript: SQLite's LIKE knows neither word boundaries nor æøå case.
  const needle = (p.email ?? p.name).toLowerCase();
  for (const m of ctx.db.prepare('SELECT * FROM imported_messages WHERE instr(lower(raw), ?) > 0 OR lower(sender_email) = ?').all(needle, needle) as MessageRow[]) {
    if (seen.has(m.id)) continue;
    if (res.some((re) => new RegExp(re.source, re.flags).test(m.raw)) || (p.email && m.sender_email?.toLowerCase() === p.email.toLowerCase())) {
      seen.add(m.id);
      byText.push(m);
    }
  }
  return [...byLink, ...byText];
}

export function deletePerson(ctx: CoreContext, input: { personId: number }): DeletePersonResult {
  const db = ctx.db;
  const p = person(ctx, input.personId);
  const res = identifiers(p);
  const messages = messagesAbout(ctx, p);
  const update = db.prepare('UPDATE imported_messages SET raw = ?, sender_name = ?, sender_email = ?, subject = ?, parsed = ? WHERE id = ?');
  for (const m of messages) {
    const own = !!p.email && m.sender_email?.toLowerCase() === p.email.toLowerCase();
    if (own) update.run(REDACTED_MESSAGE, null, null, null, '{}', m.id);
    else {
      let parsed: unknown = {};
      try {
        parsed = JSON.parse(m.parsed);
      } catch {
        /* keep {} */
      }
      update.run(
        redactText(m.raw, res),
        m.sender_name === null ? null : redactText(m.sender_name, res),
        m.sender_email,
        m.subject === null ? null : redactText(m.subject, res),
        JSON.stringify(redactJson(parsed, res)),
        m.id,
      );
    }
  }
  const signupIds = (db.prepare('SELECT id FROM signups WHERE person_id = ?').all(p.id) as { id: number }[]).map((r) => r.id);
  db.prepare('DELETE FROM signups WHERE person_id = ?').run(p.id);
  db.prepare('DELETE FROM people WHERE id = ?').run(p.id);
  const changesScrubbed = scrubChangeLog(db, [
    { table: 'people', ids: [p.id] },
    { table: 'signups', ids: signupIds },
    { table: 'imported_messages', ids: messages.map((m) => m.id) },
  ]);
  logLockedChange(
    db,
    'privacy:deletePerson',
    note`Slettet en person etter ønske: ${signupIds.length} påmeldinger fjernet og ${messages.length} innlimte e-poster sladdet (kan ikke angres)`,
    null,
  );
  return {
    personId: p.id,
    signupsRemoved: signupIds.length,
    messagesRedacted: messages.length,
    changesScrubbed,
    backupsWithPersonalData: listBackups(ctx.file).length,
  };
}

export function exportPerson(ctx: CoreContext, input: { personId: number }): PersonExport {
  const p = person(ctx, input.personId);
  const org = p.organisation_id
    ? ((ctx.db.prepare('SELECT name FROM organisations WHERE id = ?').get(p.organisation_id) as { name: string } | undefined)?.name ?? null)
    : null;
  const signups = ctx.db
    .prepare(
      `SELECT s.id, e.title AS event, e.starts_at AS eventStartsAt, o.name AS organisation, s.state, s.received_at AS receivedAt,
              s.source, s.lunch, s.diets, s.diet_note AS dietNote, g.title AS groupSession, s.notes, s.state_reason AS stateReason,
              s.created_at AS createdAt, s.updated_at AS updatedAt
       FROM signups s JOIN events e ON e.id = s.event_id
       LEFT JOIN organisations o ON o.id = s.organisation_id LEFT JOIN group_sessions g ON g.id = s.session_id
       WHERE s.person_id = ? ORDER BY s.received_at`,
    )
    .all(p.id) as (Record<string, unknown> & { diets: string; lunch: number })[];
  const changes = ctx.db
    .prepare(
      `SELECT DISTINCT c.id, c.at, c.operation, c.summary FROM changes c JOIN change_rows r ON r.change_id = c.id
       WHERE (r.table_name = 'people' AND r.row_id = ?)
          OR (r.table_name = 'signups' AND r.row_id IN (SELECT id FROM signups WHERE person_id = ?))
       ORDER BY c.id`,
    )
    .all(p.id, p.id) as { at: string; operation: string; summary: string }[];
  return {
    exportedAt: ctx.now().toISOString(),
    person: { id: p.id, name: p.name, email: p.email, phone: p.phone, title: p.title, createdAt: p.created_at, updatedAt: p.updated_at },
    organisation: org,
    signups: signups.map((s) => ({ ...s, lunch: s.lunch === 1, diets: JSON.parse(s.diets) as unknown })),
    importedMessages: messagesAbout(ctx, p).map((m) => ({
      id: m.id,
      senderName: m.sender_name,
      senderEmail: m.sender_email,
      sentAt: m.sent_at,
      subject: m.subject,
      importedAt: m.imported_at,
      text: m.raw,
    })),
    changes: changes.map((c) => ({ at: c.at, operation: c.operation, summary: c.summary })),
    note: t('Alt Samling har lagret om personen i denne databasen. Sikkerhetskopier og filer som er eksportert tidligere, kan også inneholde opplysningene.'),
  };
}
