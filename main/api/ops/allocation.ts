import { z } from 'zod';
import { id, optionalText, requiredText, wallTime } from '../fields';
import { seatRules } from '../schemas';
import type { Change, OrgKind, SeatRules, Signup, SignupState } from '../types';
import { op } from './define';
import { t } from '../../core/i18n';

// Seat allocation, group sessions and the chase list (issue #4). Schemas and result types live
// here with the operations, so the whole domain's contract is one file.

// ---------------------------------------------------------------------------------------------
// Input schemas

const eventRef = { eventId: id.optional() };
const reason = optionalText(() => t('Begrunnelse'), 1000);

export const allocationGet = z.object(eventRef).strict().optional().default({});
export const giveSeat = z
  .object({
    signupId: id,
    reason,
    /** Seat a sign-up that came after the deadline, accepting it in the same change. */
    acceptLate: z.boolean().optional(),
    /** Which seat holder in a full organisation moves to the waiting list (default: the last one in). */
    replaceId: id.optional(),
  })
  .strict();
export const swap = z.object({ seatedId: id, waitingId: id, reason, acceptLate: z.boolean().optional() }).strict();
export const toWaiting = z.object({ signupId: id, reason }).strict();
export const decline = z.object({ signupId: id, reason: requiredText(() => t('Begrunnelse'), 1000) }).strict();
export const acceptLate = z.object({ signupId: id, reason }).strict();
export const cancel = z.object({ signupId: id, reason }).strict();
export const resolve = z
  .object({
    ...eventRef,
    organisationId: id,
    keepIds: z.array(id).max(50, { error: () => t('For mange valgt.') }),
    reason: requiredText(() => t('Begrunnelse'), 1000),
    /** What happens to the others: stay on the waiting list, or be declined. */
    others: z.enum(['waiting', 'decline'], { error: () => t('Velg venteliste eller avvis for de andre.') }),
    acceptLate: z.boolean().optional(),
  })
  .strict();
export const setSeatRules = z
  .object({
    ...eventRef,
    seatRules,
    capacity: z
      .number({ error: () => t('Kapasitet må være et tall.') })
      .int({ error: () => t('Kapasitet må være et helt tall.') })
      .min(0, { error: () => t('Kapasitet kan ikke være negativ.') })
      .nullable()
      .optional(),
    reason,
  })
  .strict();

/** A session's time: a full wall time, or just HH:MM on the event's day. */
const sessionTime = z
  .union([z.null(), z.literal(''), z.string().trim().regex(/^\d{2}:\d{2}$/, { error: () => t('Ugyldig klokkeslett. Bruk TT:MM.') }), wallTime])
  .optional()
  .transform((v) => (v === '' ? null : v));
const sessionCapacity = z
  .number({ error: () => t('Kapasitet må være et tall.') })
  .int({ error: () => t('Kapasitet må være et helt tall.') })
  .min(0, { error: () => t('Kapasitet kan ikke være negativ.') })
  .nullable()
  .optional();
const sessionFields = {
  title: requiredText(() => t('Tittel'), 300),
  themeId: id.nullable().optional(),
  room: optionalText(() => t('Rom'), 200),
  capacity: sessionCapacity,
  startsAt: sessionTime,
  endsAt: sessionTime,
};
export const sessionsList = z.object(eventRef).strict().optional().default({});
export const sessionsCreate = z.object({ ...eventRef, ...sessionFields }).strict();
export const sessionsUpdate = z.object({ id, ...sessionFields }).partial().required({ id: true }).strict();
export const sessionsDelete = z.object({ id }).strict();
export const sessionsAssign = z.object({ signupId: id, sessionId: id.nullable() }).strict();
export const chaseList = z.object(eventRef).strict().optional().default({});

// ---------------------------------------------------------------------------------------------
// Result types

export interface SeatPerson {
  signupId: number;
  name: string;
  email: string | null;
  title: string | null;
  organisationId: number | null;
  state: SignupState;
  receivedAt: string;
  late: boolean;
  lateAccepted: boolean;
  /** The organiser has decided this sign-up's seat state (not only the automatic proposal). */
  decided: boolean;
  sessionId: number | null;
  stateReason: string | null;
}

export type ConflictKind = 'over_limit' | 'contested';

export interface SeatProposal {
  signupId: number;
  name: string;
  organisationId: number | null;
  organisationName: string | null;
  /** same_org: next in line in the organisation; waiting_list: first on the general waiting list. */
  source: 'same_org' | 'waiting_list';
}

export interface AllocationOrg {
  organisationId: number;
  number: string | null;
  name: string;
  kind: OrgKind;
  countyId: number | null;
  countyName: string | null;
  /** Seats allowed; null = no limit. */
  seats: number | null;
  seated: SeatPerson[];
  /** Waiting and eligible (on time, or late and accepted), in order of received time, ties by id. */
  waiting: SeatPerson[];
  /** Waiting, after the deadline and not (yet) accepted. */
  late: SeatPerson[];
  /** Cancelled and declined. */
  closed: SeatPerson[];
  conflict: boolean;
  conflictKind: ConflictKind | null;
  /** The sign-up that came first among those still in play (who keeps the seat by the rule). */
  firstComeId: number | null;
  /** A free seat and the next in line for it. */
  proposal: SeatProposal | null;
  /** For counties: the city regions in the county. */
  regions: { id: number; name: string; themeName: string | null }[];
}

export interface AllocationRegion {
  id: number;
  name: string;
  themeId: number | null;
  themeName: string | null;
  counties: { id: number; name: string; number: string | null }[];
}

