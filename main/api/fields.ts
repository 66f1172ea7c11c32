import { z } from 'zod';
import { msg, t } from '../core/i18n';

// Building blocks with the messages a user sees next to a form field or in the CLI. Schemas are
// built at module load, so every message is a function (`error: () => t('…')`): zod calls it
// while it parses, inside the call, in the caller's language (main/core/i18n).

/** A field's name in the current language, e.g. () => t('Navn'); used inside messages. */
export type Label = () => string;

export const id = z.coerce
  .number({ error: () => t('Mangler id.') })
  .int({ error: () => t('Id må være et helt tall.') })
  .positive({ error: () => t('Id må være et positivt tall.') });

export const text = (label: Label, max = 200) =>
  z
    .string({ error: () => msg`${label()} må være tekst.` })
    .trim()
    .max(max, { error: () => msg`${label()} kan ikke være lengre enn ${max} tegn.` });

export const requiredText = (label: Label, max = 200) =>
  text(label, max).min(1, { error: () => msg`${label()} må fylles ut.` });

/** Optional text: '' and null both mean "nothing". */
export const optionalText = (label: Label, max = 500) =>
  z
    .union([text(label, max), z.null()])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));

export const email = z
  .string({ error: () => t('E-postadressen må være tekst.') })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: () => t('Ugyldig e-postadresse. Skriv den som navn@domene.no.') }));

export const optionalEmail = z
  .union([z.literal(''), z.null(), email])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

export const phone = z
  .union([
    z.literal(''),
    z.null(),
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{5,20}$/, { error: () => t('Ugyldig telefonnummer. Bruk bare sifre, mellomrom og eventuelt + foran.') }),
  ])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

export const isoDate = z
  .string({ error: () => t('Datoen må være tekst.') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t('Ugyldig dato. Bruk formen ÅÅÅÅ-MM-DD.') })
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), {
    error: () => t('Datoen finnes ikke i kalenderen.'),
  });

export const wallTime = z
  .string({ error: () => t('Tidspunktet må være tekst.') })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: () => t('Ugyldig tidspunkt. Bruk formen ÅÅÅÅ-MM-DDTTT:MM.') })
  .transform((s) => (s.length === 16 ? s + ':00' : s));

export const orgKind = z.enum(['county', 'region', 'municipality', 'other'], {
  error: () => t('Ugyldig organisasjonstype. Velg fylkeskommune, byregion, kommune eller annen.'),
});

export const signupState = z.enum(['seated', 'waiting', 'cancelled', 'declined'], {
  error: () => t('Ugyldig status. Velg har plass, venteliste, avmeldt eller avvist.'),
});

export const DIET_CODE_LIST = [
  'gluten',
  'lactose',
  'milk',
  'egg',
  'fish',
  'shellfish',
  'nuts',
  'peanuts',
  'soy',
  'sesame',
  'celery',
  'mustard',
  'sulphites',
  'lupin',
  'vegetarian',
  'vegan',
  'halal',
  'kosher',
  'pork',
] as const;

export const dietCode = z.enum(DIET_CODE_LIST, { error: () => t('Ukjent kostholdskode.') });

export const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9æøå-]+\.)+[a-z]{2,}$/, { error: () => t('Ugyldig e-postdomene (f.eks. hfk.no).') });
