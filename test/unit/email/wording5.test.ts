import { describe, expect, it } from 'vitest';
import { replyReader } from './helpers';

/**
 * Rule families generalised from the sixth blind set (test/fixtures/email-holdout6: nynorsk,
 * English and bokmål voices), each with several wordings and the near misses they must not catch.
 * The sender is always Kari Nordmann <kari.nordmann@hfk.no>.
 */

const { read, rows, diets } = replyReader();

describe('nynorsk "me" is "vi", English "me" is the writer', () => {
  it('signs up the persons named, not the writer', () => {
    expect(rows('Frå Hordaland fylkeskommune melder me på Ingvild Aarflot.')).toEqual([['Ingvild Aarflot', true]]);
    expect(rows('Me melder på Per Hansen og Line Aas.')).toEqual([['Per Hansen', true], ['Line Aas', true]]);
    expect(rows('Me melder på desse to:\n\n- Per Hansen, per.hansen@hfk.no\n- Line Aas')).toEqual([['Per Hansen', true], ['Line Aas', true]]);
  });
  it('keeps English "me"', () => {
    expect(rows('Please register me for the meeting.')).toEqual([['Kari Nordmann', true]]);
    expect(rows('Could you sign me up, please?')).toEqual([['Kari Nordmann', true]]);
    expect(rows('Please register me and Per Hansen.')).toEqual([['Kari Nordmann', true], ['Per Hansen', true]]);
  });
});

describe('"coming back with names" is no sign-up', () => {
  it('in nynorsk and bokmål', () => {
    expect(read('Me kjem attende med namn innan fristen.').rows).toEqual([]);
    expect(read('Vi kommer tilbake med navn innen fristen.').rows).toEqual([]);
  });
  it('a dialect "kjeme" is coming', () => {
    expect(rows('Eg kjeme! Vegetar.')).toEqual([['Kari Nordmann', true]]);
    expect(diets('Eg kjeme! Vegetar.')).toEqual([['vegetarian']]);
  });
});

describe('a food refused ("ikkje svin for meg") is a need', () => {
  it('reads the refusal', () => {
    expect(diets('Eg melder meg på. Ikkje svin for meg, elles går alt fint.')).toEqual([['pork']]);
    expect(diets('Jeg kommer. Ikke fisk, takk.')).toEqual([['fish']]);
    expect(diets('I will attend. No pork for me, please.')).toEqual([['pork']]);
  });
  it('not a denial or a correction', () => {
    expect(diets('Jeg kommer. Ikke laktose, men gluten.')).toEqual([['gluten']]);
    expect(diets('Jeg kommer. Ingen allergier.')).toEqual([[]]);
    expect(diets('Jeg kommer. Jeg er ikke vegetarianer.')).toEqual([[]]);
  });
});

describe('the writer as an item of a list', () => {
  it('in English and Norwegian', () => {
    expect(rows('We would like to register two participants:\n\n* Per Hansen (per.hansen@hfk.no) – gluten-free, please\n* myself – no special requirements')).toEqual([
      ['Per Hansen', true], ['Kari Nordmann', true],
    ]);
    expect(rows('Vi melder på disse:\n\n- Per Hansen\n- meg selv')).toEqual([['Per Hansen', true], ['Kari Nordmann', true]]);
    expect(diets('We would like to register two participants:\n\n* Per Hansen – gluten-free\n* myself – vegetarian')).toEqual([['gluten'], ['vegetarian']]);
  });
  it('not a bullet about something else', () => {
    expect(rows('Vi melder på disse:\n\n- Per Hansen\n- Jeg kommer tilbake med ett navn til.')).toEqual([['Per Hansen', true]]);
  });
});

describe('a change of plan ("ikke likevel", "after all") overrides the earlier sign-up', () => {
  it('for a colleague and for the writer', () => {
    expect(rows('Vi meldte tidligere på Anne Lise Frøyland, men hun kan dessverre ikke likevel. I stedet kommer Per Hansen (per.hansen@hfk.no).')).toEqual([
      ['Anne Lise Frøyland', false], ['Per Hansen', true],
    ]);
    expect(rows('Jeg meldte meg på i forrige uke, men kan ikke likevel.')).toEqual([['Kari Nordmann', false]]);
    expect(rows('Eg melde meg på, men kan ikkje lell.')).toEqual([['Kari Nordmann', false]]);
    expect(rows('I signed up last week, but I cannot come after all.')).toEqual([['Kari Nordmann', false]]);
  });
  it('not a change of plan the other way', () => {
    expect(rows('Jeg kan likevel komme!')).toEqual([['Kari Nordmann', true]]);
    expect(rows('Eg kan kome likevel.')).toEqual([['Kari Nordmann', true]]);
  });
});

describe('"stryk oss" after a named person withdrew is that person\'s seat', () => {
  it('lists only the person', () => {
    expect(rows('Eli Rygg kan ikkje kome på samlinga. Me har ingen som kan ta over, så de kan stryke oss frå lista.')).toEqual([['Eli Rygg', false]]);
    expect(rows('Per Hansen er dessverre syk og kan ikke komme. Dere kan ta oss av lista.')).toEqual([['Per Hansen', false]]);
  });
  it('the writer when nobody else is named', () => {
    expect(rows('Stryk oss frå lista, takk.')).toEqual([['Kari Nordmann', false]]);
    expect(rows('Jeg kan ikke komme, så dere kan stryke meg.')).toEqual([['Kari Nordmann', false]]);
  });
});

describe('the writer placed by "vi" moves to where the reply names her', () => {
  it('form records below "Vi er to"', () => {
    expect(rows('Vi er to fra Hordaland som gjerne vil være med.\n\nNavn: Per Hansen\nE-post: per.hansen@hfk.no\n\nNavn: Kari Nordmann\nE-post: kari.nordmann@hfk.no')).toEqual([
      ['Per Hansen', true], ['Kari Nordmann', true],
    ]);
  });
  it('stays first when not named again', () => {
    expect(rows('Vi er to som kommer: Per Hansen og jeg.')).toEqual([['Per Hansen', true], ['Kari Nordmann', true]]);
    expect(rows('Vi kommer. Per Hansen blir også med.')).toEqual([['Kari Nordmann', true], ['Per Hansen', true]]);
  });
});
