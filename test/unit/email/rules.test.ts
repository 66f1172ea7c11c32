import { describe, expect, it } from 'vitest';
import { defaultParseContext, DIET_CODES, DIET_LABELS_NB, parseEmails } from '../../../main/core/email';
import { CountyResolver } from '../../../main/core/email/county';
import { findDate, isDateLine } from '../../../main/core/email/dates';
import { analyseDiets } from '../../../main/core/email/diets';
import { displayName, parseAddress, parseAddressList, splitLines, detectWrote, detectLabelBlock } from '../../../main/core/email/headers';
import { normalise } from '../../../main/core/email/normalise';
import { findNames, parseSignature } from '../../../main/core/email/people';
import { splitMessages } from '../../../main/core/email/split';

const ctx = defaultParseContext();

describe('dates', () => {
  const cases: Array<[string, string]> = [
    ['mandag 31. august 2015 09:12', '2015-08-31T09:12:00'],
    ['02.09.2015 14:31:08', '2015-09-02T14:31:08'],
    ['Monday, August 31, 2015 2:05 PM', '2015-08-31T14:05:00'],
    ['Tuesday, September 1, 2015 12:10 AM', '2015-09-01T00:10:00'],
    ['fre. 28. aug. 2015 kl. 10:44', '2015-08-28T10:44:00'],
    ['1. september 2015 kl. 08.40', '2015-09-01T08:40:00'],
    ['tysdag 1. september 2015 14:20', '2015-09-01T14:20:00'],
    ['Tue, Sep 1, 2015 at 10:15 AM', '2015-09-01T10:15:00'],
    ['Mon, 31 Aug 2015 09:12:00 +0200', '2015-08-31T09:12:00'],
    ['Mon, 31 Aug 2015 07:12:00 +0000', '2015-08-31T09:12:00'],
    ['2015-09-02 17:45', '2015-09-02T17:45:00'],
    ['2015-09-02T17:45:12', '2015-09-02T17:45:12'],
    ['31/08/2015 15:22', '2015-08-31T15:22:00'],
    ['08/31/2015 3:22 PM', '2015-08-31T15:22:00'],
    ['7. sep. 2015', '2015-09-07T00:00:00'],
  ];
  for (const [s, iso] of cases) it(s, () => expect(findDate(s)?.iso).toBe(iso));
  it('rejects non-dates', () => {
    expect(findDate('tlf. 55 23 81 47')).toBeNull();
    expect(findDate('31.02.2015 10:00')).toBeNull();
  });
  it('recognises a date line (Gmail layout)', () => {
    expect(isDateLine('2. sep. 2015, 08:15 (for 10 år siden)')).toBe(true);
    expect(isDateLine('Jeg kommer 2. september 2015')).toBe(false);
  });
});

