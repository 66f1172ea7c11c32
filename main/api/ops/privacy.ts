import { z } from 'zod';
import { id } from '../fields';
import { op } from './define';
import { t } from '../../core/i18n';

// Privacy (issue #7): retention, anonymisation, deletion and access requests. The destructive
// operations need `confirm: true`, so that no door can run them by accident.

export interface EventStat {
  dimension: 'total' | 'state' | 'county' | 'kind' | 'session' | 'diet' | 'lunch' | 'source';
  key: string;
  label: string;
  count: number;
}

export interface PrivacyEventStatus {
  eventId: number;
  title: string;
  startsAt: string;
  retentionUntil: string | null;
  /** The retention date has passed and personal data is still there. */
  overdue: boolean;
  anonymisedAt: string | null;
  signups: number;
  importedMessages: number;
}

export interface AnonymiseResult {
  eventId: number;
  signupsRemoved: number;
  peopleRemoved: number;
  messagesRemoved: number;
  changesScrubbed: number;
  stats: EventStat[];
  /** Backups that still hold the removed data (offer backups:purge). */
  backupsWithPersonalData: number;
}

export interface DeletePersonResult {
  personId: number;
  signupsRemoved: number;
  messagesRedacted: number;
  changesScrubbed: number;
  backupsWithPersonalData: number;
}

/** Everything Samling holds about one person (an access request under GDPR art. 15). */
export interface PersonExport {
  exportedAt: string;
  person: Record<string, unknown>;
  organisation: string | null;
  signups: Record<string, unknown>[];
  importedMessages: Record<string, unknown>[];
  changes: { at: string; operation: string; summary: string }[];
  note: string;
}

const confirmed = z.literal(true, { error: () => t('Dette må bekreftes (confirm: true).') });

export const privacyOps = {
  'privacy:status': op<PrivacyEventStatus[]>()(z.object({}).strict().optional().default({}), false, 'Oppbevaringstid og personopplysninger per samling'),
  'privacy:stats': op<EventStat[]>()(z.object({ eventId: id }).strict(), false, 'Tallene som er tatt vare på for en anonymisert samling'),
  'privacy:anonymiseEvent': op<AnonymiseResult>()(
    z.object({ eventId: id, confirm: confirmed }).strict(),
    true,
    'Anonymiser en samling: fjern navn, kontaktinfo og kosthold, behold tallene (kan ikke angres)',
  ),
  'privacy:deletePerson': op<DeletePersonResult>()(
    z.object({ personId: id, confirm: confirmed }).strict(),
    true,
    'Slett en person overalt: påmeldinger, person, omtale i innlimte e-poster og endringsloggen (kan ikke angres)',
  ),
  'privacy:exportPerson': op<PersonExport>()(z.object({ personId: id }).strict(), false, 'Alt Samling har om én person, som JSON (innsynskrav)'),
};
