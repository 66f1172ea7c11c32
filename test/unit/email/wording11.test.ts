import { describe, expect, it } from 'vitest';
import { KARI_NO, KARI_YES, replyReader } from './helpers';

/**
 * Rule families found by probing everyday wordings before the blind sets 21–26 came back, each
 * with several wordings and the near misses they must not catch.
 */

const { read, rows } = replyReader({ kopi: 'Even Strøm <even.strom@hfk.no>' });
const EVEN_REPLACES: Array<[string, boolean]> = [['Kari Nordmann', false], ['Even Strøm', true]];

describe('put on the list', () => {
  it('"sett meg opp", "skriv meg opp", "før meg opp på lista", "sett opp Per Hansen"', () => {
    expect(rows('Sett meg opp, takk.')).toEqual(KARI_YES);
    expect(rows('Skriv meg opp.')).toEqual(KARI_YES);
    expect(rows('Du kan føre meg opp på lista.')).toEqual(KARI_YES);
    expect(rows('Sett opp Even Strøm på lista, takk.')).toEqual([['Even Strøm', true]]);
    expect(rows('Skriv opp Even Strøm og meg.')).toEqual([['Even Strøm', true], ['Kari Nordmann', true]]);
  });
  it('not "setter opp et møte", "skriv opp spørsmålet"', () => {
    expect(read('Jeg setter opp et møte om saken og kommer tilbake.').rows).toEqual([]);
    expect(read('Jeg skriver opp en liste over spørsmål til møtet.').rows).toEqual([]);
  });
});

describe('confirming and showing up', () => {
  it('"Bekrefter deltakelse", "bekreftar deltaking", "confirming my attendance", "jeg møter for Hordaland"', () => {
    expect(rows('Bekrefter deltakelse.')).toEqual(KARI_YES);
    expect(rows('Bekreftar deltaking på samlinga.')).toEqual(KARI_YES);
    expect(rows('Jeg bekrefter herved min deltakelse.')).toEqual(KARI_YES);
    expect(rows('Confirming my attendance.')).toEqual(KARI_YES);
    expect(rows('Jeg møter for Hordaland fylkeskommune.')).toEqual(KARI_YES);
    expect(rows('Eg møter opp.')).toEqual(KARI_YES);
  });
  it('the noun "møter" is no showing up', () => {
    expect(read('Det er mange møter om dette i høst. Ha en fin dag!').rows).toEqual([]);
  });
});

describe('not possible to come', () => {
  it('"det blir ikke mulig for meg å delta", "umogleg for meg å kome", "not possible for me to attend"', () => {
    expect(rows('Det blir dessverre ikke mulig for meg å delta.')).toEqual(KARI_NO);
    expect(rows('Ikke mulig for meg å komme denne gangen.')).toEqual(KARI_NO);
    expect(rows('Det er diverre umogleg for meg å kome.')).toEqual(KARI_NO);
    expect(rows('Unfortunately it is not possible for me to attend.')).toEqual(KARI_NO);
  });
  it('not when only the start is missed ("ikke mulig å komme før kl. 11")', () => {
    expect(rows('Det er ikke mulig for meg å komme før kl. 11, men jeg kommer.')).toEqual(KARI_YES);
    expect(rows('Jeg deltar, men det er ikke mulig å komme tidligere enn 10.30.')).toEqual(KARI_YES);
  });
});

describe('a second verb after "og" with the subject left out', () => {
  it('"har fått forfall og sender Even i stedet": the writer drops out, Even comes', () => {
    expect(rows('Jeg har dessverre fått forfall og sender Even i stedet.')).toEqual(EVEN_REPLACES);
    expect(rows('Jeg kan ikke komme og sender Even Strøm i stedet.')).toEqual(EVEN_REPLACES);
    expect(rows('Eg har fått forfall, og sender Even Strøm i staden.')).toEqual(EVEN_REPLACES);
  });
  it('"jeg deltar og tar med (meg) Even": both come', () => {
    expect(rows('Jeg deltar gjerne, og tar med meg Even Strøm.')).toEqual([['Kari Nordmann', true], ['Even Strøm', true]]);
    expect(rows('Jeg deltar og tar med Even Strøm.')).toEqual([['Kari Nordmann', true], ['Even Strøm', true]]);
    expect(rows('Vi takker for invitasjonen og sender Even Strøm.')).toEqual([['Even Strøm', true]]);
  });
  it('bringing a thing is bringing nobody', () => {
    expect(rows('Jeg kommer, og tar med meg presentasjonen fra Gjøvik.')).toEqual(KARI_YES);
  });
});

describe('handing the seat over, falling ill, another meeting', () => {
  it('"jeg overlater plassen til Even", "Even tar over for meg"', () => {
    expect(rows('Jeg overlater plassen til Even Strøm.')).toEqual(EVEN_REPLACES);
    expect(rows('Jeg gir plassen min til Even Strøm.')).toEqual(EVEN_REPLACES);
    expect(rows('Even Strøm tar over for meg.')).toEqual(EVEN_REPLACES);
  });
  it('"blir likevel ikke med, men Even kommer"', () => {
    expect(rows('Jeg blir likevel ikke med, men Even kommer.')).toEqual(EVEN_REPLACES);
    expect(rows('Eg vert diverre ikkje med.')).toEqual(KARI_NO);
  });
  it('"er blitt syk", "har vorte sjuk", "am ill" withdraw; a later "men jeg kommer" wins', () => {
    expect(rows('Hei, jeg er påmeldt, men er blitt syk. Beklager!')).toEqual(KARI_NO);
    expect(rows('Eg har diverre vorte sjuk.')).toEqual(KARI_NO);
    expect(rows('I am ill and must stay at home, sorry.')).toEqual(KARI_NO);
    expect(rows('Jeg ble syk i forrige uke og har vært borte, men jeg kommer gjerne.')).toEqual(KARI_YES);
    expect(rows('Jeg var syk forrige uke, derfor sent svar. Jeg kommer.')).toEqual(KARI_YES);
    expect(rows('Even er syk, så jeg kommer i stedet.')).toEqual([['Even Strøm', false], ['Kari Nordmann', true]]);
  });
  it('"nå har jeg fått et annet møte" after a sign-up withdraws it', () => {
    expect(rows('Jeg har meldt meg på, men nå har jeg fått et annet møte.')).toEqual(KARI_NO);
    expect(rows('Jeg har et annet møte samme dag, men det slutter kl. 9, så jeg kommer.')).toEqual(KARI_YES);
  });
});

describe('an indirect question with "om" is no statement', () => {
  it('"vi kommer tilbake til om noen andre kan reise", "vurderer om …"', () => {
    expect(rows('Kan dessverre ikke delta. Vi kommer tilbake til om noen andre kan reise.')).toEqual(KARI_NO);
    expect(rows('Jeg kan ikke delta. Vi vurderer om noen andre kan reise.')).toEqual(KARI_NO);
    expect(rows('Vi sjekker om Even Strøm kan komme, og kommer tilbake til deg.')).toEqual([]);
  });
});