describe('addresses and header blocks', () => {
  it('Name <email>', () => expect(parseAddress('Kari Nordmann <Kari.Nordmann@HFK.no>', 0)).toMatchObject({ name: 'Kari Nordmann', email: 'kari.nordmann@hfk.no' }));
  it('Last, First [mailto:]', () => expect(parseAddress('Sandvik, Tor Erik [mailto:tor.erik.sandvik@rogfk.no] ', 0)).toMatchObject({ name: 'Tor Erik Sandvik', email: 'tor.erik.sandvik@rogfk.no' }));
  it('Name (email)', () => expect(parseAddress('Therese Hågensen (therese.hagensen@tromsfylke.no)', 0)).toMatchObject({ name: 'Therese Hågensen', email: 'therese.hagensen@tromsfylke.no' }));
  it('bare address', () => expect(parseAddress('postmottak@vaf.no', 0)).toMatchObject({ name: null, email: 'postmottak@vaf.no' }));
  it('quoted display name', () => expect(parseAddress('"Nordmann, Kari" <kari@hfk.no>', 0)).toMatchObject({ name: 'Kari Nordmann' }));
  it('Last, First without address', () => expect(displayName('Ødegård, Bjørn')).toBe('Bjørn Ødegård'));
  it('address lists: ; and Gmail commas, Last, First kept', () => {
    expect(parseAddressList('Lie-Olsen, Hanne', 0).map((a) => a.name)).toEqual(['Hanne Lie-Olsen']);
    expect(parseAddressList('Kari <k@x.no>, Per <p@x.no>', 0).map((a) => a.email)).toEqual(['k@x.no', 'p@x.no']);
    expect(parseAddressList('Brox, Aina Sofie; Vik, Maren', 0).map((a) => a.name)).toEqual(['Aina Sofie Brox', 'Maren Vik']);
  });
  it('label block in Thunderbird order, bold artefacts', () => {
    const l = splitLines('*Emne:* Re: x\n*Dato:* 1.9.2015 10:00\n*Fra:* Kari <k@hfk.no>\n*Til:* Aina\n\nbody');
    const h = detectLabelBlock(l, 0);
    expect(h?.from?.email).toBe('k@hfk.no');
    expect(h?.sentAt).toBe('2015-09-01T10:00:00');
    expect(h?.nextLine).toBe(4);
  });
  it('a form line "Fra: Hordaland fylkeskommune" alone is no header', () => {
    expect(detectLabelBlock(splitLines('Fra: Hordaland fylkeskommune\nJeg kommer.'), 0)).toBeNull();
  });
  it('wrote lines', () => {
    const a = detectWrote(splitLines('Den 01.09.2015 kl. 10:15, skrev Kari Nordmann:'), 0);
    expect(a?.from?.name).toBe('Kari Nordmann');
    expect(a?.sentAt).toBe('2015-09-01T10:15:00');
    const b = detectWrote(splitLines('On Tue, Sep 1, 2015 at 10:15 AM, Aina Sofie Brox <\naina-sofie.brox@kdu.no> wrote:'), 0);
    expect(b?.from?.email).toBe('aina-sofie.brox@kdu.no');
    expect(detectWrote(splitLines('Som Kari skrev:'), 0)).toBeNull();
  });
});

describe('names and signatures', () => {
  it('multi-word names with particles and hyphens; not places or greetings', () => {
    const hits = findNames('Hei Kari Nordmann! Vi melder på Anne-Lise van der Berg og Jon Are Isaksen fra Vest-Telemark Næringsråd.');
    expect(hits.map((h) => [h.name, h.greeting])).toEqual([
      ['Kari Nordmann', true], ['Anne-Lise van der Berg', false], ['Jon Are Isaksen', false],
    ]);
  });
  it('signature: name, title, phone', () => {
    const s = parseSignature('Med vennlig hilsen\n\nIngrid Haugland\nRådgiver, Regionalavdelinga\nHordaland fylkeskommune\nTlf. 55 23 81 47', 0);
    expect(s).toMatchObject({ name: 'Ingrid Haugland', title: 'Rådgiver', phone: '55 23 81 47' });
  });
  it('functional names are not persons', () => {
    expect(parseSignature('Med hilsen\nPostmottak\nVest-Agder fylkeskommune', 0).name).toBeNull();
  });
});

describe('diets', () => {
  const cases: Array<[string, string[]]> = [
    ['Jeg har ingen allergier.', []],
    ['Selv spiser jeg alt.', []],
    ['Jeg er ikke vegetarianer.', []],
    ['Jeg har nøtteallergi, men peanøtter går fint.', ['nuts']],
    ['Jeg tåler ikke skalldyr.', ['shellfish']],
    ['Laktoseintoleranse.', ['lactose']],
    ['Jeg har cøliaki.', ['gluten']],
    ['Glutenallergi', ['gluten']],
    ['Allergisk mot fisk og reker.', ['fish', 'shellfish']],
    ['Jeg ønsker vegetarkost.', ['vegetarian']],
    ['Gluten free please, and no pork.', ['gluten', 'pork']],
    ['I have no nut allergy.', []],
    ["I don't eat fish.", ['fish']],
    ['Eg et ikkje gluten, og eg toler heller ikkje laktose.', ['gluten', 'lactose']],
    ['Jeg har melkeallergi (altså melkeprotein, ikke laktose).', ['milk']],
    ['Jeg spiser ikke fisk, ellers går alt fint.', ['fish']],
    ['Jeg spiser fisk, men ikke skalldyr.', ['shellfish']],
    ['Jeg er vegetarianer, men spiser fisk.', ['vegetarian']],
    ['Jeg spiser ikke kjøtt.', ['vegetarian']],
    ['Jeg spiser kjøtt.', []],
    ['Jeg spiser bare halal.', ['halal']],
    ['Ingen nøtter, takk.', ['nuts']],
    ['Sulfitt-allergi og sennep.', ['sulphites', 'mustard']],
    ['Allergisk mot egg og sesamfrø.', ['egg', 'sesame']],
    ['Han har nøtteallergi og er laktoseintolerant.', ['nuts', 'lactose']],
    ['Spiser ikke svinekjøtt, ellers ingen hensyn.', ['pork']],
    ['Jeg spiser hverken fisk eller skalldyr.', ['fish', 'shellfish']],
  ];
  for (const [s, codes] of cases) it(s, () => expect(new Set(analyseDiets(s).codes)).toEqual(new Set(codes)));
  it('form values: "Diett: ikke svinekjøtt" is a need', () => expect(analyseDiets('ikke svinekjøtt', true).codes).toEqual(['pork']));
  it('labels and codes', () => {
    expect(DIET_CODES.length).toBe(19);
    for (const c of DIET_CODES) expect(DIET_LABELS_NB[c]).toBeTruthy();
    expect(DIET_LABELS_NB.gluten).toBe('Glutenfri (cøliaki)');
  });
});

