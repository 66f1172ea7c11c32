import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';
import { KARI_NO, KARI_YES, replyReader } from './helpers';

/**
 * Rule families found by probing everyday wordings before the blind sets 21–26 came back, each
 * with several wordings and the near misses they must not catch.
 */

const { read, rows, diets } = replyReader({ kopi: 'Even Strøm <even.strom@hfk.no>' });
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

describe('"før eg melder meg på: …" is a question before a sign-up, not one', () => {
  it('"Før eg melder meg på: …?", "Before I register: …?"', () => {
    expect(rows('Før eg melder meg på: Er det nokon deltakaravgift for samlinga?')).toEqual([]);
    expect(rows('Før jeg melder meg på, lurer jeg på om det er parkering.')).toEqual([]);
    expect(rows('Before I register: is there a fee?')).toEqual([]);
  });
  it('"før" later in a sentence does not hide it', () => {
    expect(rows('Jeg kommer, men må gå før vi er ferdige.')).toEqual(KARI_YES);
    expect(rows('Jeg har vært på samling før, og kommer gjerne igjen.')).toEqual(KARI_YES);
  });
});

describe('"begge"/"alle" after a list of persons', () => {
  const LIST = 'Vi melder på disse to:\n\n- Even Strøm, even.strom@hfk.no – glutenfri\n- Anne Berg, anne.berg@hfk.no – alvorlig nøtteallergi (alle nøtter, også mandler). Peanøtter tåler hun.\n\n';
  it('"håper det går an at begge kommer": the two named, not the writer', () => {
    expect(rows(`${LIST}Vi vet at det er én plass per fylke, men håper det går an at begge kommer.`)).toEqual([['Even Strøm', true], ['Anne Berg', true]]);
    expect(rows(`${LIST}Det ville vært nyttig om begge kunne delta.`)).toEqual([['Even Strøm', true], ['Anne Berg', true]]);
  });
  it('"alle nøtter" is all nuts, not all persons', () => {
    expect(read(LIST).rows).toEqual([['Even Strøm', true, ['gluten']], ['Anne Berg', true, ['nuts']]]);
  });
  it('"vi kommer begge" after one name still counts the writer', () => {
    expect(rows('Vi melder på Even Strøm. Vi kommer begge.')).toEqual([['Even Strøm', true], ['Kari Nordmann', true]]);
  });
});

describe('questions in a numbered list, the county\'s seat', () => {
  it('"2. Når kommer programmet? Det er lettere …" is a question', () => {
    expect(read('Jeg har to spørsmål:\n\n1. Dekker dere reisen? Fly blir fort dyrt.\n2. Når kommer programmet? Det er lettere å prioritere da.\n\nVi kommer tilbake med navn før fristen.').rows).toEqual([]);
  });
  it('"X tar plassen fra Vestfold" is X coming; "ta plassen til Rogaland" is not', () => {
    expect(rows('Kollegaen min Even Strøm tar plassen fra Hordaland.')).toEqual([['Even Strøm', true]]);
    expect(rows('Vi vil ikke ta plassen til Rogaland fylkeskommune, så vi står over.')).toEqual(KARI_NO);
  });
});

describe('a message to pass on, "på vegne av"', () => {
  it('"kan dere svare Distriktssenteret at jeg deltar?" is a sign-up', () => {
    expect(rows('Hei, kan dere svare Distriktssenteret at jeg deltar fra Hordaland fylkeskommune?')).toEqual(KARI_YES);
    expect(rows('Kan du gi beskjed om at eg ikkje kan kome likevel?')).toEqual(KARI_NO);
    expect(rows('Kan dere svare meg på om det er plass?')).toEqual([]);
  });
  it('"melder på undertegnede på vegne av regionen" is no "melde … av"', () => {
    expect(rows('Kristiansund kommune melder på undertegnede på vegne av Kristiansundregionen.')).toEqual(KARI_YES);
    expect(rows('Jeg må melde Even Strøm av samlingen.')).toEqual([['Even Strøm', false]]);
    expect(rows('Jeg melder meg herved av.')).toEqual(KARI_NO);
  });
});

