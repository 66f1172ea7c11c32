import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';
import { isRecordLine, readTables, rowName } from '../../../main/core/email/table';

/**
 * Rule families of the wording rules (rules.ts) and the table/list reader (table.ts), each with
 * several wordings in bokmål, nynorsk and English, and the near misses they must not catch.
 * The sender is always Kari Nordmann <kari.nordmann@hfk.no>.
 */

const ctx = defaultParseContext();

type Row = [name: string | null, attending: boolean, diets?: string[]];

function read(body: string): { kind: string; rows: Row[] } {
  const text = `Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 1. september 2015 10:00\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\n${body}\n\nHilsen\nKari Nordmann\n`;
  const m = parseEmails(text, ctx).messages[0];
  return { kind: m?.kind ?? 'none', rows: (m?.attendees ?? []).map((a) => [a.name, a.attending, [...a.diets].sort()]) };
}

const rows = (body: string): Array<[string | null, boolean]> => read(body).rows.map(([n, a]) => [n, a]);
const KARI_NO: Array<[string, boolean]> = [['Kari Nordmann', false]];
const KARI_YES: Array<[string, boolean]> = [['Kari Nordmann', true]];

describe('cancellation vocabulary: prevented, cannot make it, take me off the list', () => {
  const cancels = [
    'Jeg blir dessverre forhindret fra å delta på samlingen.',
    'Eg er dessverre forhindra frå å kome.',
    'Er forhindret.',
    'I am prevented from attending.',
    'Eg rekk dessverre ikkje samlinga den 24. likevel.',
    'Jeg rekker dessverre ikke møtet.',
    'Vennligst stryk meg fra deltakerlisten.',
    'Stryk meg frå lista, takk.',
    'Ta meg av lista.',
    'Kan dere fjerne meg fra deltakerlisten.',
    'Jeg må si fra meg plassen.',
    'Eg må seie frå meg plassen.',
    'Please take me off the list.',
    'Please remove me from the participant list.',
    'Unfortunately I have to pull out.',
    "I'm sorry, but I can no longer attend.",
    "I'm afraid I won't make it.",
    'Datoen passer dessverre ikke.',
    'Jeg står over denne gangen.',
    'Jeg får det dessverre ikke til.',
    'Jeg kommer meg dessverre ikke dit.',
    'Jeg må dessverre takke nei.',
    'Eg må melde avbod.',
    'Dessverre blir det ikke noe av for meg.',
    'Jeg kan dessverre ikke likevel.',
    'I must regretfully decline the invitation.',
    'Jeg skulle gjerne deltatt, men kan dessverre ikke.',
    'Jeg skulle gjerne deltatt, dessverre har jeg et annet møte.',
    'Eg skulle gjerne vore med, men har eit anna møte.',
    'I would have loved to attend, but I have another meeting.',
  ];
  for (const s of cancels) it(s, () => expect(rows(s)).toEqual(KARI_NO));

  it('names the person taken off', () => {
    expect(rows('Ta Per Hansen av deltakerlista.')).toEqual([['Per Hansen', false]]);
    expect(rows('Stryk Per Hansen.')).toEqual([['Per Hansen', false]]);
    expect(rows('Min kollega Per Hansen er forhindret fra å delta.')).toEqual([['Per Hansen', false]]);
  });

  it('"forhindret" about someone else, with the writer coming instead: a replacement', () => {
    expect(rows('Per Hansen er forhindret, så jeg kommer i stedet.')).toEqual([['Per Hansen', false], ['Kari Nordmann', true]]);
  });

  it('a later "men kommer" wins over "cannot make it"', () => {
    expect(rows('Jeg ble forhindret sist, men kommer denne gangen.')).toEqual(KARI_YES);
    expect(rows('Jeg rekker ikke fristen, men vil gjerne delta.')).toEqual(KARI_YES);
    expect(rows('Eg kjem, men rekk ikkje middagen.')).toEqual(KARI_YES);
    expect(rows('Jeg kommer, men rekker ikke lunsjen.')).toEqual(KARI_YES);
  });

  it('not a cancellation: questions, conditions, quotations, other senses', () => {
    expect(read('Hva skjer om jeg blir forhindret?').rows).toEqual([]);
    expect(read('Kan du ta meg av lista?').rows).toEqual([]);
    expect(read('Hvis jeg blir forhindret, sender jeg en kollega.').rows).toEqual([]);
    expect(read('Om eg ikkje rekk det, gir eg beskjed.').rows).toEqual([]);
    expect(read('I invitasjonen står det «ta meg av lista» om man ikke kan.').rows).toEqual([]);
    expect(read('Jeg kan ta meg av transporten.').rows).toEqual([]);
    expect(rows('Gluten passer ikke for meg, men jeg kommer.')).toEqual(KARI_YES);
    expect(rows('Jeg kommer hvis det er plass.')).toEqual(KARI_YES);
    expect(rows('Dersom det er greit, melder jeg på Per Hansen.')).toEqual([['Per Hansen', true]]);
    expect(read('Skulle jeg bli forhindret, gir jeg beskjed.').rows).toEqual([]);
    expect(rows('Jeg ville gjerne komme.')).toEqual(KARI_YES);
  });
});

