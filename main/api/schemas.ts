import { z } from 'zod';
import {
  dietCode,
  domain,
  email,
  id,
  isoDate,
  optionalEmail,
  optionalText,
  orgKind,
  phone,
  requiredText,
  signupState,
  wallTime,
} from './fields';
import { t } from '../core/i18n';

// Input schemas: one per operation. Field labels here are the words the user sees in messages.

export const empty = z.object({}).strict().optional().default({});
export const byId = z.object({ id }).strict();

export const seatRules = z
  .object({
    county: z.number().int().min(0).nullable().optional(),
    region: z.number().int().min(0).nullable().optional(),
    municipality: z.number().int().min(0).nullable().optional(),
    other: z.number().int().min(0).nullable().optional(),
  })
  .strict();

const eventFields = {
  title: requiredText(() => t('Tittel'), 300),
  shortTitle: optionalText(() => t('Kort tittel'), 80),
  startsAt: wallTime,
  endsAt: wallTime,
  venue: requiredText(() => t('Sted'), 200),
  address: optionalText(() => t('Adresse'), 300),
  city: optionalText(() => t('By'), 100),
  deadline: isoDate.nullable().optional(),
  capacity: z.number({ error: () => t('Kapasitet må være et tall.') }).int().min(0, { error: () => t('Kapasitet kan ikke være negativ.') }).nullable().optional(),
  lunch: z.boolean().optional(),
  lunchNote: optionalText(() => t('Om lunsj'), 500),
  travelNote: optionalText(() => t('Om reise'), 500),
  seatRules: seatRules.optional(),
  organiserOrg: optionalText(() => t('Arrangør'), 200),
  organiserName: optionalText(() => t('Kontaktperson'), 200),
  organiserTitle: optionalText(() => t('Stilling'), 200),
  organiserEmail: optionalEmail,
  organiserDomains: z.array(domain).max(20).optional(),
  retentionUntil: isoDate.nullable().optional(),
};

const checkTimes = (v: { startsAt?: string; endsAt?: string }) => !v.startsAt || !v.endsAt || v.endsAt >= v.startsAt;
const timesMessage = { error: () => t('Sluttid kan ikke være før starttid.'), path: ['endsAt'] };

export const eventsList = z.object({ includeArchived: z.boolean().optional() }).strict().optional().default({});
export const eventsGet = z.object({ id: id.optional() }).strict().optional().default({});
export const eventsCreate = z.object(eventFields).strict().refine(checkTimes, timesMessage);
export const eventsUpdate = z
  .object({ id, ...eventFields, archived: z.boolean().optional() })
  .partial()
  .required({ id: true })
  .strict()
  .refine(checkTimes, timesMessage);

const orgFields = {
  kind: orgKind,
  name: requiredText(() => t('Navn'), 200),
  shortName: optionalText(() => t('Kortnavn'), 100),
  number: z
    .union([z.literal(''), z.null(), z.string().trim().regex(/^\d{2,4}$/, { error: () => t('Nummer må være 2 sifre (fylke) eller 4 sifre (kommune).') })])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  administration: optionalText(() => t('Administrasjon'), 200),
  countyId: id.nullable().optional(),
  emailDomains: z.array(domain).max(20).optional(),
  postmottak: optionalEmail,
  themeId: id.nullable().optional(),
  phase1: z.boolean().optional(),
  phase2: z.boolean().optional(),
  notes: optionalText(() => t('Merknad'), 2000),
};

export const orgsList = z
  .object({
    kind: orgKind.optional(),
    q: z.string().trim().max(200).optional(),
    countyId: id.optional(),
  })
  .strict()
  .optional()
  .default({});
export const orgsCreate = z.object(orgFields).strict();
export const orgsUpdate = z.object({ id, ...orgFields }).partial().required({ id: true }).strict();

export const regionMember = z.object({ regionId: id, municipalityId: id }).strict();

export const themesCreate = z.object({ name: requiredText(() => t('Tema'), 300), description: optionalText(() => t('Beskrivelse'), 2000) }).strict();
export const themesUpdate = z
  .object({ id, name: requiredText(() => t('Tema'), 300).optional(), description: optionalText(() => t('Beskrivelse'), 2000) })
  .strict();

const signupFields = {
  eventId: id.optional(),
  name: requiredText(() => t('Navn'), 200),
  email: optionalEmail,
  phone,
  title: optionalText(() => t('Stilling'), 200),
  organisationId: id.nullable().optional(),
  state: signupState.optional(),
  receivedAt: wallTime.optional(),
  lunch: z.boolean().optional(),
  diets: z.array(dietCode).max(19).optional(),
  dietNote: optionalText(() => t('Merknad om mat'), 1000),
  sessionId: id.nullable().optional(),
  notes: optionalText(() => t('Merknad'), 4000),
};

export const signupsList = z
  .object({
    eventId: id.optional(),
    state: z.union([signupState, z.array(signupState)]).optional(),
    organisationId: id.optional(),
    q: z.string().trim().max(200).optional(),
    late: z.boolean().optional(),
    sort: z.enum(['name', 'organisation', 'receivedAt', 'state', 'county']).optional(),
    dir: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict()
  .optional()
  .default({});
export const signupsCreate = z.object(signupFields).strict();
export const signupsUpdate = z
  .object({ id, ...signupFields })
  .partial()
  .required({ id: true })
  .strict();
export const signupsSetState = z
  .object({ id, state: signupState, reason: optionalText(() => t('Begrunnelse'), 1000) })
  .strict();

export const changelogList = z
  .object({ limit: z.number().int().min(1).max(1000).optional(), eventId: id.optional() })
  .strict()
  .optional()
  .default({});

export const peopleSearch = z.object({ q: z.string().trim().max(200) }).strict();

export { email };