describe('"spiser det meste, men ikke X"', () => {
  it('a clause that starts with the negation inherits the eating before it', () => {
    expect(diets('Jeg kommer. Jeg spiser det meste, men ikke skalldyr.')).toEqual([['shellfish']]);
    expect(diets('Jeg kommer. Jeg spiser fisk, men ikke skalldyr.')).toEqual([['shellfish']]);
    expect(diets('Jeg kommer. Jeg spiser alt, men ikke svin.')).toEqual([['pork']]);
    expect(diets('Eg kjem. Eg et det meste, men ikkje skaldyr.')).toEqual([['shellfish']]);
  });
  it('denials stay denials', () => {
    expect(diets('Jeg kommer. Jeg har nøtteallergi, men ikke mot peanøtter.')).toEqual([['nuts']]);
    expect(diets('Jeg kommer. Jeg er melkeallergiker, men ikke laktoseintolerant.')).toEqual([['milk']]);
    expect(diets('Jeg kommer. Jeg er vegetarianer, men ikke veganer.')).toEqual([['vegetarian']]);
  });
});

describe('"Fra X møter Y", "vi er to … er det mulig å melde på begge?"', () => {
  it('the one who "møter" is named after the verb', () => {
    expect(rows('Fra Hordaland møter vår rådgiver Even Strøm.')).toEqual([['Even Strøm', true]]);
    expect(rows('For Hordaland fylkeskommune møter Even Strøm.')).toEqual([['Even Strøm', true]]);
  });
  it('a count that describes who asks whether both may come signs nobody up', () => {
    expect(rows('Vi er to i avdelingen som jobber med dette. Er det mulig å melde på begge, eller er det strengt én per fylke?')).toEqual([]);
    expect(rows('Vi er to hos oss som jobber med byregionprogrammet. Er det mulig at vi kommer begge to, eller må vi velge én?')).toEqual([]);
    expect(rows('Ja takk, vi blir to: Even Strøm og meg.')).toEqual([['Even Strøm', true], ['Kari Nordmann', true]]);
  });
});

describe('English "that" before a subject is no relative clause', () => {
  it('"I am happy to confirm that I will be attending", "I can confirm that Even will attend"', () => {
    expect(rows('Thank you for the invitation. I am happy to confirm that I will be attending.')).toEqual(KARI_YES);
    expect(rows('I can confirm that Even Strøm will attend.')).toEqual([['Even Strøm', true]]);
    expect(rows('I am sorry to say that I cannot attend.')).toEqual(KARI_NO);
  });
  it('a relative "that" still hides what it says', () => {
    expect(rows('Thanks for the programme that will be sent out later.')).toEqual([]);
  });
});

