import { z } from 'zod';
import { id } from '../fields';
import type { DietCode, Event, SignupState } from '../types';
import { op } from './define';

// The home page (issue #6): everything the organiser's first screen needs, in one call.

export const overviewGet = z.object({ eventId: id.optional() }).strict().optional().default({});

/** Lunch numbers as the caterer saw them, or as they are now. */
export interface CateringNumbers {
  lunches: number;
  /** Seated lunch guests per diet code; codes with nobody are left out. */
  diets: Partial<Record<DietCode, number>>;
}

export interface TimelinePoint {
  /** 'YYYY-MM-DD' */
  day: string;
  /** Received that day. */
  count: number;
  /** Received up to and including that day. */
  total: number;
}

export interface UnansweredCounty {
  organisationId: number;
  number: string | null;
  name: string;
  /** People from the county waiting (in time or late) who could take the seat. */
  waiting: number;
}

export interface Overview {
  event: Event;
  counts: Record<SignupState, number> & { total: number };
  counties: { seated: number; total: number };
  regions: { seated: number; total: number };
  /** People with a seat. */
  participants: number;
  catering: CateringNumbers & { withNote: number };
  timeline: TimelinePoint[];
  conflicts: number;
  /** Received after the deadline (every state) and those still waiting for the organiser's word. */
  late: { total: number; open: number };
  unanswered: UnansweredCounty[];
  lastCateringExport: (CateringNumbers & { at: string }) | null;
  /** Since the last catering list: lunch guests added and removed, and the change per diet. */
  cateringDelta: { added: number; removed: number; diets: Partial<Record<DietCode, number>> } | null;
}

export const overviewOps = {
  'overview:get': op<Overview>()(overviewGet, false, 'Oversikten: tall, tidslinje og hva som mangler'),
} as const;
