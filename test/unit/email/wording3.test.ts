import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';

/**
 * Rule families for third persons (test/fixtures/email-holdout2 g02, g19, g25, g26, g30): misspelled
 * sign-up nouns, statements whose subject is a named third person or a role noun, and third-person
 * withdrawals. The sender is always Kari Nordmann <kari.nordmann@hfk.no>.
 */

const ctx = defaultParseContext();

function rows(body: string): Array<[string | null, boolean]> {
  const text = `Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 1. september 2015 10:00\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\n${body}\n\nHilsen\nKari Nordmann\n`;
  const m = parseEmails(text, ctx).messages[0];
  return (m?.attendees ?? []).map((a) => [a.name, a.attending]);
}

const KARI: [string, boolean] = ['Kari Nordmann', true];

describe('misspelled sign-up nouns still sign up', () => {
  for (const s of [
    'Her kommer påmeldning fra meg.',
    'Her er påmedling fra meg til samlingen.',
    'Her kommer pamelding fra meg.',
    'Paamelding fra meg til oppstartssamlingen.',
  ]) it(s, () => expect(rows(s)).toEqual([KARI]));
  it('a question about the sign-up is not one', () => {
    expect(rows('Er det for sent med påmeldning nå?')).toEqual([]);
  });
});

describe('"melde av X" withdraws X', () => {
  it('a named colleague, replaced', () => {
    expect(rows('Vi må dessverre melde av Petter Brenna, som likevel ikke har anledning. I stedet kommer Sunniva Lie.')).toEqual([
      ['Petter Brenna', false], ['Sunniva Lie', true],
    ]);
  });
  it('nynorsk, a named colleague', () => expect(rows('Eg må dessverre melde av Per Hansen.')).toEqual([['Per Hansen', false]]));
  it('oneself', () => expect(rows('Jeg må dessverre melde av meg selv.')).toEqual([['Kari Nordmann', false]]));
  it('"melde på" is still a sign-up', () => expect(rows('Vi melder på Per Hansen.')).toEqual([['Per Hansen', true]]));
});

describe('"han/hun kan ikke" refers back to the person named last', () => {
  it('a person only mentioned before (g30)', () => {
    expect(rows('Jeg kommer. Vi nevnte at Per Olav Kristiansen kanskje også ville bli med, men han kan dessverre ikke komme likevel.')).toEqual([
      KARI, ['Per Olav Kristiansen', false],
    ]);
  });
  it('in the next sentence', () => {
    expect(rows('Per Hansen ville gjerne vært med. Han er dessverre forhindret.')).toEqual([['Per Hansen', false]]);
  });
  it('nynorsk', () => expect(rows('Eg kjem. Siri Olsen var kanskje interessert, men ho kan ikkje kome.')).toEqual([KARI, ['Siri Olsen', false]]));
  it('no one named before: nobody is listed for the pronoun', () => {
    expect(rows('Jeg kommer. Han kan dessverre ikke komme.')).toEqual([KARI]);
  });
  it('the sender\'s own name is not a third person', () => {
    expect(rows('Kari Nordmann heter jeg. Han kan ikke komme.')).toEqual([]);
  });
});

describe('a colleague reported absent; no replacement is no withdrawal of the writer', () => {
  it('g25: the colleague is ill, nobody else is sent', () => {
    expect(rows('Kjetil Aune, som er påmeldt fra Aust-Agder, har dessverre blitt syk og kan ikke komme på torsdag. Vi har ikke mulighet til å sende noen andre på så kort varsel.')).toEqual([
      ['Kjetil Aune', false],
    ]);
  });
  for (const s of ['Vi kan ikkje sende nokon annan.', 'We cannot send anyone else.', 'Vi har dessverre ingen andre å sende.']) {
    it(s, () => expect(rows(`Per Hansen kan ikke komme. ${s}`)).toEqual([['Per Hansen', false]]));
  }
  it('a withdrawal of the writer is still one', () => {
    expect(rows('Vi har dessverre ikke anledning til å komme.')).toEqual([['Kari Nordmann', false]]);
    expect(rows('Jeg har ikke anledning, og vi kan ikke sende noen andre.')).toEqual([['Kari Nordmann', false]]);
  });
});

describe('the sign-up as a topic ("spørsmål om påmeldingen") signs up nobody', () => {
  for (const s of [
    'Eventuelle spørsmål om påmeldingen kan rettes til undertegnede.',
    'Spørsmål knytt til påmeldinga kan rettast til underteikna.',
    'Any questions about the registration can be directed to me.',
  ]) it(s, () => expect(rows(s)).toEqual([]));
  it('g02: a secretary registers the county executive', () => {
    expect(rows('Fylkesrådmannen ønsker å delta på oppstartssamlingen. Fylkesrådmann Paul Nilsen vil dermed representere Nordland fylkeskommune. Eventuelle spørsmål om påmeldingen kan rettes til undertegnede.')).toEqual([
      ['Paul Nilsen', true],
    ]);
  });
  it('a real sign-up next to it still counts', () => {
    expect(rows('Jeg melder meg på. Spørsmål om påmeldingen kan rettes til meg.')).toEqual([KARI]);
  });
});

describe('a named third person or a role holder as the subject: the statement is not the writer\'s', () => {
  it('"Per Hansen kommer ikke, men jeg kommer"', () => {
    expect(rows('Per Hansen kommer ikke, men jeg kommer.')).toEqual([['Per Hansen', false], KARI]);
  });
  it('"Ordføreren kan dessverre ikke, så jeg kommer i stedet": the role holder is no attendee', () => {
    expect(rows('Ordføreren kan dessverre ikke, så jeg kommer i stedet.')).toEqual([KARI]);
  });
  for (const s of [
    'Ordføreren kommer ikke.',
    'Fylkesrådmannen ønsker å delta.',
    'Sjefen min kan dessverre ikke komme.',
    'Lederen vår er dessverre forhindret.',
    'Dessverre kan ikke varaordføreren komme.',
    'Leiaren vår kjem ikkje.',
    'My boss cannot attend.',
  ]) it(`a role holder alone lists nobody: ${s}`, () => expect(rows(s)).toEqual([]));
  it('the role holder with a name is listed', () => {
    expect(rows('Fylkesrådmannen ønsker å delta. Fylkesrådmann Paul Nilsen vil representere fylket.')).toEqual([['Paul Nilsen', true]]);
    expect(rows('Kollegaen min Per Hansen kommer.')).toEqual([['Per Hansen', true]]);
  });
  it('a role noun after the self statement does not hide it', () => {
    expect(rows('Kommer gjerne sammen med ordføreren.')).toEqual([KARI]);
    expect(rows('Jeg kommer sammen med ordføreren.')).toEqual([KARI]);
    expect(rows('My boss cannot attend, but I will come.')).toEqual([KARI]);
  });
  it('a role holder replacing the writer', () => {
    expect(rows('Varaordføreren kommer i stedet for meg.')).toEqual([['Kari Nordmann', false]]);
  });
});
