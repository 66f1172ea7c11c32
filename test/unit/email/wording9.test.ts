import { describe, expect, it } from 'vitest';
import { KARI_YES, replyReader } from './helpers';

/**
 * Rule families generalised from the eleventh and twelfth blind sets (representative inboxes),
 * each with several wordings and the near misses they must not catch. Sender: Kari Nordmann.
 */

const { read, rows, diets } = replyReader();

describe('counted groups and reports of other sign-ups', () => {
  it('"Frå oss vil vi gjerne vere to: underteikna og …"', () => {
    expect(rows('Frå Hordaland fylkeskommune vil vi gjerne vere to: underteikna og Astrid Longva.')).toEqual([['Kari Nordmann', true], ['Astrid Longva', true]]);
  });
  it('"X er allereie påmeld" is a report, not a sign-up', () => {
    expect(rows('Eg veit at Solveig Årdal allereie er påmeld frå oss, men eg vil gjerne vere med eg òg. Eg melder meg difor på.')).toEqual(KARI_YES);
    expect(rows('Per Hansen er allerede påmeldt. Jeg kommer i tillegg.')).toEqual(KARI_YES);
  });
  it('"… tar hennes plass", "I staden for han kjem …"', () => {
    expect(rows('Ida Sønsteby (ida.sonsteby@hfk.no) er sykmeldt og kan ikke delta. Siv Tørud (siv.torud@hfk.no) tar hennes plass.')).toEqual([['Ida Sønsteby', false], ['Siv Tørud', true]]);
    expect(rows('Arve Sætre kan dessverre ikkje kome likevel. I staden for han kjem Kristoffer Vestre (kristoffer.vestre@hfk.no).')).toEqual([['Arve Sætre', false], ['Kristoffer Vestre', true]]);
  });
  it('"det blir likevel kollega X (adresse) som kjem … i staden for meg"', () => {
    expect(rows('Eg melde meg på i går, men det blir likevel kollega Jan Erik Lygre (jan.erik.lygre@hfk.no) som kjem frå Hordaland i staden for meg.')).toEqual([
      ['Kari Nordmann', false], ['Jan Erik Lygre', true],
    ]);
  });
});

describe('conditions and questions', () => {
  it('"Hvis ikke vil jeg gjerne komme" is a sign-up', () => {
    expect(rows('Er det for sent å melde seg på? Hvis ikke vil jeg gjerne komme fra Hordaland fylkeskommune.')).toEqual(KARI_YES);
  });
  it('a wish that waits for an answer about whether they may come at all is no sign-up', () => {
    expect(read('Gjelder invitasjonen også oss i kommunene? Vi er to her som gjerne vil komme dersom det er åpent.').rows).toEqual([]);
  });
  it('a conditional sign-up without such a question still counts', () => {
    expect(rows('Jeg vil gjerne komme, hvis det fortsatt er plass.')).toEqual(KARI_YES);
    expect(rows('Jeg vil gjerne komme dersom det er åpent for flere fra oss.')).toEqual(KARI_YES);
  });
  it('"begynt som rådgiver" is "as", not a relative clause', () => {
    expect(rows('Jeg har nettopp begynt som rådgiver og vil gjerne være med.')).toEqual(KARI_YES);
    expect(rows('Per Hansen, som kommer fra Bergen, blir med.')).toEqual([['Per Hansen', true]]);
  });
  it('"gleder meg" alone is thanks, not a sign-up', () => {
    expect(read('Takk! Gleder meg.').rows).toEqual([]);
    expect(rows('Er med, gleder meg!')).toEqual(KARI_YES);
  });
});

describe('exceptions in diets', () => {
  it('"alle nøtter unntatt peanøtter" vs "spiser alt unntatt fisk"', () => {
    expect(diets('Jeg kommer. Har nøtteallergi (alle nøtter unntatt peanøtter).')).toEqual([['nuts']]);
    expect(diets('Jeg kommer. Jeg spiser alt unntatt fisk.')).toEqual([['fish']]);
    expect(diets('Jeg kommer. Jeg spiser alt bortsett fra skalldyr.')).toEqual([['shellfish']]);
  });
});
