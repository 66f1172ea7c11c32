import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';
import { KARI_YES, replyReader } from './helpers';

/**
 * Rule families generalised from the fifth blind set (test/fixtures/email-holdout5: the
 * organiser's inbox — long replies, people named in passing, collisions, web mail layouts),
 * each with several wordings and the near misses they must not catch. The sender is Kari
 * Nordmann <kari.nordmann@hfk.no> unless a test builds its own paste.
 */

const ctx = defaultParseContext();
const { read, rows } = replyReader();

describe('a person named in passing after a list or a wish is not on the list', () => {
  it('a sentence after the list ends it', () => {
    expect(rows('Påmelding fra Hordaland fylkeskommune:\n\n- Navn: Kari Nordmann\n- Mat: vegansk\n\nPer Hansen har svart for Hordaland tidligere. Vi har avklart internt at jeg kommer i tillegg.')).toEqual(KARI_YES);
  });
  it('a wish without a colon announces no list', () => {
    expect(rows('Jeg ser at fristen gikk ut, men håper det fortsatt er mulig å melde seg på. Per Hansen har svart for oss tidligere, men jeg vil gjerne komme i tillegg.')).toEqual(KARI_YES);
  });
  it('a question in a bullet names nobody to sign up', () => {
    expect(rows('Jeg melder meg på.\n\nJeg lurer også på:\n– Dekker dere reisen?\n– Kan jeg komme i samme gruppe som Per Hansen (Namdalen)?')).toEqual(KARI_YES);
  });
  it('a colon list is still read', () => {
    expect(rows('Vi melder på følgende:\n\n- Per Hansen\n- Line Aas')).toEqual([['Per Hansen', true], ['Line Aas', true]]);
    expect(rows('Vi melder på\n- Per Hansen\n- Line Aas')).toEqual([['Per Hansen', true], ['Line Aas', true]]);
    expect(rows('Fra oss kommer disse:\nPer Hansen og Line Aas.')).toEqual([['Per Hansen', true], ['Line Aas', true]]);
  });
});

describe('"melde meg på" signs up the writer, not other names of the clause', () => {
  it('a colleague who signed up on her own stays out', () => {
    expect(rows('Per Hansen har meldt seg på fra oss, og han har bedt meg melde meg på i tillegg.')).toEqual(KARI_YES);
    expect(rows('Line Aas i byrådsavdelingen har meldt seg på fra Oslo kommune, og hun har bedt meg melde meg på i tillegg fra etaten.')).toEqual(KARI_YES);
  });
  it('names inside the phrase or joined with "jeg" are signed up', () => {
    expect(rows('Jeg melder meg og Per Hansen på.')).toEqual([['Kari Nordmann', true], ['Per Hansen', true]]);
    expect(rows('Per Hansen og jeg melder oss på.')).toEqual([['Per Hansen', true], ['Kari Nordmann', true]]);
  });
});

describe('sending a person ("vi sender Per Hansen")', () => {
  it('signs the person up', () => {
    expect(rows('Vi sender Per Hansen.')).toEqual([['Per Hansen', true]]);
    expect(rows('Jeg har dessverre ikke anledning selv, men vi sender Per Hansen (per.hansen@hfk.no) i stedet.')).toEqual([['Kari Nordmann', false], ['Per Hansen', true]]);
    expect(rows('Me sender Per Hansen.')).toEqual([['Per Hansen', true]]);
  });
  it('not sending a thing', () => {
    expect(rows('Jeg sender deg programmet senere. Jeg kommer.')).toEqual(KARI_YES);
    expect(read('Vi sender Distriktssenteret en oversikt over regionene.').rows).toEqual([]);
  });
});

describe('"ta samlinga", "ta turen" is coming', () => {
  it('in nynorsk and bokmål', () => {
    expect(rows('Eg kan gjerne ta oppstartssamlinga i Oslo 24.9.')).toEqual(KARI_YES);
    expect(rows('Jeg tar turen!')).toEqual(KARI_YES);
    expect(rows('I can take the meeting.')).toEqual(KARI_YES);
  });
  it('not "ta kontakt"', () => {
    expect(read('Vi tar kontakt senere.').rows).toEqual([]);
  });
});

