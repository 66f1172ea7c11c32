import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';
import { KARI_YES, replyReader } from './helpers';

/**
 * Rule families generalised from the thirteenth and fourteenth blind sets (representative
 * inboxes), each with several wordings and the near misses they must not catch.
 */

const { read, rows, diets } = replyReader();

describe('being the county\'s participant, taking the invitation', () => {
  it('"X blir Buskeruds deltaker", "Jeg er Sør-Trøndelag fylkeskommunes deltaker"', () => {
    expect(rows('Per Hansen (kopi) blir Hordalands deltaker på samlingen 24/9.')).toEqual([['Per Hansen', true]]);
    expect(rows('Jeg er Hordaland fylkeskommunes deltaker på oppstartssamlingen.')).toEqual(KARI_YES);
    expect(rows('Per Hansen er vår representant.')).toEqual([['Per Hansen', true]]);
  });
  it('"eg tek denne (for Hordaland)"', () => {
    expect(rows('Eg tek denne for Hordaland fylkeskommune.')).toEqual(KARI_YES);
    expect(rows('Ja, jeg tar den gjerne.')).toEqual(KARI_YES);
    expect(read('Jeg tar den med avdelingen og kommer tilbake.').rows).toEqual([]);
  });
});

describe('replacements', () => {
  it('"tek plassen min", "tek over plassen hans", "ta over plassen til X"', () => {
    expect(rows('Eg får diverre ikkje kome likevel. Per Hansen frå same avdeling tek plassen min (per.hansen@hfk.no).')).toEqual([['Kari Nordmann', false], ['Per Hansen', true]]);
    expect(rows('Vi melde på Arne Lervik. Han har dessverre vorte sjukmeld og kjem difor ikkje. Kristin Brunstad tek over plassen hans.')).toEqual([
      ['Arne Lervik', false], ['Kristin Brunstad', true],
    ]);
    expect(rows('Eg har fått beskjed om at eg skal ta over plassen til Ingvild Tjelta, og eg kjem gjerne.')).toEqual([['Ingvild Tjelta', false], ['Kari Nordmann', true]]);
  });
  it('the one dropping out is listed first', () => {
    expect(rows('Jeg reiser på samlingen i stedet for Torbjørn Aas, som meldte seg på mens jeg var borte.')).toEqual([['Torbjørn Aas', false], ['Kari Nordmann', true]]);
  });
  it('"får han ikke reist"', () => {
    expect(rows('Som Håkon Lien varslet, får han ikke reist 24.9. Jeg tar plassen hans.')).toEqual([['Håkon Lien', false], ['Kari Nordmann', true]]);
  });
});

describe('questions and the programme are not the meeting', () => {
  it('"glade for å være med videre i fase 2"', () => {
    expect(read('Takk for invitasjonen! Vi er glade for å være med videre i fase 2, og avventer program.').rows).toEqual([]);
  });
  it('"lurer vi på om … kan stille …, eller om det er … som skal representere oss"', () => {
    expect(read('I så fall lurer vi på om regionen selv kan stille med én person, eller om det er fylkeskommunen som skal representere oss.').rows).toEqual([]);
  });
  it('"melde seg på likevel: jeg vil gjerne delta" is a sign-up', () => {
    expect(rows('Håper det går an å melde seg på likevel: jeg vil gjerne delta fra Hordaland fylkeskommune.')).toEqual(KARI_YES);
  });
});

describe('diets', () => {
  it('veganism explained by what it leaves out is just vegan', () => {
    expect(diets('Eg kjem gjerne. Eg er veganar, så eg et verken kjøt, fisk, egg eller mjølkeprodukt.')).toEqual([['vegan']]);
    expect(diets('Jeg kommer. Jeg er veganer. Jeg har også nøtteallergi.')).toEqual([['nuts', 'vegan']]);
  });
  it('"Vanlige nøtter tåler jeg", "ellers går vegetarmat fint"', () => {
    expect(diets('Jeg kommer. Jeg har kraftig peanøttallergi. Vanlige nøtter tåler jeg.')).toEqual([['peanuts']]);
    expect(diets('Jeg kommer. Nøtter tåler jeg ikke.')).toEqual([['nuts']]);
    expect(diets('Jeg kommer. Jeg spiser halal, ellers går vegetarmat fint.')).toEqual([['halal']]);
  });
  it('"Sidan Fjell er ny byregion" names nobody', () => {
    expect(rows('Eg kjem gjerne. Sidan Fjell er ny byregion hjå oss, vil eg gjerne vere med i gruppa deira.')).toEqual(KARI_YES);
  });
});

