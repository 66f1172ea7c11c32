import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';

/**
 * Rule families generalised from the seventh, ninth and tenth blind sets (thread structure and
 * representative inboxes), each with several wordings and the near misses they must not catch.
 */

const ctx = defaultParseContext();

type Row = [name: string | null, attending: boolean, diets: string[]];

function parse(text: string): Array<{ kind: string; rows: Row[]; emails: Array<string | null> }> {
  return parseEmails(text, ctx).messages.map((m) => ({
    kind: m.kind,
    rows: m.attendees.map((a) => [a.name, a.attending, [...a.diets].sort()]),
    emails: m.attendees.map((a) => a.email),
  }));
}
const HEAD = 'Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 7. september 2015 11:32\nTil: Aina Sofie Brox <aina-sofie.brox@kdu.no>\nEmne: SV: Invitasjon\n\n';
function read(body: string): { kind: string; rows: Row[]; emails: Array<string | null> } {
  return parse(`${HEAD}${body}\n\nHilsen\nKari Nordmann\n`)[0] ?? { kind: 'none', rows: [], emails: [] };
}
const rows = (body: string): Array<[string | null, boolean]> => read(body).rows.map(([n, a]) => [n, a]);
const KARI_YES: Array<[string, boolean]> = [['Kari Nordmann', true]];

describe('answers written under quoted questions', () => {
  it('"> Navn på deltaker:" and the answer below it', () => {
    const text =
      `${HEAD}Hei,\n\nJeg har fylt ut under – det blir min kollega som reiser.\n\nKari\n\nDen 07.09.2015 08:15, skrev Aina Sofie Brox:\n` +
      '> Fyll gjerne ut feltene under:\n>\n> Navn på deltaker:\nPer Hansen\n\n> E-post:\nper.hansen@hfk.no\n\n> Allergier eller andre behov:\nVegetar\n\n>\n> Hilsen Aina Sofie\n';
    const m = parse(text)[0];
    expect(m?.rows).toEqual([['Per Hansen', true, ['vegetarian']]]);
    expect(m?.emails).toEqual(['per.hansen@hfk.no']);
  });
  it('answers marked with the writer\'s initials inside the quoted message', () => {
    const text =
      `${HEAD}Hei,\n\nSe svarene mine i teksten under, markert med KN.\n\nKari\n\n` +
      'Fra: Aina Sofie Brox [mailto:aina-sofie.brox@kdu.no]\nSendt: 4. september 2015 10:30\nTil: Kari Nordmann\nEmne: Registrering\n\n' +
      'Hei Kari,\n\n1. Hvem kommer fra Hordaland fylkeskommune?\nKN: Det blir meg selv, Kari Nordmann.\n\n2. Trenger deltakeren spesialkost?\nKN: Ja, jeg er allergisk mot fisk.\n\nHilsen Aina Sofie\n';
    expect(parse(text)[0]?.rows).toEqual([['Kari Nordmann', true, ['fish']]]);
  });
  it('not an answer to a question about something else, nor a contact person', () => {
    const text =
      `${HEAD}Svar under.\n\nKari\n\nDen 07.09.2015 08:15, skrev Aina Sofie Brox:\n> Hvem er kontaktperson hos dere?\nPer Hansen\n`;
    expect(parse(text)[0]?.rows).toEqual([]);
  });
});

describe('a forward that names the person whose own reply is below', () => {
  it('reads her reply as her sign-up, with her address and diet', () => {
    const text =
      `${HEAD}Se nedenfor – Ingvild stiller fra oss.\n\nKari\n\n` +
      'Fra: Aune, Ingvild\nSendt: 6. september 2015 16:48\nTil: Nordmann, Kari\nEmne: SV: Invitasjon\n\n' +
      'Ja, jeg tar den gjerne. Jeg er allergisk mot skalldyr.\n\nIngvild Aune\nRådgiver\ningvild.aune@hfk.no\n';
    const m = parse(text)[0];
    expect(m?.rows).toEqual([['Ingvild Aune', true, ['shellfish']]]);
    expect(m?.emails).toEqual(['ingvild.aune@hfk.no']);
  });
  it('a first name written with the full name in a quoted header', () => {
    const text =
      `${HEAD}Se under – Jan Erik er blitt syk og kan ikke komme. I stedet kommer Maria Lunde (maria.lunde@hfk.no).\n\nKari\n\n` +
      'Fra: Sande, Jan Erik\nSendt: 6. september 2015 07:12\nTil: Nordmann, Kari\nEmne: Avbud\n\nJeg er sykmeldt.\n\nJan Erik\n';
    expect(parse(text)[0]?.rows.map((r) => [r[0], r[1]])).toEqual([['Jan Erik Sande', false], ['Maria Lunde', true]]);
  });
});

describe('a table with a "Deltar" column, pasted with tabs', () => {
  it('reads Ja/Nei per row', () => {
    const t = 'Oppdatert oversikt:\n\nNavn\tE-post\tDeltar\tMatbehov\nPer Hansen\tper.hansen@hfk.no\tNei\t\nKari Nordmann\tkari.nordmann@hfk.no\tJa\tGlutenfri';
    expect(read(t).rows).toEqual([['Per Hansen', false, []], ['Kari Nordmann', true, ['gluten']]]);
  });
});