describe('county lookup', () => {
  const r = new CountyResolver(ctx);
  it('domains incl. subdomains and municipal domains', () => {
    expect(r.fromEmail('x@post.hfk.no')?.countyNumber).toBe('12');
    expect(r.fromEmail('x@bergen.kommune.no')?.countyNumber).toBe('12');
    expect(r.fromEmail('x@bym.oslo.kommune.no')?.countyNumber).toBe('03');
    expect(r.fromEmail('x@tromso.kommune.no')?.countyNumber).toBe('19');
    expect(r.fromEmail('x@baerum.kommune.no')?.countyNumber).toBe('02');
    expect(r.fromEmail('x@gmail.com')).toBeNull();
    expect(r.fromEmail('x@os.kommune.no')).toBeNull(); // Os exists in two counties
  });
  it('organisations in text', () => {
    const n = (s: string): string[] => r.findInText(s).map((h) => h.countyNumber);
    expect(n('Buskerud fylkeskommune')).toContain('06');
    expect(n('fylkeskommunen i Troms')).toContain('19');
    expect(n('Sogn og Fjordane fylkeskommune')).toContain('14');
    expect(n('Stavanger kommune')).toContain('11');
    expect(n('Postmottak VFK')).toContain('07');
    expect(n('jeg kommer fra Telemark')).toContain('08');
    expect(n('reise til Oslo')).toEqual([]);
  });
});

describe('normalisation', () => {
  it('maps spans back to the original', () => {
    const orig = 'a\r\nb\u00a0c\u200bd x@y.no<mailto:x@y.no> [cid:img.png@01]e';
    const n = normalise(orig);
    expect(n.text).toBe('a\nb cd x@y.no e');
    const i = n.text.indexOf('x@y.no');
    const sp = n.toOriginal(i, i + 6);
    expect(orig.slice(sp.start, sp.end)).toBe('x@y.no');
    const d = n.text.indexOf('d');
    expect(orig.slice(n.toOriginal(d, d + 1).start, n.toOriginal(d, d + 1).end)).toBe('d');
  });
  it('reads HTML source', () => {
    const n = normalise('<html><body><p>Fra: Kari &lt;k@hfk.no&gt;</p><div>Jeg kommer&nbsp;gjerne.<br>Kari</div></body></html>');
    expect(n.text).toContain('Fra: Kari <k@hfk.no>');
    expect(n.text).toContain('Jeg kommer gjerne.\nKari');
  });
});

