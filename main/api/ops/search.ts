import { z } from 'zod';
import { id } from '../fields';
import type { OrgKind, SignupState } from '../types';
import { op } from './define';
import { t } from '../../core/i18n';

// Search from anywhere (Ctrl+K, issue #6): people, organisations and sign-ups in one list.

export const searchAll = z
  .object({
    q: z.string().trim().max(200, { error: () => t('Søket er for langt.') }),
    eventId: id.optional(),
    limit: z.number().int().min(1).max(50).optional(),
  })
  .strict();

export type SearchHit =
  | {
      kind: 'signup';
      signupId: number;
      personId: number;
      name: string;
      email: string | null;
      organisationName: string | null;
      state: SignupState;
    }
  | {
      /** Someone in the registry of people with no sign-up to the event searched. */
      kind: 'person';
      personId: number;
      name: string;
      email: string | null;
      organisationId: number | null;
      organisationName: string | null;
      organisationKind: OrgKind | null;
    }
  | { kind: 'organisation'; organisationId: number; name: string; number: string | null; orgKind: OrgKind; countyName: string | null };

export interface SearchResult {
  q: string;
  eventId: number | null;
  hits: SearchHit[];
}

export const searchOps = {
  'search:all': op<SearchResult>()(searchAll, false, 'Søk i personer, organisasjoner og påmeldinger'),
} as const;
