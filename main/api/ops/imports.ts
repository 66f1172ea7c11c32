import { z } from 'zod';
import { dietCode, email, id, text } from '../fields';
import type { ParsedMessage, Span } from '../../core/email/types';
import type { Signup } from '../types';
import { op } from './define';
import { msg, t } from '../../core/i18n';

// Import of e-mail replies pasted as text (issue #3): preview what was understood, then commit.

/** Largest paste accepted: a whole mailbox copied at once, with room to spare. */
export const MAX_PASTE = 12 * 1024 * 1024;

const pasteText = z
  .string({ error: () => t('Teksten mangler.') })
  .max(MAX_PASTE, { error: () => msg`Teksten er for stor (over ${MAX_PASTE / 1024 / 1024} MB). Lim inn færre e-poster om gangen.` });

export type AttendeeAction = 'create' | 'update' | 'cancel' | 'unchanged' | 'skip';

export interface PreviewAttendee {
  index: number;
  name: string | null;
  email: string | null;
  title: string | null;
  phone: string | null;
  attending: boolean;
  diets: z.infer<typeof dietCode>[];
  dietNote: string | null;
  organisationId: number | null;
  organisationName: string | null;
  countyNumber: string | null;
  spans: Partial<Record<string, Span>>;
  /** What confirming would do with this person. */
  action: AttendeeAction;
  existingSignupId: number | null;
  /** Norwegian warnings: no e-mail, unknown county, late, collides with a seat … */
  warnings: string[];
}

export interface PreviewMessage {
  index: number;
  hash: string;
  alreadyImported: boolean;
  late: boolean;
  kind: ParsedMessage['kind'];
  from: ParsedMessage['from'];
  sentAt: string | null;
  subject: string | null;
  span: Span;
  bodySpan: Span;
  quotedSpans: Span[];
  spans: ParsedMessage['spans'];
  warnings: string[];
  attendees: PreviewAttendee[];
}

export interface ImportPreview {
  eventId: number;
  messages: PreviewMessage[];
  warnings: string[];
  counts: { messages: number; attendees: number; alreadyImported: number; create: number; update: number; cancel: number };
}

export interface ImportResult {
  batch: string;
  changeId: number | null;
  imported: number;
  skipped: number;
  created: Signup[];
  updated: Signup[];
  cancelled: Signup[];
  messages: { index: number; status: 'imported' | 'already_imported' | 'excluded'; messageId: number | null }[];
}

export interface ImportedMessage {
  id: number;
  batch: string;
  senderName: string | null;
  senderEmail: string | null;
  sentAt: string | null;
  subject: string | null;
  importedAt: string;
  signups: number;
  raw?: string;
}

// In a correction, a field left out means "keep what was parsed"; '' or null means "clear it".
const keepOr = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(''), z.null(), schema])
    .optional()
    .transform((v) => (v === '' ? null : v));

const attendeeOverride = z
  .object({
    index: z.number().int().min(0),
    include: z.boolean().optional(),
    name: z.string().trim().min(1, { error: () => t('Navn må fylles ut.') }).max(200).optional(),
    email: keepOr(email),
    title: keepOr(text(() => t('Stilling'), 200)),
    phone: keepOr(
      z.string().trim().regex(/^\+?[0-9 ().-]{5,20}$/, { error: () => t('Ugyldig telefonnummer. Bruk bare sifre, mellomrom og eventuelt + foran.') }),
    ),
    attending: z.boolean().optional(),
    organisationId: id.nullable().optional(),
    diets: z.array(dietCode).max(19).optional(),
    dietNote: keepOr(text(() => t('Merknad om mat'), 1000)),
  })
  .strict();

export const importsOps = {
  'import:preview': op<ImportPreview>()(
    z.object({ text: pasteText, eventId: id.optional() }).strict(),
    false,
    'Tolk innlimte e-poster og vis hva som vil skje',
  ),
  'import:commit': op<ImportResult>()(
    z
      .object({
        text: pasteText.min(1, { error: () => t('Lim inn minst én e-post.') }),
        eventId: id.optional(),
        messages: z
          .array(
            z
              .object({
                index: z.number().int().min(0),
                include: z.boolean().optional(),
                attendees: z.array(attendeeOverride).max(200).optional(),
              })
              .strict(),
          )
          .max(20_000)
          .optional(),
      })
      .strict(),
    true,
    'Lagre innlimte e-poster som påmeldinger (alt eller ingenting)',
  ),
  'import:list': op<ImportedMessage[]>()(
    z.object({ eventId: id.optional(), limit: z.number().int().min(1).max(10_000).optional() }).strict().optional().default({}),
    false,
    'Innlimte e-poster for en samling',
  ),
  'import:get': op<ImportedMessage>()(z.object({ id }).strict(), false, 'Én innlimt e-post med originalteksten'),
} as const;
