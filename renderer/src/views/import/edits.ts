import type { OpInput } from '../../../../main/api/contract';
import type { ImportPreview, PreviewAttendee, PreviewMessage } from '../../../../main/api/ops/imports';
import type { DietCode } from '../../../../main/api/types';

// The organiser's corrections to a preview, kept apart from the preview itself so a fresh
// parse (after undo, after saving one message, after typing elsewhere in the paste) keeps them.
// They are keyed by the message's hash — its sender, time and own words — rather than by its
// position, so editing one reply in the paste does not move corrections onto another.

export interface AttendeeEdit {
  include?: boolean;
  name?: string;
  email?: string;
  title?: string;
  phone?: string;
  attending?: boolean;
  organisationId?: number | null;
  diets?: DietCode[];
  dietNote?: string;
}

export interface MessageEdit {
  include?: boolean;
  attendees: Record<number, AttendeeEdit>;
}

export type Edits = Record<string, MessageEdit>;

/** What an attendee looks like with the organiser's corrections on top. */
export interface AttendeeValues {
  include: boolean;
  name: string;
  email: string;
  title: string;
  phone: string;
  attending: boolean;
  organisationId: number | null;
  diets: DietCode[];
  dietNote: string;
}

export function attendeeValues(a: PreviewAttendee, e: AttendeeEdit | undefined): AttendeeValues {
  return {
    include: e?.include ?? true,
    name: e?.name ?? a.name ?? '',
    email: e?.email ?? a.email ?? '',
    title: e?.title ?? a.title ?? '',
    phone: e?.phone ?? a.phone ?? '',
    attending: e?.attending ?? a.attending,
    organisationId: e?.organisationId !== undefined ? e.organisationId : a.organisationId,
    diets: e?.diets ?? a.diets,
    dietNote: e?.dietNote ?? a.dietNote ?? '',
  };
}

export function messageIncluded(m: PreviewMessage, edits: Edits): boolean {
  return !m.alreadyImported && (edits[m.hash]?.include ?? true);
}

export type ShownAction = 'create' | 'createCancelled' | 'update' | 'cancel' | 'unchanged' | 'skip' | 'excluded';

/**
 * The action to show. The core computed one for the parsed values; when the organiser flips
 * "kommer / kommer ikke", the same rule the core uses gives the new one, so the label never lies.
 */
export function shownAction(m: PreviewMessage, a: PreviewAttendee, v: AttendeeValues, edits: Edits): ShownAction {
  if (m.alreadyImported) return 'unchanged';
  if (!messageIncluded(m, edits) || !v.include) return 'excluded';
  let action: PreviewAttendee['action'] = a.action;
  if (v.attending !== a.attending) {
    if (v.attending) action = a.existingSignupId === null ? 'create' : 'update';
    else action = a.existingSignupId === null ? 'create' : 'cancel';
  }
  if (action === 'create' && !v.attending) return 'createCancelled';
  return action;
}

export type FieldErrors = Partial<Record<'name' | 'email', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks worth doing before a round trip: the core checks again and has the last word. */
export function attendeeErrors(v: AttendeeValues, msg: { nameRequired: string; emailInvalid: string }): FieldErrors {
  if (!v.include) return {};
  const errors: FieldErrors = {};
  if (v.name.trim() === '') errors.name = msg.nameRequired;
  if (v.email.trim() !== '' && !EMAIL.test(v.email.trim())) errors.email = msg.emailInvalid;
  return errors;
}

type CommitMessages = NonNullable<OpInput<'import:commit'>['messages']>;
type CommitAttendee = NonNullable<CommitMessages[number]['attendees']>[number];

/**
 * A person the organiser touched is sent whole (every field, '' clearing an optional one), not
 * just the changed fields: the override schema turns a missing optional field into null, so a
 * partial override would wipe the e-mail or title the parser found. Untouched people send nothing.
 */
function attendeeOverride(a: PreviewAttendee, e: AttendeeEdit | undefined): CommitAttendee | null {
  if (!e || Object.keys(e).length === 0) return null;
  const v = attendeeValues(a, e);
  if (!v.include) return { index: a.index, include: false };
  return {
    index: a.index,
    include: true,
    name: v.name.trim(),
    email: v.email.trim(),
    title: v.title.trim(),
    phone: v.phone.trim(),
    attending: v.attending,
    organisationId: v.organisationId,
    diets: v.diets,
    dietNote: v.dietNote.trim(),
  };
}

/**
 * The `messages` part of import:commit. With `only`, every other reply is left out, so one
 * message can be saved on its own.
 */
export function commitMessages(preview: ImportPreview, edits: Edits, only?: number): CommitMessages {
  return preview.messages.map((m) => {
    const include = only === undefined ? messageIncluded(m, edits) : m.index === only && !m.alreadyImported;
    if (!include) return { index: m.index, include: false };
    const me = edits[m.hash];
    const attendees = m.attendees.map((a) => attendeeOverride(a, me?.attendees[a.index])).filter((o): o is CommitAttendee => o !== null);
    return attendees.length ? { index: m.index, include: true, attendees } : { index: m.index, include: true };
  });
}

/** How many people a save would touch: decides the button text ("Lagre 3 påmeldinger"). */
export function countToSave(preview: ImportPreview, edits: Edits): { messages: number; attendees: number } {
  let messages = 0;
  let attendees = 0;
  for (const m of preview.messages) {
    if (!messageIncluded(m, edits)) continue;
    messages++;
    for (const a of m.attendees) if (attendeeValues(a, edits[m.hash]?.attendees[a.index]).include) attendees++;
  }
  return { messages, attendees };
}

/** True when some included person has a field the core would refuse. */
export function hasErrors(preview: ImportPreview, edits: Edits, msg: { nameRequired: string; emailInvalid: string }, only?: number): boolean {
  return preview.messages.some(
    (m) =>
      (only === undefined ? messageIncluded(m, edits) : m.index === only) &&
      m.attendees.some((a) => Object.keys(attendeeErrors(attendeeValues(a, edits[m.hash]?.attendees[a.index]), msg)).length > 0),
  );
}