describe('splitting and quotes', () => {
  const org = { isOrganiser: (a: { email: string | null; name: string | null } | null) => !!a && (a.email?.endsWith('@kdu.no') === true || a.name === 'Aina Sofie Brox') };
  it('organiser header after a reply is a quote; a later reply is a new message', () => {
    const t = 'Fra: Kari <k@hfk.no>\nSendt: 1. september 2015 10:00\nTil: Aina Sofie Brox\nEmne: SV: x\n\nJeg kommer.\n\nFra: Aina Sofie Brox\nSendt: 28. august 2015 10:44\nTil: Aina Sofie Brox\nEmne: x\n\nInvitasjon.\n\nFra: Per <p@vfk.no>\nSendt: 2. september 2015 10:00\nTil: Aina Sofie Brox\nEmne: SV: x\n\nJeg kommer også.';
    const m = splitMessages(t, org);
    expect(m.length).toBe(2);
    expect(m[0]?.quoted.length).toBe(1);
  });
  it('an older message from the same sender is a quote', () => {
    const t = 'Fra: Kari <k@hfk.no>\nSendt: 10. september 2015 10:00\nTil: Aina\nEmne: SV: x\n\nAvbud.\n\nFra: Kari <k@hfk.no>\nSendt: 1. september 2015 10:00\nTil: Aina\nEmne: SV: x\n\nJeg kommer.';
    expect(splitMessages(t, org).length).toBe(1);
  });
  it('> lines and bottom posting', () => {
    const t = 'Den 28.08.2015 10:44, skrev Aina Sofie Brox:\n> Invitasjon\n> glutenfri\n\nJeg kommer! Vegetar.\nKari Nordmann\nkari.nordmann@hfk.no';
    const r = parseEmails(t, ctx);
    expect(r.messages[0]?.attendees[0]).toMatchObject({ name: 'Kari Nordmann', diets: ['vegetarian'], countyNumber: '12' });
    expect(r.messages[0]?.sentAt).toBeNull();
  });
});

describe('warnings', () => {
  it('empty paste', () => expect(parseEmails('  \n ', ctx).warnings[0]?.code).toBe('empty'));
  it('binary garbage', () => {
    const bin = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7) % 32));
    const r = parseEmails(bin, ctx);
    expect(r.messages).toEqual([]);
    expect(r.warnings[0]?.message).toMatch(/^Teksten ser ikke ut som e-post/);
  });
  it('random text', () => expect(parseEmails('asdf qwer zxcv', ctx).warnings[0]?.code).toBe('not-email'));
  it('unknown county, missing e-mail, missing date', () => {
    const r = parseEmails('Hei! Jeg kommer gjerne. Vegetar.\n\nHilsen\nKari Nordmann', ctx);
    const codes = r.messages[0]?.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['missing-date', 'unknown-county', 'missing-email']));
    expect(r.messages[0]?.warnings.find((w) => w.code === 'unknown-county')?.message).toBe('Fant ikke fylke for Kari Nordmann.');
  });
  it('organiser-only paste lists nothing', () => {
    const r = parseEmails('Fra: Aina Sofie Brox <aina-sofie.brox@kdu.no>\nSendt: 28. august 2015 10:44\nTil: Aina\nEmne: x\n\nJeg kommer, glutenfri.', ctx);
    expect(r.messages).toEqual([]);
  });
});

describe('message kinds', () => {
  const kind = (body: string, subject = 'SV: Invitasjon'): string =>
    parseEmails(`Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 1. september 2015 10:00\nTil: Aina Sofie Brox\nEmne: ${subject}\n\n${body}`, ctx).messages[0]?.kind ?? 'none';
  it('signup', () => expect(kind('Jeg melder meg på.')).toBe('signup'));
  it('cancellation', () => expect(kind('Jeg må dessverre melde avbud.')).toBe('cancellation'));
  it('replacement', () => expect(kind('Jeg kan ikke komme, men Per Hansen kommer i stedet.')).toBe('replacement'));
  it('question', () => expect(kind('Er det mulig å melde på to?')).toBe('question'));
  it('question is not a sign-up', () => expect(kind('Kan vi sende to?')).toBe('question'));
  it('request counts', () => expect(kind('Kan du melde meg på?')).toBe('signup'));
  it('out-of-office by subject', () => expect(kind('Jeg er tilbake 10. september.', 'Automatisk svar: Invitasjon')).toBe('out-of-office'));
  it('out-of-office by body', () => expect(kind('Jeg er fraværende til og med 7. september.')).toBe('out-of-office'));
  it('uncertain is not a sign-up', () => expect(kind('Vi vet ikke ennå hvem som kommer fra oss.')).toBe('other'));
});
