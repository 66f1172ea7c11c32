import { describe, expect, it } from 'vitest';
import { replyReader } from './helpers';

/**
 * Rule families generalised from the third blind set (test/fixtures/email-holdout3), each with
 * several wordings and the near misses they must not catch. The sender is always Kari Nordmann
 * <kari.nordmann@hfk.no>; the Kopi line carries Even Strøm.
 */

const { read, rows, diets } = replyReader({ kopi: 'Even Strøm <even.strom@hfk.no>' });

describe('"no one else can be found" is not the writer cancelling', () => {
  it('reads the colleague who cannot come, and not the writer', () => {
    expect(rows('Hanne Brekke er dessverre blitt syk og kan ikke komme. Vi rekker ikke å finne noen andre på så kort varsel.')).toEqual([['Hanne Brekke', false]]);
    expect(rows('Per Hansen kan ikkje kome. Vi klarer ikkje å finne nokon annan no.')).toEqual([['Per Hansen', false]]);
    expect(read('Vi rekker ikke å finne noen andre på så kort varsel.').rows).toEqual([]);
  });
  it('still reads the writer who cannot make it', () => {
    expect(rows('Jeg rekker dessverre ikke samlingen.')).toEqual([['Kari Nordmann', false]]);
    expect(rows('Eg rekk ikkje samlinga likevel.')).toEqual([['Kari Nordmann', false]]);
  });
});

describe('the writer named in a list stands where named', () => {
  it('keeps the order of the reply', () => {
    expect(rows('Vi er tre som gjerne vil komme fra Hordaland: Per Hansen (per.hansen@hfk.no), Line Aas og undertegnede.')).toEqual([
      ['Per Hansen', true], ['Line Aas', true], ['Kari Nordmann', true],
    ]);
    expect(rows('Vi blir to: Per Hansen og meg.')).toEqual([['Per Hansen', true], ['Kari Nordmann', true]]);
    expect(rows('Jeg og Per Hansen kommer.')).toEqual([['Kari Nordmann', true], ['Per Hansen', true]]);
  });
  it('puts an unnamed writer of a counted group first', () => {
    expect(rows('Vi blir tre: Per Hansen og Line Aas.')).toEqual([['Kari Nordmann', true], ['Per Hansen', true], ['Line Aas', true]]);
  });
});

describe('"represented by" signs the person up', () => {
  it('in bokmål, nynorsk and English', () => {
    for (const s of [
      'Hordaland fylkeskommune blir representert ved Per Hansen.',
      'Vi blir representert av Per Hansen, som følger opp byregionene hos oss.',
      'Fylkeskommunen representeres ved Per Hansen.',
      'Hordaland fylkeskommune vert representert ved Per Hansen.',
      'Hordaland County Council will be represented by Per Hansen.',
    ]) {
      expect(rows(s), s).toEqual([['Per Hansen', true]]);
    }
  });
  it('takes the address from the Kopi line', () => {
    expect(read('Vi blir representert ved Even Strøm. Han står i kopi. Even er vegetarianer.').rows).toEqual([['Even Strøm', true, ['vegetarian']]]);
  });
  it('not past representation', () => {
    expect(read('I fase 1 var vi representert ved Per Hansen.').rows).toEqual([]);
    expect(read('We were represented by Per Hansen in phase 1.').rows).toEqual([]);
  });
});

describe('an organisation is not a person', () => {
  it('on behalf of the county authority', () => {
    expect(rows('I would like to attend the meeting on behalf of Sør-Trøndelag County Authority.')).toEqual([['Kari Nordmann', true]]);
    expect(rows('I will attend on behalf of Troms County Council.')).toEqual([['Kari Nordmann', true]]);
    expect(rows('I will attend on behalf of the Regional Development Department.')).toEqual([['Kari Nordmann', true]]);
  });
});

describe('a diet corrected away: "ikke X, men Y"', () => {
  it('drops X even where it was named before', () => {
    expect(diets('Jeg melder meg på fra Hordaland. Jeg sto registrert som laktoseintolerant i fase 1, men det var feil – ikke laktose, men gluten.')).toEqual([['gluten']]);
    expect(diets('Jeg melder meg på. Dere har meg som laktoseintolerant. Det er ikke laktose, men gluten.')).toEqual([['gluten']]);
    expect(diets('Jeg kommer. Ikke vegetar, men veganer.')).toEqual([['vegan']]);
    expect(diets('I will attend. Not vegetarian but vegan.')).toEqual([['vegan']]);
  });
  it('keeps both when nothing is corrected', () => {
    expect(diets('Jeg kommer. Jeg er laktoseintolerant, og jeg tåler ikke gluten.')).toEqual([['gluten', 'lactose']]);
    expect(diets('Jeg kommer. Jeg er laktoseintolerant og har cøliaki.')).toEqual([['gluten', 'lactose']]);
    expect(diets('Jeg kommer. Jeg er vegetarianer, men ikke veganer.')).toEqual([['vegetarian']]);
    // "tåler ikke X" names an allergy: nothing is corrected away.
    expect(diets('Jeg melder meg på. Jeg tåler ikke skalldyr, men peanøtter går fint.')).toEqual([['shellfish']]);
    expect(diets('I will attend. I cannot eat shellfish, but nuts are fine.')).toEqual([['shellfish']]);
  });
});

describe('food spoken of in general is nobody\'s diet', () => {
  it('ignores a general statement', () => {
    expect(diets('Jeg kommer gjerne. Jeg er allergisk mot soya og lupin. Lupinmel er ofte brukt i glutenfrie bakevarer, så sjekk gjerne med kjøkkenet.')).toEqual([['lupin', 'soy']]);
    expect(diets('Jeg kommer. Jeg har nøtteallergi. Pesto inneholder vanligvis nøtter og parmesan.')).toEqual([['nuts']]);
    expect(diets('I will attend. I am allergic to sesame. Hummus usually contains sesame, so please check.')).toEqual([['sesame']]);
  });
  it('still reads a bare wish or a person\'s own habit', () => {
    expect(diets('Jeg kommer. Glutenfri, takk.')).toEqual([['gluten']]);
    expect(diets('Jeg kommer. Jeg spiser vanligvis glutenfritt.')).toEqual([['gluten']]);
  });
});