describe('an older message to the writer, quoted under her reply, is no reply of its own', () => {
  it('one message', () => {
    const text =
      `${HEAD}Per kan likevel ikke reise, så jeg kommer i stedet.\n\nKari\n\n` +
      'From: Hansen, Per\nSent: Tuesday, September 1, 2015 9:21 AM\nTo: Aina Sofie Brox\nCc: Nordmann, Kari\nSubject: RE: Invitasjon\n\nJeg melder meg på fra Hordaland.\n\nPer Hansen\n';
    const ms = parse(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]?.rows.map((r) => [r[0], r[1]])).toEqual([['Per Hansen', false], ['Kari Nordmann', true]]);
  });
  it('a later reply pasted below stays a message of its own', () => {
    const text =
      `${HEAD}Jeg kommer.\n\nKari\n\n` +
      'Fra: Per Hansen <per.hansen@rogfk.no>\nSendt: 8. september 2015 09:00\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\nJeg kommer også.\n\nPer\n';
    expect(parse(text)).toHaveLength(2);
  });
});

describe('"hos oss", "fra oss" is no "we"', () => {
  it('the organisation wants to take part; a table follows', () => {
    expect(rows('Hordaland fylkeskommune ønsker å delta med to personer (Bergen er ny byregion hos oss). Se tabellen:\n\nNavn\tE-post\tAllergier\nPer Hansen\tper.hansen@hfk.no\t-\nLine Aas\tline.aas@hfk.no\tNøtter')).toEqual([
      ['Per Hansen', true], ['Line Aas', true],
    ]);
  });
  it('"vi" still counts', () => {
    expect(rows('Vi kommer gjerne, alle fra oss.')).toEqual(KARI_YES);
  });
});

describe('representative wordings', () => {
  it('"vi vil gjerne være to: meg selv og …"', () => {
    expect(rows('Vi vil gjerne være to fra Hordaland dersom det lar seg gjøre: meg selv og Ole Martin Hansen (ole.martin.hansen@hfk.no).')).toEqual([
      ['Kari Nordmann', true], ['Ole Martin Hansen', true],
    ]);
  });
  it('"her kommer påmeldingen min", and Norwegian "her" is no pronoun', () => {
    expect(rows('Siste frist i dag, så her kommer påmeldingen min fra Hordaland fylkeskommune.')).toEqual(KARI_YES);
  });
  it('"… i fase 2. Jeg melder meg på" ends a sentence; a date does not', () => {
    expect(rows('Jeg var med i fase 1 og fortsetter som kontaktperson i fase 2. Jeg melder meg derfor på.')).toEqual(KARI_YES);
    expect(rows('Jeg kommer 24. september.')).toEqual(KARI_YES);
  });
  it('"Som lova kjem her namn på deltakar: …"', () => {
    expect(rows('Som lova kjem her namn på deltakar frå Hordaland: Per Hansen, rådgjevar (per.hansen@hfk.no). Han er vegetarianar.')).toEqual([['Per Hansen', true]]);
  });
  it('"representert på samlinga ved rådgjevar …"', () => {
    expect(rows('Hordaland fylkeskommune vil vere representert på oppstartssamlinga ved rådgjevar Per Hansen (per.hansen@hfk.no).')).toEqual([['Per Hansen', true]]);
  });
  it('questions naming people sign nobody up', () => {
    expect(read('Vi vil ikke ta plassen til Rogaland fylkeskommune. Gjelder invitasjonen oss?\n\nSetter Per på kopi.').rows).toEqual([]);
  });
  it('a food that is no help is not the need', () => {
    expect(read('Jeg kommer. Jeg har melkeallergi, så laktosefrie produkter hjelper ikke.').rows[0]?.[2]).toEqual(['milk']);
    expect(read('Jeg kommer, og spiser fortsatt ikke svinekjøtt.').rows[0]?.[2]).toEqual(['pork']);
  });
  it('a list of persons by organisation', () => {
    const r = read('Vi har avtalt at hvert fylke sender én person:\n\nHordaland fylkeskommune: Kari Nordmann (undertegnede) – ingen allergier\nRogaland fylkeskommune: Kirsten Eggen, kirsten.eggen@rogfk.no – cøliaki');
    expect(r.rows).toEqual([['Kari Nordmann', true, []], ['Kirsten Eggen', true, ['gluten']]]);
  });
});

describe('a Lotus Notes forward', () => {
  it('reads the forwarded sender and the persons she signs up', () => {
    const text =
      `${HEAD}se påmelding fra Per Olav nedenfor.\n\nKari\n\n----- Videresendt av Kari Nordmann/HFK/NO den 03.09.2015 10:52 -----\n\n` +
      'Per Olav Lunde/HFK/NO\n03.09.2015 10:48\n\nTil\nKari Nordmann/HFK/NO@HFK\nKopi\nLine Aas/HFK/NO@HFK\nEmne\nSv: Invitasjon\n\n\n' +
      'Hei Kari,\n\nVi melder på to fra oss: meg selv og Line Aas (kopi). Line er vegetarianer.\n\nPer Olav Lunde\nRådgiver\nper.olav.lunde@hfk.no\n';
    const m = parse(text)[0];
    expect(m?.rows).toEqual([['Per Olav Lunde', true, []], ['Line Aas', true, ['vegetarian']]]);
    expect(m?.emails).toEqual(['per.olav.lunde@hfk.no', null]);
  });
});