describe('sign-ups without a subject, and cleft sentences', () => {
  const signups = [
    'Ønsker å delta.',
    'Takk for invitasjon, ønsker å delta.',
    'Takk for invitasjonen til oppstartssamlingen, vil gjerne delta.',
    'Vil gjerne delta.',
    'Har lyst til å komme.',
    'Hei! Planlegger å delta.',
    'Skal delta.',
    'Ønskjer å delta på samlinga.',
    'Vil gjerne vere med.',
    'Regn med meg!',
    'Would love to attend.',
    'Looking forward to attending.',
    'Det er jeg som kommer.',
    'Det er jeg som representerer Buskerud på samlingen.',
    'Etter avtale med fylket er det jeg som representerer Buskerud, siden kontaktpersonen ikke har anledning.',
    'Det blir eg som kjem frå oss.',
    'I would like to register for the meeting.',
    "I'd like to sign up.",
  ];
  for (const s of signups) it(s, () => expect(rows(s)).toEqual(KARI_YES));

  it('taking over the writer\'s seat is a replacement', () => {
    expect(rows('Per Hansen tar over plassen min.')).toEqual([['Kari Nordmann', false], ['Per Hansen', true]]);
  });

  it('"register" with an object registers the object, not the writer', () => {
    expect(rows('I will register Per Hansen.')).toEqual([['Per Hansen', true]]);
    expect(rows('We would like to register the following:\n- Per Hansen\n- Ola Berg')).toEqual([['Per Hansen', true], ['Ola Berg', true]]);
    expect(read('Jeg skal registrere deltakerne i morgen.').rows).toEqual([]);
  });

  it('a cleft with a name signs up that person', () => {
    expect(rows('Det blir Per Hansen som kommer fra oss.')).toEqual([['Per Hansen', true]]);
  });

  it('not a sign-up: negated, questions, other people, other verbs', () => {
    expect(rows('Ønsker ikke å delta.')).toEqual(KARI_NO);
    expect(read('Vil gjerne vite om det er lunsj.').rows).toEqual([]);
    expect(read('Ønsker å vite hvem som kommer.').rows).toEqual([]);
    expect(read('Det er mange som ønsker å delta.').rows).toEqual([]);
    expect(read('Kan man delta digitalt?').rows).toEqual([]);
    expect(read('Vil komme tilbake til dette.').rows).toEqual([]);
  });
});

