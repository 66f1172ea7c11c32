/**
 * Public types of the e-mail reply parser. Other parts of Samling import these names, so keep
 * them stable. All spans are offsets into the ORIGINAL pasted string (before normalisation).
 */
import type { DietCode } from './diets';

export type { DietCode } from './diets';

export interface ParseContext {
  /** The organiser's own addresses, e.g. ['aina-sofie.brox@kdu.no']. */
  organiserEmails: string[];
  /** Messages from these domains (incl. subdomains) are never listed, e.g. ['kdu.no']. */
  organiserDomains: string[];
  counties: { number: string; name: string; organisation: string; domains: string[] }[];
  municipalities: { number: string; name: string; countyNumber: string }[];
}

/** Half-open range [start, end) in the original pasted text. */
export interface Span {
  start: number;
  end: number;
}

export type AttendeeField =
  | 'name'
  | 'email'
  | 'countyNumber'
  | 'attending'
  | 'diets'
  | 'dietNote'
  | 'title'
  | 'phone'
  | 'organisation'
  | 'sessionWish';

export interface ParsedAttendee {
  name: string | null;
  email: string | null;
  countyNumber: string | null;
  attending: boolean;
  diets: DietCode[];
  dietNote: string | null;
  title: string | null;
  phone: string | null;
  organisation: string | null;
  sessionWish: string | null;
  spans: Partial<Record<AttendeeField, Span>>;
}

export type MessageKind = 'signup' | 'cancellation' | 'replacement' | 'question' | 'out-of-office' | 'other';

export interface ParseWarning {
  code: string;
  /** Norwegian bokmål, shown to the organiser as is. */
  message: string;
}

export interface ParsedMessage {
  from: { name: string | null; email: string | null };
  /** Local wall time 'YYYY-MM-DDTHH:MM:SS', or null when the paste has no date for this reply. */
  sentAt: string | null;
  subject: string | null;
  kind: MessageKind;
  attendees: ParsedAttendee[];
  warnings: ParseWarning[];
  /** The whole message in the original text. */
  span: Span;
  /** The reply's own text (without quoted parts; may enclose quoted parts when bottom-posted). */
  bodySpan: Span;
  /** Quoted parts (the UI greys them). */
  quotedSpans: Span[];
  spans: Partial<Record<'fromName' | 'fromEmail' | 'sentAt' | 'subject', Span>>;
}

export interface ParseResult {
  messages: ParsedMessage[];
  warnings: ParseWarning[];
}

/** The shape used by the sample files in shared/samples/email-replies. */
export interface SampleJson {
  messages: Array<{
    from: { name: string | null; email: string | null };
    sentAt: string | null;
    attendees: Array<{
      name: string | null;
      email: string | null;
      countyNumber: string | null;
      attending: boolean;
      diets: DietCode[];
    }>;
  }>;
}