export interface AllocationView {
  eventId: number;
  eventTitle: string;
  deadline: string | null;
  seatRules: SeatRules;
  organisations: AllocationOrg[];
  /** Sign-ups with no organisation: only the venue's capacity applies. */
  unaffiliated: { seated: SeatPerson[]; waiting: SeatPerson[]; late: SeatPerson[]; closed: SeatPerson[] };
  regions: AllocationRegion[];
  capacity: { total: number | null; seated: number; free: number | null; over: boolean };
  /** The next seat to give when the venue has room: first eligible on the general waiting list. */
  proposal: SeatProposal | null;
  counts: {
    seated: number;
    waiting: number;
    late: number;
    cancelled: number;
    declined: number;
    conflicts: number;
    countiesSeated: number;
    countiesTotal: number;
  };
}

export interface AllocationResult {
  /** The sign-up the action was about, as it is now. */
  signup: Signup;
  /** Others whose state the same change altered (e.g. a seat holder moved to the waiting list). */
  affected: Signup[];
  /** After a seat was freed: who is next in line (not seated until the organiser confirms). */
  proposal: SeatProposal | null;
  change: Change;
}

export interface ResolveResult {
  kept: Signup[];
  others: Signup[];
  change: Change;
}

export interface SeatRulesResult {
  seatRules: SeatRules;
  capacity: number | null;
  /** Organisations now holding more seats than allowed: shown as conflicts, nobody was moved. */
  overLimit: { organisationId: number; name: string; seats: number; seated: number }[];
  overCapacity: { capacity: number; seated: number } | null;
  change: Change | null;
}

export interface GroupSession {
  id: number;
  eventId: number;
  title: string;
  themeId: number | null;
  themeName: string | null;
  room: string | null;
  capacity: number | null;
  startsAt: string | null;
  endsAt: string | null;
  participants: { signupId: number; name: string; organisationName: string | null; state: SignupState }[];
  assigned: number;
  over: boolean;
  warning: string | null;
}

export interface SessionAssignResult {
  signup: Signup;
  session: GroupSession | null;
  warning: string | null;
}

export interface SessionProposal {
  signupId: number;
  name: string;
  organisationId: number | null;
  organisationName: string | null;
  kind: OrgKind | null;
  currentSessionId: number | null;
  sessionIds: number[];
  /** Why these sessions, in Norwegian (e.g. "Tema for Molderegionen"). */
  why: string;
}

export interface ApplyProposalsResult {
  assigned: number;
  warnings: string[];
  change: Change | null;
}

export interface ChaseItem {
  organisationId: number;
  number: string | null;
  name: string;
  kind: OrgKind;
  mailbox: string | null;
  /** The mailbox is postmottak@<domain>, a guess from the e-mail domain, not a checked address. */
  mailboxGuessed: boolean;
  waiting: number;
  late: number;
  subject: string;
  body: string;
  mailto: string | null;
}

export interface ChaseList {
  eventId: number;
  items: ChaseItem[];
  /** One message to all of them (addresses in Bcc). */
  subject: string;
  body: string;
  mailtoAll: string | null;
  /** The whole list as plain text, to copy. */
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Operations

export const allocationOps = {
  'allocation:get': op<AllocationView>()(allocationGet, false, 'Setefordeling: plasser, venteliste og konflikter per organisasjon'),
  'allocation:giveSeat': op<AllocationResult>()(giveSeat, true, 'Gi en påmeldt plassen (innehaveren flyttes til ventelisten ved behov)'),
  'allocation:swap': op<AllocationResult>()(swap, true, 'Bytt plass mellom en med plass og en på ventelisten'),
  'allocation:toWaiting': op<AllocationResult>()(toWaiting, true, 'Flytt en påmelding til ventelisten'),
  'allocation:decline': op<AllocationResult>()(decline, true, 'Avvis en påmelding (begrunnelse kreves)'),
  'allocation:acceptLate': op<AllocationResult>()(acceptLate, true, 'Godta en påmelding som kom etter fristen'),
  'allocation:cancel': op<AllocationResult>()(cancel, true, 'Registrer avbud og foreslå neste i køen'),
  'allocation:resolve': op<ResolveResult>()(resolve, true, 'Løs en konflikt: velg hvem som beholder plassen'),
  'allocation:setSeatRules': op<SeatRulesResult>()(setSeatRules, true, 'Endre plasser per organisasjonstype og kapasitet'),

  'sessions:list': op<GroupSession[]>()(sessionsList, false, 'Gruppesamlingene med deltakere og kapasitet'),
  'sessions:create': op<GroupSession>()(sessionsCreate, true, 'Opprett gruppesamling'),
  'sessions:update': op<GroupSession>()(sessionsUpdate, true, 'Endre gruppesamling'),
  'sessions:delete': op<{ id: number }>()(sessionsDelete, true, 'Slett gruppesamling (deltakerne mister plassen der)'),
  'sessions:assign': op<SessionAssignResult>()(sessionsAssign, true, 'Sett en påmeldt på en gruppesamling (null: ta av)'),
  'sessions:proposals': op<SessionProposal[]>()(sessionsList, false, 'Forslag til gruppesamling ut fra fylkets og byregionens tema'),
  'sessions:applyProposals': op<ApplyProposalsResult>()(sessionsList, true, 'Sett alle uten gruppesamling på foreslått gruppesamling'),

  'chase:list': op<ChaseList>()(chaseList, false, 'Purreliste: fylker (og byregioner) uten plass, med påminnelse'),
} as const;