describe('a group counting itself: "Vi blir tre"', () => {
  it('names in the clause; the writer is named among them', () => {
    expect(rows('Vi blir tre fra Hordaland: Per Hansen, Ola Berg og Kari Nordmann.')).toEqual([
      ['Per Hansen', true], ['Ola Berg', true], ['Kari Nordmann', true],
    ]);
    expect(rows('Vi er tre som kommer: Per Hansen, Ola Berg og Kari Nordmann.')).toEqual([
      ['Per Hansen', true], ['Ola Berg', true], ['Kari Nordmann', true],
    ]);
    expect(rows('We will be three: Per Hansen, Ola Berg and Kari Nordmann.')).toEqual([
      ['Per Hansen', true], ['Ola Berg', true], ['Kari Nordmann', true],
    ]);
  });

  it('fewer names than the count: the writer is one of the group', () => {
    expect(rows('Vi blir tre: Per Hansen og Ola Berg.')).toEqual([['Kari Nordmann', true], ['Per Hansen', true], ['Ola Berg', true]]);
    // The writer named in the list stands where named (the order of the reply).
    expect(rows('Me blir to: Per Hansen og eg.')).toEqual([['Per Hansen', true], ['Kari Nordmann', true]]);
    expect(rows('There will be two of us: Per Hansen and myself.')).toEqual([['Per Hansen', true], ['Kari Nordmann', true]]);
    expect(rows('Da blir vi tre: Per Hansen, Ola Berg og meg.')).toEqual([['Per Hansen', true], ['Ola Berg', true], ['Kari Nordmann', true]]);
    expect(rows('Vi er tre som gjerne vil komme: Per Hansen (per.hansen@bfk.no), Line Aas og undertegnede.')).toEqual([
      ['Per Hansen', true], ['Line Aas', true], ['Kari Nordmann', true],
    ]);
  });

  it('as many names as the count, in inverted order: just those', () => {
    expect(rows('Fra Hordaland kommer vi to: Per Hansen og Ola Berg.')).toEqual([['Per Hansen', true], ['Ola Berg', true]]);
  });

  it('no names: the writer is one of the group, unless a list follows or the count is a "that" clause', () => {
    expect(rows('Ja takk, vi kommer to stykker.')).toEqual(KARI_YES);
    expect(rows('Jeg kommer. Håper det går greit at vi er to.')).toEqual(KARI_YES);
    expect(read('Håper det går greit at vi er to.').rows).toEqual([]);
  });

  it('the names follow in a list', () => {
    expect(rows('Vi blir to fra oss:\n- Per Hansen\n- Ola Berg')).toEqual([['Per Hansen', true], ['Ola Berg', true]]);
  });

  it('a question registers nobody', () => {
    expect(read('Kan vi bli tre? Per Hansen og Ola Berg vil gjerne.').rows).toEqual([]);
    expect(read('Er det greit at vi blir tre: Per Hansen, Ola Berg og jeg?').rows).toEqual([]);
  });
});