describe('families of the fifteenth and sixteenth blind sets', () => {
  it('"Det blir meg fra Hordaland"', () => {
    expect(rows('Beklager sent svar. Det blir meg fra Hordaland fylkeskommune, hvis det fortsatt er plass.')).toEqual(KARI_YES);
  });
  it('"Jeg overtar plassen hennes" withdraws the one named before', () => {
    expect(rows('Rita Hauge, som er påmeldt, har gått ut i permisjon. Jeg overtar plassen hennes.')).toEqual([['Rita Hauge', false], ['Kari Nordmann', true]]);
  });
  it('"…, og i stedet kommer X"', () => {
    expect(rows('Ole Kristian Holm har fått forfall, og i stedet kommer Thomas Berge (kopiert inn her).')).toEqual([['Ole Kristian Holm', false], ['Thomas Berge', true]]);
  });
  it('"må dessverre prioritere et annet oppdrag", "er opptatt"', () => {
    expect(rows('Solveig Tjelta, som er påmeldt, må dessverre prioritere et annet oppdrag den dagen. I stedet kommer Jan Helge Tungland.')).toEqual([
      ['Solveig Tjelta', false], ['Jan Helge Tungland', true],
    ]);
    expect(rows('Jeg er dessverre opptatt den dagen.')).toEqual([['Kari Nordmann', false]]);
    expect(rows('Jeg kommer. Jeg er opptatt av byregionene.')).toEqual(KARI_YES);
    expect(read('Vi er opptatt av byregionene.').rows).toEqual([]);
  });
  it('passive "meldes X (adresse) på"', () => {
    expect(rows('På vegne av Hordaland fylkeskommune meldes Ragnhild Opsahl (ragnhild.opsahl@hfk.no) på oppstartssamlingen.')).toEqual([['Ragnhild Opsahl', true]]);
  });
});

describe('families of the seventeenth and eighteenth blind sets', () => {
  it('a condition before the main clause ends at the inverted verb or at a colon', () => {
    expect(rows('Per Hansen har meldt seg på for oss, men dersom det er ledig plass vil eg gjerne kome i tillegg, sidan eg følgjer opp Fjell.')).toEqual(KARI_YES);
    expect(rows('Vi blir to fra Hordaland, hvis det går an: jeg selv og Silje Karlsen (silje.karlsen@hfk.no), som følger opp Bergen.')).toEqual([
      ['Kari Nordmann', true], ['Silje Karlsen', true],
    ]);
    expect(read('Dersom det er plass kommer Per Hansen kanskje.').rows).toEqual([]);
  });
  it('an indirect question runs to the end of the clause', () => {
    expect(read('Vi lurer også på om det er aktuelt at Tønsberg kommune, som er ny i fase 2, deltar på samlingen sammen med oss.').rows).toEqual([]);
  });
  it('"Vi sees i Oslo" after thanks for the confirmation signs nobody up', () => {
    expect(read('Takk for bekreftelsen! Vi sees i Oslo.').rows).toEqual([]);
    expect(rows('Flott, sees i Oslo!')).toEqual(KARI_YES);
  });
  it('a surname that is also a common word ends a full name', () => {
    expect(rows('Eg må dessverre melde fråfall. I staden kjem Marit Årdal Hope, marit.hope@hfk.no.')).toEqual([['Kari Nordmann', false], ['Marit Årdal Hope', true]]);
    expect(rows('Jeg kommer. Hope to see you there.')).toEqual(KARI_YES);
  });
});

describe('families of the nineteenth and twentieth blind sets', () => {
  it('"sammen med X, som allerede er påmeldt" lists only the writer', () => {
    expect(rows('Jeg melder meg på, sammen med Eivind Skaug som allerede er påmeldt.')).toEqual(KARI_YES);
  });
  it('"vi har funne ein som kan stille: X", "Sidan Y ikkje kan reise, …"', () => {
    expect(rows('Sidan Ingebjørg ikkje kan reise, har vi likevel funne ein som kan stille frå Hordaland: Lars Erik Bøe (lars.erik.boe@hfk.no).')).toEqual([['Lars Erik Bøe', true]]);
    expect(rows('Vi har funnet en som kan stille fra Hordaland likevel: Ruth Aker fra vår avdeling kommer på torsdag.')).toEqual([['Ruth Aker', true]]);
  });
  it('an offer that waits for whether it is wanted is no sign-up', () => {
    expect(read('Er samlingen likevel aktuell for oss? Vi stiller gjerne hvis det er ønskelig, og kommer i så fall tilbake med navn.').rows).toEqual([]);
  });
  it('a reply to the confirmation confirms, it does not sign up again', () => {
    const text = 'Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 8. september 2015 10:30\nTil: Aina Sofie Brox\nEmne: SV: Bekreftelse påmelding\n\nTakk, da er vi to fra Hordaland. Vi ses!\n\nKari\n';
    expect(parseEmails(text, defaultParseContext()).messages[0]?.attendees).toEqual([]);
  });
  it('a signature name ending in a common word', () => {
    const text = 'Hei Aina Sofie\n\nEg melder meg på samlinga i Oslo.\n\n--\nKjellaug Hope\nRådgjevar\nkjellaug.hope@hfk.no\n';
    expect(parseEmails(text, defaultParseContext()).messages[0]?.from.name).toBe('Kjellaug Hope');
  });
});
