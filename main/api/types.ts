// Result types that cross every door. Plain JSON: no Dates, no class instances.

export type OrgKind = 'county' | 'region' | 'municipality' | 'other';
export type SignupState = 'seated' | 'waiting' | 'cancelled' | 'declined';
export type SignupSource = 'manual' | 'email' | 'spreadsheet';
export type DietCode =
  | 'gluten'
  | 'lactose'
  | 'milk'
  | 'egg'
  | 'fish'
  | 'shellfish'
  | 'nuts'
  | 'peanuts'
  | 'soy'
  | 'sesame'
  | 'celery'
  | 'mustard'
  | 'sulphites'
  | 'lupin'
  | 'vegetarian'
  | 'vegan'
  | 'halal'
  | 'kosher'
  | 'pork';

export interface AppErrorInfo {
  code: string;
  message: string;
  /** Per-field messages for forms: key is the input field's name. */
  fields?: Record<string, string>;
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

export interface SeatRules {
  county?: number | null;
  region?: number | null;
  municipality?: number | null;
  other?: number | null;
}

export interface Event {
  id: number;
  title: string;
  shortTitle: string | null;
  startsAt: string;
  endsAt: string;
  venue: string;
  address: string | null;
  city: string | null;
  deadline: string | null;
  capacity: number | null;
  lunch: boolean;
  lunchNote: string | null;
  travelNote: string | null;
  seatRules: SeatRules;
  organiserOrg: string | null;
  organiserName: string | null;
  organiserTitle: string | null;
  organiserEmail: string | null;
  organiserDomains: string[];
  archived: boolean;
  retentionUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EventSummary extends Event {
  counts: { seated: number; waiting: number; cancelled: number; declined: number; total: number };
}

export interface Organisation {
  id: number;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  number: string | null;
  administration: string | null;
  countyId: number | null;
  countyName: string | null;
  emailDomains: string[];
  postmottak: string | null;
  themeId: number | null;
  themeName: string | null;
  phase1: boolean;
  phase2: boolean;
  source: string | null;
  notes: string | null;
  /** Regions: member municipalities count; counties: municipalities in the county. */
  memberCount: number;
}

export interface OrganisationDetail extends Organisation {
  /** For regions: member municipalities; for counties: the municipalities in the county. */
  members: { id: number; name: string; number: string | null }[];
  /** For regions: counties derived from members; for municipalities: regions they belong to. */
  counties: { id: number; name: string; number: string | null }[];
  regions: { id: number; name: string }[];
  signupCount: number;
}

export interface Theme {
  id: number;
  name: string;
  description: string | null;
  regionCount: number;
}

export interface Signup {
  id: number;
  eventId: number;
  personId: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  organisationId: number | null;
  organisationName: string | null;
  organisationKind: OrgKind | null;
  countyNumber: string | null;
  countyName: string | null;
  state: SignupState;
  late: boolean;
  lateAccepted: boolean;
  receivedAt: string;
  source: SignupSource;
  messageId: number | null;
  lunch: boolean;
  diets: DietCode[];
  dietNote: string | null;
  sessionId: number | null;
  sessionTitle: string | null;
  stateReason: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SignupList {
  rows: Signup[];
  total: number;
}

export interface Change {
  id: number;
  at: string;
  operation: string;
  summary: string;
  eventId: number | null;
  undoes: number | null;
  undoneBy: number | null;
  rowCount: number;
}

export interface UndoResult {
  /** Undo: the change taken back. Redo: the undo that is taken back. */
  undone: Change;
  /** The new entry in the log ("Angret: …" / "Gjorde om: …"). */
  change: Change;
  /** What was undone or redone, in the user's language, without a prefix (for a short message). */
  subject: string;
}

export interface RegistryInfo {
  source: string;
  year: number;
  counties: number;
  regions: number;
  municipalities: number;
  themes: number;
}

export interface AppInfo {
  event: Event | null;
  registry: RegistryInfo;
  counts: {
    signups: number;
    seated: number;
    waiting: number;
    cancelled: number;
    declined: number;
    late: number;
    countiesSeated: number;
    countiesTotal: number;
    lunches: number;
  };
  schemaVersion: number;
}

export interface PersonHit {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  organisationId: number | null;
  organisationName: string | null;
}