describe('"heller ikke", "hjelper altså ikke", asked to register someone, bilingual closings', () => {
  it('"tåler ikke nøtter, og heller ikke peanøtter" names both; a denial stays a denial', () => {
    expect(diets('Jeg kommer. Viktig: jeg tåler ikke nøtter, og heller ikke peanøtter (kraftig allergi).')).toEqual([['nuts', 'peanuts']]);
    expect(diets('Eg kjem. Eg et ikkje fisk, og heller ikkje skaldyr.')).toEqual([['fish', 'shellfish']]);
    expect(diets('Jeg kommer. Jeg har ikke nøtteallergi, og heller ikke laktoseintoleranse.')).toEqual([[]]);
  });
  it('"laktosefritt hjelper altså ikke" is no lactose need', () => {
    expect(diets('Jeg kommer. Jeg har melkeproteinallergi – laktosefritt hjelper altså ikke, maten må være helt uten melk.')).toEqual([['milk']]);
  });
  it('"har bede meg melde på Eivind": the writer was asked, Eivind is registered', () => {
    expect(rows('Fylkesdirektøren har bede meg melde på Even Strøm til oppstartssamlinga.')).toEqual([['Even Strøm', true]]);
    expect(rows('My director asked me to register Even Strøm.')).toEqual([['Even Strøm', true]]);
    expect(rows('Sigrun har meldt seg på, og ho har bedt meg melde meg på i tillegg.')).toEqual(KARI_YES);
  });
  it('"Dearvvuođat / Hilsen" closes the reply, so the name under it is the sender', () => {
    const r = parseEmails(
      'Fra: ellen.marie.haetta@ffk.no\nSendt: 3. september 2015 14:47\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\nBuorre beaivi / Hei!\n\n' +
        'Jeg melder meg på oppstartssamlingen fra Finnmark fylkeskommune.\n\nDearvvuođat / Hilsen\nEllen Marie Hætta\nRådgiver\nFinnmark fylkeskommune\n',
      defaultParseContext(),
    );
    expect(r.messages[0]?.from.name).toBe('Ellen Marie Hætta');
    expect(r.messages[0]?.attendees.map((a) => [a.name, a.attending])).toEqual([['Ellen Marie Hætta', true]]);
  });
});

describe('names still to come, needing neither', () => {
  it('"vi ønsker å være med … vi kommer tilbake med navn" signs nobody up yet', () => {
    expect(rows('Vi ønsker gjerne å være med fra Hordaland, men har et spørsmål først. Vi kommer tilbake med navn.')).toEqual([]);
    expect(rows('Hordaland deltar. Vi sender navn senere.')).toEqual([]);
    expect(rows('Vi kommer! Navn kommer senere.')).toEqual([]);
    expect(rows('Jeg kommer gjerne. Vi kommer tilbake med navn på en kollega til.')).toEqual(KARI_YES);
  });
  it('"trenger verken glutenfritt eller vegetar" is no need; "spiser verken fisk eller skalldyr" is', () => {
    expect(diets('Jeg kommer. Trenger verken glutenfritt eller vegetar – spiser alt.')).toEqual([[]]);
    expect(diets('I will attend. I need neither gluten-free nor vegetarian food.')).toEqual([[]]);
    expect(diets('Jeg kommer. Jeg spiser verken fisk eller skalldyr.')).toEqual([['fish', 'shellfish']]);
    expect(diets('I will attend. I eat neither fish nor shellfish.')).toEqual([['fish', 'shellfish']]);
  });
});

describe('"Etter avtale med min leder X melder jeg meg på"', () => {
  it('the inverted "melder jeg meg på" signs up the writer only', () => {
    expect(rows('Etter avtale med min leder Even Strøm (kopi) melder jeg meg på oppstartssamlingen fra Hordaland fylkeskommune.')).toEqual(KARI_YES);
    expect(rows('I samråd med Even Strøm melder eg meg på.')).toEqual(KARI_YES);
    expect(rows('Etter avtale med Even Strøm melder jeg meg og ham på.')).toEqual([['Even Strøm', true], ['Kari Nordmann', true]]);
  });
});

describe('"Inga" is a first name before a name, "inga" a word elsewhere', () => {
  it('"melder på Inga Marja Utsi"', () => {
    expect(rows('Vi melder på Inga Marja Utsi.')).toEqual([['Inga Marja Utsi', true]]);
    expect(read('Eg kjem. Inga allergiar.').rows).toEqual([['Kari Nordmann', true, []]]);
  });
});

