/**
 * Public API of the e-mail reply parser. Pure TypeScript: no Electron, no Node APIs (it also
 * runs in a browser Web Worker).
 */
export { parseEmails, toSampleJson, defaultParseContext } from './parse';
export { DIET_CODES, DIET_LABELS_NB, sortDiets } from './diets';
export type { DietCode } from './diets';
export type {
  ParseContext, Span, ParsedAttendee, ParsedMessage, ParseResult, ParseWarning, MessageKind, SampleJson, AttendeeField,
} from './types';
