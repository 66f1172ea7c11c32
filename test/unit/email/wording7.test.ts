import { describe, expect, it } from 'vitest';
import { KARI_YES, replyReader } from './helpers';

/**
 * Rule families generalised from the eighth blind set (test/fixtures/email-holdout8: short,
 * sloppy and unusual wording), each with several wordings and the near misses they must not
 * catch. The sender is Kari Nordmann <kari.nordmann@hfk.no>; the Kopi line carries Solveig Rud.
 */

const { read, rows, diets } = replyReader({ kopi: 'Solveig Rud <solveig.rud@hfk.no>', signature: 'Kari' });

describe('a bare yes to the invitation', () => {
  it('signs the writer up', () => {
    for (const s of ['Ja!', 'Jepp.', 'Ja takk!', 'Yes please.', '+1 fra Hordaland 👍', 'Hei! Ja, gjerne.', 'Absolutt!']) expect(rows(s), s).toEqual(KARI_YES);
  });
  it('not a yes to something else, and a later no wins', () => {
    expect(read('Ja, vi har fått invitasjonen, og kommer tilbake med navn.').rows).toEqual([]);
    expect(rows('Ja!\n\nBeklager, jeg må dessverre melde avbud likevel.')).toEqual([['Kari Nordmann', false]]);
  });
});

describe('"sees i Oslo", "gleder meg"', () => {
  it('is coming', () => {
    expect(rows('Flott, sees i Oslo! Ingen matallergier her.')).toEqual(KARI_YES);
    expect(rows('Er med, gleder meg 😊')).toEqual(KARI_YES);
    expect(rows('Great, see you in Oslo!')).toEqual(KARI_YES);
  });
});

describe('typed without æøå', () => {
  it('"pa", "kjott", "notter"', () => {
    expect(rows('Hei, vil gjerne melde meg pa samlingen fra Ostfold fylkeskommune.')).toEqual(KARI_YES);
    expect(diets('Meld meg pa. Spiser ikke svinekjott.')).toEqual([['pork']]);
    expect(diets('Meld meg pa. Allergisk mot notter.')).toEqual([['nuts']]);
  });
  it('not the word "pa" in English', () => {
    expect(read('PA system needed?').rows).toEqual([]);
  });
});

describe('misspelt diets', () => {
  it('one typo (two in long words) away', () => {
    expect(diets('Deltar gjerne. Er vegitarianer.')).toEqual([['vegetarian']]);
    expect(diets('Påmeldning: meg. Har glutenallegi og laktoseintolerangse.')).toEqual([['gluten', 'lactose']]);
    expect(diets('JEG KOMMER. NØTTEALLERGIE.')).toEqual([['nuts']]);
    expect(diets('Jeg kommer. Jeg er veganar.')).toEqual([['vegan']]);
  });
  it('not words that merely look alike', () => {
    expect(diets('Jeg kommer. Vi jobber med vegetasjon og veganlegg.')).toEqual([[]]);
    expect(diets('Jeg kommer. Det blir glutenfest.')).toEqual([[]]);
  });
});

describe('a colleague named by first name with the full name in the Kopi line', () => {
  it('is the person in copy, with her address', () => {
    expect(read('Solveig blir med frå oss. Ho et ikkje skalldyr.').rows).toEqual([['Solveig Rud', true, ['shellfish']]]);
    expect(read('Solveig blir med frå oss.').emails).toEqual(['solveig.rud@hfk.no']);
    expect(rows('Ja takk, vi kommer (Solveig).')).toEqual([['Solveig Rud', true]]);
    expect(rows('Eg kjem ikkje, men Solveig tek turen i staden.')).toEqual([['Kari Nordmann', false], ['Solveig Rud', true]]);
  });
  it('not a first name shared by two in copy', () => {
    const names = read('Solveig blir med frå oss.', 'Solveig Rud <solveig.rud@hfk.no>; Solveig Berg <solveig.berg@hfk.no>').rows.map((r) => r[0]);
    expect(names).not.toContain('Solveig Rud');
    expect(names).not.toContain('Solveig Berg');
  });
});

describe('the writer\'s own line with what she eats', () => {
  it('is a sign-up', () => {
    expect(read('Kari Nordmann, vegetar').rows).toEqual([['Kari Nordmann', true, ['vegetarian']]]);
  });
  it('not a signature line without food', () => {
    expect(read('Takk for invitasjonen.\n\nKari Nordmann, rådgiver').rows).toEqual([]);
  });
});

describe('a name written in lower case before its address', () => {
  it('is the name, capitalised', () => {
    expect(read('hei, meld på per arne lie (per.arne.lie@hfk.no) fra oss. han er vegetarianer').rows).toEqual([['Per Arne Lie', true, ['vegetarian']]]);
    expect(rows('Vi melder på ola nordmann-berg <ola.nordmann-berg@hfk.no>.')).toEqual([['Ola Nordmann-Berg', true]]);
  });
  it('not initials, and not words that do not spell the address', () => {
    expect(read('meld på kmh@hfk.no. Hun er veganer.').rows).toEqual([[null, true, ['vegan']]]);
    expect(rows('meld på vår nye rådgiver (per.arne.lie@hfk.no).')).toEqual([[null, true]]);
  });
});

describe('"ikke noe X (til NAME) takk", "mjølk (laktose)"', () => {
  it('a refused food', () => {
    expect(read('Vi blir to: meg og Rune Hauge. Jeg spiser alt, men ikke noe fisk til Rune takk.').rows).toEqual([
      ['Kari Nordmann', true, []], ['Rune Hauge', true, ['fish']],
    ]);
    expect(diets('Jeg kommer. Jeg spiser ikke noe kjøtt.')).toEqual([['vegetarian']]);
    expect(diets('Jeg kommer. Jeg har ikke noen allergier.')).toEqual([[]]);
  });
  it('a word in brackets says which of a family is meant', () => {
    expect(diets('Eg kjem. Tåler ikkje mjølk (laktose), elles går alt fint.')).toEqual([['lactose']]);
    expect(diets('Jeg kommer. Allergisk mot sjømat (reker).')).toEqual([['shellfish']]);
    expect(diets('Jeg kommer. Mjølkeallergi (ikkje laktose).')).toEqual([['milk']]);
  });
});