describe('withdrawing a named person\'s sign-up, and who comes instead', () => {
  it('"trekker X sin påmelding, og Y stiller"', () => {
    expect(rows('Siden dere ønsker én per fylke, trekker Per Hansen sin påmelding, og Line Aas stiller for Hordaland.')).toEqual([['Per Hansen', false], ['Line Aas', true]]);
    expect(rows('Per Hansen trekker sin påmelding.')).toEqual([['Per Hansen', false]]);
  });
  it('a list with a comma before "og" stays one clause', () => {
    expect(rows('Vi melder på Per Hansen, Line Aas, og Ola Berg.')).toEqual([['Per Hansen', true], ['Line Aas', true], ['Ola Berg', true]]);
  });
});

describe('a sign-up confirmed later ("påmeldingen står ved lag")', () => {
  it('keeps the writer signed up', () => {
    expect(rows('Glemte å nevne i går: jeg er allergisk mot skalldyr. Påmeldingen står ellers ved lag.')).toEqual(KARI_YES);
    expect(read('Glemte å nevne i går: jeg er allergisk mot skalldyr. Påmeldingen står ellers ved lag.').rows[0]?.[2]).toEqual(['shellfish']);
    expect(rows('My registration still stands.')).toEqual(KARI_YES);
  });
});

describe('more ways to say coeliac', () => {
  it('cøliaker, cøliakar', () => {
    expect(read('Jeg kommer. Jeg er cøliaker og har i tillegg melkeproteinallergi.').rows[0]?.[2]).toEqual(['gluten', 'milk']);
    expect(read('Eg kjem. Eg er cøliakar.').rows[0]?.[2]).toEqual(['gluten']);
  });
});

describe('web mail and print layouts with the subject above the header', () => {
  it('Outlook Web: subject, sender, "fr 04.09.2015 13:41", Til/Kopi lines', () => {
    const text =
      'SV: Invitasjon oppstartssamling\nGrete Nymoen <grete.nymoen@t-fk.no>\nfr 04.09.2015 13:41\nTil: Aina Sofie Brox;\nKopi: Per Kristian Vaa;\n\n' +
      'Hei,\n\nJeg melder meg på for Telemark fylkeskommune. Per Kristian Vaa (kopi) er min leder.\n\nHilsen Grete\n';
    const r = parseEmails(text, ctx);
    expect(r.messages).toHaveLength(1);
    const m = r.messages[0];
    expect(m?.sentAt).toBe('2015-09-04T13:41:00');
    expect(m?.subject).toBe('SV: Invitasjon oppstartssamling');
    expect(m?.attendees.map((a) => [a.name, a.email, a.attending])).toEqual([['Grete Nymoen', 'grete.nymoen@t-fk.no', true]]);
  });
  it('Gmail print view: subject, "1 message", sender and date on one line', () => {
    const text =
      'Re: Invitasjon oppstartssamling\n1 message\n\nSunniva Eliassen <sunniva.eliassen@tromsfylke.no>\tMon, Sep 7, 2015 at 11:48 PM\n' +
      'To: Aina Sofie Brox <aina-sofie.brox@kdu.no>\n\nHei!\n\nJeg melder meg på fra Troms fylkeskommune.\n\nSunniva Eliassen\n[Quoted text hidden]\n';
    const r = parseEmails(text, ctx);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]?.sentAt).toBe('2015-09-07T23:48:00');
    expect(r.messages[0]?.attendees.map((a) => [a.name, a.countyNumber, a.attending])).toEqual([['Sunniva Eliassen', '19', true]]);
  });
  it('Outlook Web print view: "Name [address]" and a labelled "Sendt:" line', () => {
    const text =
      'SV: Invitasjon oppstartssamling\nKjersti Eftestøl [kjersti.eftestol@vaf.no]\nSendt: 4. september 2015 13:22\nTil: Aina Sofie Brox\n\n' +
      'Hei!\n\nVest-Agder fylkeskommune melder på meg til samlingen.\n\nKjersti Eftestøl\n';
    const r = parseEmails(text, ctx);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]?.sentAt).toBe('2015-09-04T13:22:00');
    expect(r.messages[0]?.from).toMatchObject({ name: 'Kjersti Eftestøl', email: 'kjersti.eftestol@vaf.no' });
    expect(r.messages[0]?.attendees.map((a) => [a.name, a.countyNumber, a.attending])).toEqual([['Kjersti Eftestøl', '10', true]]);
  });
  it('a reply that merely starts with "SV:" in its text is still read', () => {
    const r = parseEmails('SV: jeg kommer gjerne!\n\nHilsen Kari Nordmann\nkari.nordmann@hfk.no\n', ctx);
    expect(r.messages[0]?.attendees.map((a) => [a.name, a.attending])).toEqual(KARI_YES);
  });
});