describe('chatty replies (set 44)', () => {
  it('a first name stands for the full name said before ("ny kollega, Per Hansen … melder på Per")', () => {
    expect(rows('Vi har fått en ny kollega, Per Hansen. Vi melder på Per.')).toEqual([['Per Hansen', true]]);
    expect(rows('Fra nyttår overtar Even Strøm ansvaret. Jeg melder på meg selv og Even.')).toEqual([['Kari Nordmann', true], ['Even Strøm', true]]);
    expect(rows('Per Hansen og Per Olsen jobber begge med dette. Vi melder på Per.')).toEqual([['Per', true]]);
  });
  it('the noun "reise" is no travelling to the meeting', () => {
    expect(rows('Takk for raskt svar til Even på spørsmålene om reise og overnatting.')).toEqual([]);
    expect(rows('Even Strøm kan likevel ikke reise.')).toEqual([['Even Strøm', false]]);
    expect(rows('Dekker dere reise? Jeg kommer uansett.')).toEqual(KARI_YES);
  });
  it('"I stedet for Marius kommer Silje": the phrase ends at the verb', () => {
    expect(rows('I stedet for Marius Hovland kommer Even Strøm.')).toEqual([['Marius Hovland', false], ['Even Strøm', true]]);
  });
  it('"Fra Aust-Agder kommer jeg, og fra Vest-Agder kommer X": both', () => {
    expect(rows('Fra Hordaland fylkeskommune kommer jeg, og fra Rogaland fylkeskommune kommer Even Strøm.')).toEqual([['Kari Nordmann', true], ['Even Strøm', true]]);
  });
  it('"vi hadde tenkt at ingen skulle reise" signs nobody up; "før jeg melder meg på, et spørsmål" neither', () => {
    expect(rows('Vi hadde fyrst tenkt at ingen frå Hordaland fylkeskommune skulle reise, men no har vi ombestemt oss.')).toEqual([]);
    expect(rows('Før jeg melder meg på, et praktisk spørsmål: Er det noe felles kvelden før? Jeg kommer fra Trondheim og må ta første fly.')).toEqual([]);
  });
  it('"…, slik at Ellen får en god start" is a purpose, not a sign-up of Ellen before the one that follows', () => {
    expect(rows('Vi vil gjerne komme begge to, slik at Even får en god start. Jeg melder derfor på meg selv og Even (even.strom@hfk.no).')).toEqual([['Kari Nordmann', true], ['Even Strøm', true]]);
  });
});

describe('replies that explain their situation (sets 47 and 50)', () => {
  it('the invitation arriving, "på reise", "kommet fram til", "svaret har ikke kommet" are no coming', () => {
    expect(rows('Invitasjonen er kommet til Byrådsavdelinga, og vi har sett på hvem som bør delta. Vi melder på Even Strøm.')).toEqual([['Even Strøm', true]]);
    expect(rows('Avdelinga har bede oss svare, sidan sakshandsamaren er på reise. Vi melder på Even Strøm.')).toEqual([['Even Strøm', true]]);
    expect(rows('Beklager at svaret ikke har kommet før nå. Fra Hordaland deltar Even Strøm.')).toEqual([['Even Strøm', true]]);
    expect(rows('Vi har kommet fram til at Even Strøm bør delta, og melder ham på.')).toEqual([['Even Strøm', true]]);
  });
  it('a principle ("det er mest naturlig at den som skal jobbe med dette, er med") signs nobody up', () => {
    expect(rows('Vi landet på at det er mest naturlig at den som skal jobbe med regionene, er med fra starten. Vi melder derfor på Even Strøm.')).toEqual([['Even Strøm', true]]);
  });
  it('", og han kommer gjerne" is his, not the writer\'s', () => {
    expect(rows('Jeg har snakket med Even Strøm, og han kommer gjerne. Vi melder derfor på Even.')).toEqual([['Even Strøm', true]]);
  });
  it('"Ida Marie" stands for "Ida Marie Fossum" named before', () => {
    expect(rows('Arbeidet følges opp av Ida Marie Fossum. Vi melder derfor på Ida Marie.')).toEqual([['Ida Marie Fossum', true]]);
  });
  it('questions asked before signing up ("spurt oss om", "før vi sender påmelding", "venter på svar før jeg melder på")', () => {
    expect(rows('Jeg har et par spørsmål før vi sender påmelding fra Hordaland. Kommunen har spurt oss om de kan sende en representant selv.')).toEqual([]);
    expect(rows('Betyr det at vi i kommunene ikke skal melde oss på? Vi vil gjerne være med hvis det er mulig, men vil ikke ta plassen fra Hordaland fylkeskommune. Jeg venter på svar før jeg eventuelt melder på noen.')).toEqual([]);
  });
  it('"Vi sender i stedet X", "begge to" after the one named before, a food that is "også helt greit"', () => {
    expect(rows('Silje Nordby kan ikke delta likevel. Vi sender i stedet Even Strøm.')).toEqual([['Silje Nordby', false], ['Even Strøm', true]]);
    expect(rows('Even Strøm skal overta etter meg. Vi vil derfor gjerne komme begge to.')).toEqual([['Kari Nordmann', true], ['Even Strøm', true]]);
    expect(diets('Jeg kommer. Jeg spiser bare halal. Fisk eller en vegetarrett er også helt greit.')).toEqual([['halal']]);
  });
  it('"Matbehov: Jeg er allergisk mot soya. Even spiser alt." gives each their own', () => {
    expect(read('Vi melder på to: undertegnede og Even Strøm.\n\nMatbehov: Jeg er allergisk mot soya. Even spiser alt.').rows).toEqual([['Kari Nordmann', true, ['soy']], ['Even Strøm', true, []]]);
  });
});