describe('tables and lists of persons', () => {
  it('a heading row with space-aligned columns (empty diet "-")', () => {
    const body = [
      'Her er påmeldingen fra Akershus:',
      '',
      'Navn                   E-post                          Matbehov',
      'Per Hansen             per.hansen@hfk.no               laktosefri',
      'Ola Nordby Strand      ola.strand@hfk.no               -',
      'Sunniva Østby          sunniva.ostby@hfk.no            vegansk',
    ].join('\n');
    expect(read(body).rows).toEqual([
      ['Per Hansen', true, ['lactose']], ['Ola Nordby Strand', true, []], ['Sunniva Østby', true, ['vegan']],
    ]);
  });

  it('pipes (Markdown), tabs, semicolons, first/last name columns, combined and comment columns', () => {
    expect(read('Vi melder på:\n\n| Navn | E-post | Allergier |\n|---|---|---|\n| Per Hansen | per.hansen@hfk.no | nøtter |\n| Ola Berg | ola.berg@hfk.no | |').rows).toEqual([
      ['Per Hansen', true, ['nuts']], ['Ola Berg', true, []],
    ]);
    expect(read('Navn\tE-post\tMatbehov\nPer Hansen\tper.hansen@hfk.no\tglutenfri\nOla Berg\tola.berg@hfk.no\t-').rows).toEqual([
      ['Per Hansen', true, ['gluten']], ['Ola Berg', true, []],
    ]);
    expect(read('Fornavn;Etternavn;E-post;Diett\nPer;Hansen;per.hansen@hfk.no;vegetar\nOla;Berg;ola.berg@hfk.no;').rows).toEqual([
      ['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, []],
    ]);
    expect(read('Navn | E-post | Allergier/matbehov | Kommentar\nPer Hansen | per.hansen@hfk.no | nøtter | \nOla Berg | ola.berg@hfk.no | | vegetar').rows).toEqual([
      ['Per Hansen', true, ['nuts']], ['Ola Berg', true, ['vegetarian']],
    ]);
  });

  it('an HTML table (cells become separated, rows come with blank lines between them)', () => {
    const html = '<html><body><p>Vi melder på:</p><table><tr><td>Navn</td><td>E-post</td><td>Allergier</td></tr>' +
      '<tr><td>Per Hansen</td><td>per.hansen@hfk.no</td><td>nøtter</td></tr><tr><td>Ola Berg</td><td>ola.berg@hfk.no</td><td></td></tr>' +
      '</table><p>Gi beskjed om noe mangler.</p></body></html>';
    expect(read(html).rows).toEqual([['Per Hansen', true, ['nuts']], ['Ola Berg', true, []]]);
  });

  it('a sentence after a blank line ends a table', () => {
    expect(read('Navn  E-post  Matbehov\nPer Hansen  per.hansen@hfk.no  -\n\nGi Beskjed Hvis Noe Mangler.').rows).toEqual([['Per Hansen', true, []]]);
  });

  it('addresses from the table', () => {
    const m = parseEmails('Fra: Kari Nordmann <kari.nordmann@hfk.no>\n\nNavn | E-post\nPer Hansen | Per.Hansen@hfk.no\n', ctx).messages[0];
    expect(m?.attendees.map((a) => [a.name, a.email, a.countyNumber])).toEqual([['Per Hansen', 'per.hansen@hfk.no', '12']]);
  });

  it('"Name, address, diet" lines without bullets, after an introduction or on their own', () => {
    expect(read('Fra oss kommer:\nPer Hansen, per.hansen@hfk.no, vegetar\nOla Berg, ola.berg@hfk.no, ingen').rows).toEqual([
      ['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, []],
    ]);
    expect(read('Hei,\nPer Hansen, per.hansen@hfk.no, vegetar\nOla Berg, ola.berg@hfk.no').rows).toEqual([
      ['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, []],
    ]);
  });

  it('numbered and lettered lists: "1.", "1)", "a)"', () => {
    expect(rows('Påmeldte fra Hordaland:\n1. Per Hansen\n2. Ola Berg')).toEqual([['Per Hansen', true], ['Ola Berg', true]]);
    expect(rows('Disse kommer:\n1) Per Hansen\n2) Ola Berg')).toEqual([['Per Hansen', true], ['Ola Berg', true]]);
    expect(rows('Vi kommer:\na) Per Hansen (per.hansen@hfk.no)\nb) Ola Berg (ola.berg@hfk.no)')).toEqual([['Per Hansen', true], ['Ola Berg', true]]);
  });

  it('a list introduced as withdrawals withdraws its persons', () => {
    expect(rows('Følgende melder seg av:\nPer Hansen, per.hansen@hfk.no\nOla Berg, ola.berg@hfk.no')).toEqual([['Per Hansen', false], ['Ola Berg', false]]);
    expect(rows('Disse må melde avbud:\n- Per Hansen\n- Ola Berg')).toEqual([['Per Hansen', false], ['Ola Berg', false]]);
  });

  it('not a list of participants: an agenda, a question, a contact', () => {
    expect(rows('Jeg kommer.\nProgram:\n1. Velkommen ved Per Hansen\n2. Innlegg ved Ola Berg')).toEqual(KARI_YES);
    expect(rows('Jeg kommer. Lurer på agendaen:\nTid   Tema   Innleder\n10.00   Velkommen   Per Hansen')).toEqual(KARI_YES);
    expect(read('Hvem av disse skal vi sende?\nPer Hansen, per.hansen@hfk.no\nOla Berg, ola.berg@hfk.no').rows).toEqual([]);
    expect(rows('Jeg kommer ikke. Kontakt heller:\nPer Hansen, per.hansen@hfk.no')).toEqual(KARI_NO);
  });

  it('table.ts: heading rows, rows and record lines', () => {
    const t = readTables(['Navn  E-post  Matbehov', 'Per Hansen  per@hfk.no  -', '', 'Per Hansen  per@hfk.no']);
    expect([...t.keys()]).toEqual([0, 1]);
    const row = t.get(1);
    expect(row?.kind).toBe('row');
    expect(rowName(row?.cells ?? [])?.name).toBe('Per Hansen');
    expect(readTables(['Tid  Tema  Innleder', '10.00  Velkommen  Per Hansen']).size).toBe(0);
    expect(readTables(['Navn: Per Hansen']).size).toBe(0);
    expect(isRecordLine('Ola Nordby Strand, ola@afk.no, vegetar')).toBe(true);
    expect(isRecordLine('3. Ola Nordby Strand | vegetar')).toBe(true);
    expect(isRecordLine('Hei, jeg kommer, vegetar')).toBe(false);
    expect(isRecordLine('Per Hansen, som er ny hos oss, kommer. Han er vegetarianer.')).toBe(false);
    expect(isRecordLine('Per Hansen, Ola Berg')).toBe(false);
  });
});

describe('diets go to the person named in their own clause', () => {
  const two = 'Per Hansen og Ola Berg kommer. ';
  it('comma + og between two statements', () => {
    expect(read(`${two}Per spiser halal, og Ola er vegetarianer.`).rows).toEqual([['Per Hansen', true, ['halal']], ['Ola Berg', true, ['vegetarian']]]);
    expect(read(`${two}Per spiser halal og Ola er vegetarianer.`).rows).toEqual([['Per Hansen', true, ['halal']], ['Ola Berg', true, ['vegetarian']]]);
    expect(read('Per Hansen and Ola Berg will attend. Per is vegetarian and Ola is vegan.').rows).toEqual([
      ['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, ['vegan']],
    ]);
  });

  it('first names standing for longer names ("Kjell Inge" for "Kjell Inge Rønning")', () => {
    expect(read('Vi blir tre: Anne Lie, Mohammed Rahimi og Kjell Inge Rønning. Mohammed spiser halal, og Kjell Inge er vegetarianer.').rows).toEqual([
      ['Anne Lie', true, []], ['Mohammed Rahimi', true, ['halal']], ['Kjell Inge Rønning', true, ['vegetarian']],
    ]);
  });

  it('the writer and a colleague in one sentence', () => {
    expect(read('Per Hansen og jeg kommer. Jeg er vegetarianer, Per tåler ikke gluten.').rows).toEqual([
      ['Per Hansen', true, ['gluten']], ['Kari Nordmann', true, ['vegetarian']],
    ]);
    expect(read('Per Hansen kommer sammen med meg, og han er vegetarianer.').rows).toEqual([
      ['Per Hansen', true, ['vegetarian']], ['Kari Nordmann', true, []],
    ]);
  });

  it('parenthesised and "for X" needs', () => {
    expect(read(`${two}Per (vegetar) og Ola (glutenfri).`).rows).toEqual([['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, ['gluten']]]);
    expect(read(`${two}Halal for Per og vegetar for Ola.`).rows).toEqual([['Per Hansen', true, ['halal']], ['Ola Berg', true, ['vegetarian']]]);
  });

  it('a need shared by coordinated persons, "begge", or "… og Ola også"', () => {
    expect(read(`${two}Per og Ola er vegetarianere.`).rows).toEqual([['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, ['vegetarian']]]);
    expect(read(`${two}Begge er vegetarianere.`).rows).toEqual([['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, ['vegetarian']]]);
    expect(read(`${two}Per er vegetarianer, og Ola også.`).rows).toEqual([['Per Hansen', true, ['vegetarian']], ['Ola Berg', true, ['vegetarian']]]);
  });
});
