import { z } from 'zod';
import { id } from '../fields';
import { op } from './define';
import { t } from '../../core/i18n';

// Drafts for Outlook (issue #6): Samling writes the text, the organiser's mail program sends it.
// Samling never sends mail itself.

export const DRAFT_KINDS = ['confirmation', 'waiting', 'reminder', 'declined'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const draftsMake = z
  .object({
    kind: z.enum(DRAFT_KINDS, { error: () => t('Ukjent type e-post.') }),
    signupId: id.optional(),
    organisationId: id.optional(),
  })
  .strict()
  .refine((v) => (v.signupId === undefined) !== (v.organisationId === undefined), {
    error: () => t('Velg enten en påmelding eller en organisasjon.'),
  });

export interface Draft {
  kind: DraftKind;
  /** Addresses (may be empty when nobody has one: the organiser fills it in). */
  to: string[];
  /** Display name of the receiver, for the To: header. */
  toName: string | null;
  subject: string;
  body: string;
  /** RFC 6068 link that opens a new message in the mail program. */
  mailto: string;
  /** RFC 5322 message with `X-Unsent: 1`: Outlook opens the file as a draft to send. */
  eml: string;
  /** A safe file name for the .eml. */
  fileName: string;
  /** True when the address is a guess (postmottak@ the organisation's domain). */
  guessed: boolean;
}

export const draftsOps = {
  'drafts:make': op<Draft>()(draftsMake, false, 'Lag utkast til e-post (bekreftelse, venteliste, påminnelse, avvisning)'),
} as const;
