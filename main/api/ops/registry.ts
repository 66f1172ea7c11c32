import { z } from 'zod';
import { id, isoDate, requiredText, wallTime } from '../fields';
import * as s from '../schemas';
import type * as T from '../types';
import { op } from './define';
import { t } from '../../core/i18n';

// Events, registry, sign-ups and the change log (issue #2).

// Issue #6: a new event made from an earlier one; the sign-ups stay behind.
const eventsCopy = z
  .object({ id, title: requiredText(() => t('Tittel'), 300), startsAt: wallTime, endsAt: wallTime, deadline: isoDate.nullable().optional() })
  .strict()
  .refine((v) => v.endsAt >= v.startsAt, { error: () => t('Sluttid kan ikke være før starttid.'), path: ['endsAt'] });

/** One field of one row, before and after, in words the organiser knows. */
export interface FieldDiff {
  column: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface RowDiff {
  table: string;
  /** 'Påmelding', 'Person', 'Organisasjon' … */
  tableLabel: string;
  rowId: number;
  action: 'created' | 'changed' | 'deleted';
  /** What the row is: a person's or organisation's name, an event's title. */
  title: string | null;
  fields: FieldDiff[];
}

export interface ChangeDetail {
  change: T.Change;
  rows: RowDiff[];
}
export const registryOps = {
  'app:info': op<T.AppInfo>()(s.eventsGet, false, 'Gjeldende samling, registeret og tall'),
  'app:paths': op<{ dataDir: string; dbFile: string; backupsDir: string }>()(s.empty, false, 'Datamappen, databasefilen og mappen for sikkerhetskopier'),

  'events:list': op<T.EventSummary[]>()(s.eventsList, false, 'Alle samlinger'),
  'events:get': op<T.Event>()(s.eventsGet, false, 'Én samling (uten id: gjeldende)'),
  'events:create': op<T.Event>()(s.eventsCreate, true, 'Opprett samling'),
  'events:update': op<T.Event>()(s.eventsUpdate, true, 'Endre samling'),
  'events:copy': op<T.Event>()(eventsCopy, true, 'Ny samling som kopi av en tidligere (seteregler, gruppesamlinger, arrangør)'),
  'events:select': op<T.Event>()(s.byId, true, 'Velg hvilken samling programmet viser'),

  'orgs:list': op<T.Organisation[]>()(s.orgsList, false, 'Organisasjoner, filtrert på type og tekst'),
  'orgs:get': op<T.OrganisationDetail>()(s.byId, false, 'Én organisasjon med medlemmer'),
  'orgs:create': op<T.Organisation>()(s.orgsCreate, true, 'Opprett organisasjon'),
  'orgs:update': op<T.Organisation>()(s.orgsUpdate, true, 'Endre organisasjon'),
  'orgs:delete': op<{ id: number }>()(s.byId, true, 'Slett organisasjon som ikke er i bruk'),

  'regions:addMember': op<T.OrganisationDetail>()(s.regionMember, true, 'Legg kommune til byregion'),
  'regions:removeMember': op<T.OrganisationDetail>()(s.regionMember, true, 'Fjern kommune fra byregion'),

  'themes:list': op<T.Theme[]>()(s.empty, false, 'Temaer'),
  'themes:create': op<T.Theme>()(s.themesCreate, true, 'Opprett tema'),
  'themes:update': op<T.Theme>()(s.themesUpdate, true, 'Endre tema'),

  'people:search': op<T.PersonHit[]>()(s.peopleSearch, false, 'Søk i personer'),

  'signups:list': op<T.SignupList>()(s.signupsList, false, 'Påmeldinger med filter, sortering og søk'),
  'signups:get': op<T.Signup>()(s.byId, false, 'Én påmelding'),
  'signups:create': op<T.Signup>()(s.signupsCreate, true, 'Registrer påmelding'),
  'signups:update': op<T.Signup>()(s.signupsUpdate, true, 'Endre påmelding'),
  'signups:setState': op<T.Signup>()(s.signupsSetState, true, 'Endre status på påmelding'),
  'signups:delete': op<{ id: number }>()(s.byId, true, 'Slett påmelding'),

  'changelog:list': op<T.Change[]>()(s.changelogList, false, 'Endringslogg'),
  'changelog:get': op<ChangeDetail>()(s.byId, false, 'Én endring med feltene før og etter'),
  'changelog:undo': op<T.UndoResult>()(s.empty, true, 'Angre siste endring'),
  'changelog:redo': op<T.UndoResult>()(s.empty, true, 'Gjør om siste angrede endring'),
} as const;