describe('long explanations (sets 51 and 52)', () => {
  it('"vi er blitt enige om at hun ikke deltar", "som overtar etter Anette" in a relative clause', () => {
    expect(rows('Anette Risa, som vi meldte på, har fått ny stilling, og vi er blitt enige om at hun ikke deltar. I stedet kommer Even Strøm, som overtar etter Anette.')).toEqual([['Anette Risa', false], ['Even Strøm', true]]);
  });
  it('"Kan du melde ham på?" after naming him; "ønsker å være til stede"', () => {
    expect(rows('Jeg skriver på vegne av regionaldirektør Even Strøm. Kan du melde ham på samlingen 24. september?')).toEqual([['Even Strøm', true]]);
    expect(rows('Even Strøm ønsker selv å være til stede på samlingen.')).toEqual([['Even Strøm', true]]);
  });
  it('"har bedt meg spørre om jeg kan få delta" is no sign-up of the one who asked', () => {
    expect(rows('Even Strøm har bedt meg spørre om jeg kan få delta i tillegg. Hvis det er plass, melder jeg meg med dette på.')).toEqual(KARI_YES);
  });
  it('"I stedet sender vi min kollega X", "sendar navnet … etter fristen", "er sett opp til å leggje fram"', () => {
    expect(rows('Jeg kan derfor ikke komme. I stedet sender vi min kollega Even Strøm.')).toEqual(EVEN_REPLACES);
    expect(rows('Vi ønsker å være med. Er det i orden at vi sender navnet på deltakeren etter fristen, når vi vet hvem det blir?')).toEqual([]);
    expect(rows('Eg er sett opp til å leggje fram ei sak same dag, og må difor dessverre trekkje påmeldinga mi.')).toEqual(KARI_NO);
  });
  it('"Både Fjell og Haugalandet er med", "i fase 2 kommer Strand med" are regions, not persons', () => {
    expect(rows('Både Fjell og Haugalandet er med i fase 2. Vi melder på Even Strøm.')).toEqual([['Even Strøm', true]]);
    expect(rows('I fase 1 fulgte vi Haugesundregionen, og i fase 2 kommer Strand med i tillegg. Vi melder på Even Strøm.')).toEqual([['Even Strøm', true]]);
  });
  it('"laktosefrie produkter fungerer ikke", "tåler i tillegg ikke soya"', () => {
    expect(diets('Jeg kommer. Jeg har melkeproteinallergi, så laktosefrie produkter fungerer dessverre ikke for meg.')).toEqual([['milk']]);
    expect(diets('Jeg kommer. Jeg er vegetarianer og tåler i tillegg ikke soya.')).toEqual([['soy', 'vegetarian']]);
  });
});
