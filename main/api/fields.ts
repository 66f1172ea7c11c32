import { z } from 'zod';

// Building blocks with the Norwegian messages a user sees next to a form field or in the CLI.

export const id = z.coerce
  .number({ error: 'Mangler id.' })
  .int({ error: 'Id må være et helt tall.' })
  .positive({ error: 'Id må være et positivt tall.' });

export const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} må være tekst.` })
    .trim()
    .max(max, { error: `${label} kan ikke være lengre enn ${max} tegn.` });

export const requiredText = (label: string, max = 200) =>
  text(label, max).min(1, { error: `${label} må fylles ut.` });

/** Optional text: '' and null both mean "nothing". */
export const optionalText = (label: string, max = 500) =>
  z
    .union([text(label, max), z.null()])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));

export const email = z
  .string({ error: 'E-postadressen må være tekst.' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Ugyldig e-postadresse. Skriv den som navn@domene.no.' }));

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
      .regex(/^\+?[0-9 ().-]{5,20}$/, { error: 'Ugyldig telefonnummer. Bruk bare sifre, mellomrom og eventuelt + foran.' }),
  ])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

export const isoDate = z
  .string({ error: 'Datoen må være tekst.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ugyldig dato. Bruk formen ÅÅÅÅ-MM-DD.' })
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), {
    error: 'Datoen finnes ikke i kalenderen.',
  });

export const wallTime = z
  .string({ error: 'Tidspunktet må være tekst.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: 'Ugyldig tidspunkt. Bruk formen ÅÅÅÅ-MM-DDTTT:MM.' })
  .transform((s) => (s.length === 16 ? s + ':00' : s));

export const orgKind = z.enum(['county', 'region', 'municipality', 'other'], {
  error: 'Ugyldig organisasjonstype. Velg fylkeskommune, byregion, kommune eller annen.',
});

export const signupState = z.enum(['seated', 'waiting', 'cancelled', 'declined'], {
  error: 'Ugyldig status. Velg har plass, venteliste, avmeldt eller avvist.',
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

export const dietCode = z.enum(DIET_CODE_LIST, { error: 'Ukjent kostholdskode.' });

export const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9æøå-]+\.)+[a-z]{2,}$/, { error: 'Ugyldig e-postdomene (f.eks. hfk.no).' });
