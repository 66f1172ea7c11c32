/**
 * THE Norwegian (bokmål + nynorsk) and English wording rules, in one readable place.
 *
 * Why regexes over words rather than a grammar: replies are short and formulaic, but written
 * in three languages/variants with free word order. Each list below names one intention; the
 * analysis in parse.ts decides whose intention it is (the sender, a named colleague, …).
 * Word boundaries are written as (?<![\p{L}\d]) … (?![\p{L}\d]) because JavaScript's \b does
 * not know æ, ø, å.
 */
import { withStandIns } from './standins';
import { registerTriggers } from './triggers';

// Every rule that names a typographic character also matches its stand-in (standins.ts).
function words(source: string): RegExp {
  return withStandIns(new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'iu'));
}
function wordsG(source: string): RegExp {
  return withStandIns(new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'giu'));
}

/** Numbers a group is counted with ("Vi blir tre", "we will be two"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const NUMBER = String.raw`(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|two|three|four|five|six|seven|eight|nine|ten|[2-9])`;
/**
 * A group counting itself: "Vi blir tre (fra Sør-Trøndelag): A, B og C", "Vi er to som kommer",
 * "Me kjem fire stykke", "Fra Hordaland kommer vi to", "We will be three", "There will be two of
 * us". Read like ATTEND_TRANSITIVE (clause.ts): the persons named in the clause (or the list that
 * follows) are registered; the count says whether the writer is one of them. A question ("Kan vi
 * bli tre?") is a question unit and registers nobody. The pronoun and the verb are written with a
 * literal space so that the trigger pre-check (triggers.ts) keys on "vi ", "er vi", … rather than
 * on every word starting with "me" or "er".
 */
const GROUP_COUNT_SOURCE = [
  String.raw`(?:vi |me |we )\s*(?:blir|er|vert|kommer|kjem|stiller|will be|are|['’]ll be|['’]re)\s+(?:(?:totalt|i alt|til sammen|tilsammen|til saman|altså|dermed|da|då|nok|in total|altogether)\s+)?${NUMBER}`,
  // "Frå oss vil vi gjerne vere to" (inverted).
  String.raw`(?:vil|ville|ønsker|ønskjer|håper|håpar|kan) (?:vi|me)\s+(?:gjerne\s+|å\s+){0,2}(?:være|vere|bli|stille|komme|kome)\s+${NUMBER}`,
  // "Vi vil gjerne være to", "me ønskjer å vere tre", "we would like to be two".
  String.raw`(?:vi |me |we )\s*(?:vil|ville|ønsker|ønskjer|håper|håpar|kan|would like|hope|want)\s+(?:gjerne\s+|å\s+|to\s+){0,2}(?:være|vere|bli|stille|komme|kome|be)\s+${NUMBER}`,
  String.raw`(?:blir vi|blir me|er vi|er me|vert vi|vert me|kommer vi|kjem vi|kjem me|stiller vi|stiller me) \s*(?:(?:totalt|i alt|til sammen|tilsammen|til saman|nok)\s+)?${NUMBER}`,
  String.raw`(?:there will be|there are|there['’]ll be)\s+${NUMBER}\s+of\s+us`,
].join('|');
export const GROUP_COUNT = wordsG(GROUP_COUNT_SOURCE);

/** Lists one is put on ("sett meg opp på lista"). */
const LIST_NOUN_T = String.raw`(?:lista|listen|liste|deltakerlist\p{L}*|deltakarlist\p{L}*|påmeldingslist\p{L}*)`;

const ADV = String.raw`(?:(?:meg|oss|seg|herved|hermed|gjerne|også|og|med dette|då|da|nå|no|dermed|altså)\s+){0,3}`;

/** Registers someone (the object follows): "melder på X", "påmelding av X", "we register X". */
export const ATTEND_TRANSITIVE = wordsG([
  String.raw`meld(?:er|e|ar|te|es|ast)?\s+${ADV}på`,
  String.raw`meld(?:er|e|ar|te|es|ast)?\s+(?:[\p{L}-]+[\s,]{1,3}|\([^()]{1,80}\)[\s,]{1,3}){1,6}?på`,
  String.raw`påmeld(?:e|er|ar|ing|inga|ingen|t|te|de)?`,
  // Common misspellings of the sign-up noun: "påmeldning", "påmedling", "pamelding", "paamelding".
  String.raw`(?:påmeldning|påmedling|pamelding|paamelding)(?:a|en)?`,
  String.raw`stille[r]?\s+med`,
  String.raw`registrer(?:e|er)?`,
  String.raw`register(?:s|ed|ing)?`,
  String.raw`sign(?:s|ing)?\s+(?:\p{L}+\s+){0,2}up`,
  String.raw`enrol+(?:s|ing)?`,
  String.raw`(?:vår|vår nye|vår faste|our)\s+(?:deltaker|deltakar|representant|participant|representative)\s+(?:blir|er|vert|will be|is)`,
  String.raw`deltaker(?:e|ar|ne)?\s*(?:fra oss|frå oss)?\s*(?:blir|er|vert|:)`,
  // "hvert fylke sender én person:", "vi sender to deltakere" (the persons follow).
  String.raw`send(?:er|e|ar)?\s+(?:én|ein|ei|en|to|tre|fire|\d)\s+(?:person|personer|personar|deltaker\p{L}*|deltakar\p{L}*|representant\p{L}*|stk)`,
  // "Nordland fylkeskommune blir representert ved Even Strøm", "represented by Jane Doe".
  String.raw`(?:representert|representerte|represented|representeres|representerast)\s+(?:[\p{L}-]+\s+){0,3}?(?:ved|av|by)`,
  // Put on the list: "sett meg opp", "skriv oss opp", "før meg opp på lista", "sett opp Per Hansen".
  String.raw`(?:sett|sette|setter|set|skriv|skrive|skriver|før|føre|fører)\s+${ADV}opp(?!\s+(?:et|eit|ein|en|ei|noe|noko|a|an|the)(?![\p{L}]))`,
  String.raw`(?:sett|sette|setter|set|skriv|skrive|skriver|før|føre|fører)\s+(?:[\p{L}-]+\s+){1,3}?opp\s+på\s+${LIST_NOUN_T}`,
].join('|'));

/**
 * "Vi sender Jørn Eide (i stedet)", "jeg tar med (meg) Per Hansen": sending or bringing a person, named right after the verb with a capital
 * (case-sensitive: the rules above ignore case, and "sender deg programmet" is no sign-up).
 */
export const SEND_PERSON = /(?<![\p{L}\d])(?:[Ss]end(?:er|e|ar)?(?:\s+(?:i stedet|istedet|i staden|istaden|derfor|difor|heller|da|då|no|nå))?(?:\s+(?:vi|me))?(?:\s+(?:min|mi|vår|vårt|våre)\s+(?:kollega|kollegaen|medarbeider|medarbeidar|rådgiver|rådgjevar|leder|leiar|sjef))?|(?:[Tt]ar|[Tt]ek|[Hh]ar|[Tt]a)\s+med(?:\s+(?:meg|oss|seg))?)(?=\s+\p{Lu}\p{Ll})/gu;

/** Comes/attends (the subject does): "jeg kommer", "Kari deltar", "eg kjem", "I will attend". */
export const ATTEND_INTRANSITIVE = wordsG([
  'kommer', 'kjem', 'komme', 'kome', 'koma', 'kommet', 'kome', 'komet', 'kjeme', 'kjæm', 'kæm',
  'deltar', 'delta', 'deltek', 'deltake', 'deltaka', 'deltas', 'deltatt', 'delteke',
  // "Rune kan likevel ikke reise", "eg reiser ned": travelling to the meeting is coming.
  'reise', 'reiser', 'reisa', 'reist', 'travel',
  'stiller', 'stille', 'stile',
  String.raw`(?:være|vere|vera|bli|blir|er|vert)\s+(?:(?:også|òg|au|gjerne|nok|sikkert|derfor|likevel|allikevel)\s+)?med`,
  String.raw`representere[r]?`,
  String.raw`tar?\s+(?:plassen|den plassen|plassen vår|vår plass)`,
  // "Siv Tørud tar hennes plass", "overtar plassen hans".
  String.raw`(?:tar|tek|overtar|tar over|tek over)\s+(?:hennes|hans|hennar|hennes sin|hans sin)\s+plass|(?:tar|tek|overtar|tar over|tek over)\s+plassen\s+(?:hennes|hans|hennar)`,
  // "Eg kan gjerne ta oppstartssamlinga", "jeg tar turen", "I'll take the meeting".
  String.raw`(?:ta|tar|tek|take)\s+(?:oppstartssamlinga|oppstartssamlingen|samlinga|samlingen|møtet|turen|the meeting)`,
  String.raw`(?:regn|rekn|regne|rekne)\s+med\s+(?:meg|oss)`,
  // "Magnus Berntsen blir Buskeruds deltaker", "Jeg er Sør-Trøndelag fylkeskommunes deltaker".
  String.raw`(?:blir|er|vert|will be|is)\s+(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\s+|vår\s+|vår nye\s+|our\s+|the\s+)(?:deltaker|deltakar|deltakeren|deltakaren|representant|representanten|participant|representative)`,
  // "Det blir meg fra Nordland fylkeskommune": the writer is the one.
  String.raw`det\s+blir\s+(?:meg|meg selv|meg sjølv|eg|undertegnede|underteikna)`,
  // "Eg tek denne for Hordaland", "Ja, jeg tar den gjerne": taking the invitation is coming.
  String.raw`(?:ta|tar|tek|take)\s+(?:den|denne|this one)(?:\s+gjerne)?(?=\s*(?:[.,!]|for\s|fra\s|frå\s|$))`,
  // "Flott, sees i Oslo!", "see you in Oslo" ("gleder meg" alone is also said to a confirmation).
  String.raw`sees\s+(?:i Oslo|der|dit|på samlingen|på samlinga|den 24\.?|24\.|i september|snart)`,
  String.raw`see you\s+(?:in Oslo|there|on the 24th|on 24 September|soon)`,
  'attend', 'attending', 'attends', 'join', 'joining', 'participate', 'participating', 'come', 'coming',
  String.raw`be there`, String.raw`count (?:me|us) in`, String.raw`represent(?:ing|s)?`,
  // "Torgeir ønsker å være til stede", "eg vil gjerne vere til stades".
  String.raw`(?:være|vere|vera|er|blir|bli)\s+til\s+(?:stede|stades)`,
  // "Bekrefter deltakelse", "jeg bekrefter herved min deltaking", "I confirm my attendance".
  String.raw`(?:bekreft|stadfest)(?:er|e|ar|a)?\s+(?:(?:herved|hermed|med dette|gjerne|min|mi|mitt|vår)\s+){0,2}(?:deltakelse|deltagelse|deltaking|deltaking|oppmøte|påmelding\p{L}*)`,
  String.raw`confirm(?:s|ing)?\s+(?:(?:my|our|hereby)\s+)?(?:attendance|participation|registration)`,
  // "eg møter opp" (the other uses of "møter" are checked in clause.ts: SHOWS_UP).
  String.raw`møter?\s+(?:\p{L}+\s+)?opp`,
].join('|'));

/**
 * "møter" (shows up), when clause.ts finds a subject before it ("Jeg møter for Hordaland") or a
 * place phrase with the subject after it ("Fra Kristiansundregionen møter vår næringssjef Kåre
 * Løkken"); otherwise it is the noun ("mange møter"). A rule of its own so that only clauses
 * with "møter" pay for the context check.
 */
export const SHOWS_UP = wordsG('møter');
export const SHOWS_UP_SUBJECT_BEFORE = /(?<![\p{L}])(?:jeg|eg|vi|undertegnede|underteikna)\s+(?:\p{L}+\s+)?$/iu;
export const SHOWS_UP_PLACE_BEFORE = /(?<![\p{L}])(?:fra|frå|for)\s+(?:[\p{L}-]+\s+){1,3}?$/iu;

/** Uses of "kommer"/"come" that are not about coming to the meeting. */
export const ATTEND_FALSE_FRIENDS = wordsG([
  String.raw`kommer\s+(?:\p{L}+\s+)?tilbake`, String.raw`kjem\s+(?:\p{L}+\s+)?(?:tilbake|attende|atende)`,
  String.raw`komme\s+(?:\p{L}+\s+)?tilbake`,
  String.raw`kommer\s+(?:med|an på|snart|etter|til å gi|til å sende)`,
  String.raw`kjem\s+(?:med|an på)`,
  String.raw`(?:come|get|coming|getting)\s+back`,
  String.raw`stille\s+(?:et |noen |nokre |eit )?spørsmål`,
  String.raw`(?:delta|deltar|deltek|kommer|stiller)\s+(?:\p{L}+\s+){0,2}(?:et annet|en annen|eit anna|ein annan|another|other)`,
  String.raw`(?:delta|deltar)\s+(?:på|i)\s+(?:et|eit|a)\s+(?:møte|meeting)`,
  String.raw`invitasjonen\s+kom`,
  // Staying in the programme is not coming to the meeting: "glade for å være med videre i fase 2".
  String.raw`(?:være|vere|er|bli|blir)\s+med\s+(?:videre|vidare|i fase|i programmet|i byregionprogrammet)`,
  // Already signed up (by herself, elsewhere): "Solveig Årdal er allereie påmeld frå oss".
  String.raw`(?:allerede|allereie|alt)\s+(?:er\s+|har\s+(?:meldt|meld)\s+(?:seg|meg)\s+)?påmeld\p{L}*`,
  // Taking someone's seat is no coming: "vi vil ikke ta plassen til Rogaland fylkeskommune".
  String.raw`(?:ta|tar|tek|ta over)\s+(?:plassen|plassen vår)\s+(?:til|for)`,
  // "vil ikke ta plassen fra Møre og Romsdal fylkeskommune": not taking another county's seat.
  String.raw`(?:ikke|ikkje|not)\s+(?:\p{L}+\s+)?(?:ta|tar|tek)\s+(?:plassen|plassen vår)\s+(?:fra|frå)`,
  String.raw`kommer\s+fram`, String.raw`kommer\s+inn\s+på`,
  // The noun "reise" (travel) is no travelling to the meeting: "svar på spørsmålene om reise og
  // overnatting", "dekker dere reise?", "reise og opphold betaler vi selv".
  String.raw`(?:om|for|til|av|dekke|dekker|dekkjer|betale|betaler|refundere|refunderer|bestille|bestiller|egen|eiga|eigen)\s+(?:\p{L}+\s+)?reise(?=\s*(?:og|,|\?|\.|$))`,
  String.raw`reise\s*(?:og|,)\s*(?:overnatting|opphold|hotell|losji)`,
  // Put on an agenda, not on the list: "eg er sett opp til å leggje fram ei sak".
  String.raw`(?:er|var|vart|blei|ble|blitt|vorte)\s+(?:\p{L}+\s+)?(?:sett|satt)\s+opp`,
  // The programme's phases: "i fase 2 kommer Strand med i tillegg" (a region joins the programme).
  String.raw`(?:i|fra|frå)\s+fase\s+(?:1|2|en|to|ein|én|eitt)\s+(?:kommer|kjem|er|blir|vert)`,
  // Away travelling: "saksbehandleren er på reise denne uka".
  String.raw`på\s+reise`,
  // The invitation arriving: "Invitasjonen er kommet til Byrådsavdelinga", "e-posten kom inn til postmottaket".
  String.raw`(?:invitasjonen|e-posten|eposten|mailen|brevet|henvendelsen|svaret|svaret mitt|svaret vårt|tilbakemeldingen)\s+(?:\p{L}+\s+){0,2}?(?:kommet|kome|komen|kom)`,
  // "har ikke kommet inn på e-postlistene", "har kommet fram til at …".
  String.raw`(?:kommer|kommet|kom|kjem|kome)\s+(?:inn\s+(?:på|i)|fram|frem)`,
  // A principle, not a sign-up: "det er mest naturlig at den som skal jobbe med regionene, er med fra starten".
  String.raw`(?:naturlig|naturleg|viktig|ønskelig|ønskjeleg|riktig|rett|fornuftig|lurt|nyttig)\s+at\s+(?:[\p{L}-]+[\s,]+){0,14}?(?:er med|blir med|vert med|deltar|deltek|kommer|kjem|stiller)`,
  // The sign-up as a topic: "Spørsmål om påmeldingen kan rettes til undertegnede", "questions about the registration".
  String.raw`(?:spørsmål|spørsmåla|spørsmålene|henvendelser|henvendingar|questions?|enquiries|inquiries)\s+(?:\p{L}+\s+)?(?:om|til|angående|vedrørende|rundt|knyttet til|knytt til|about|regarding|concerning)\s+(?:\p{L}+\s+)?(?:påmeld\p{L}*|deltakelse|deltaking|registration|registrering\p{L}*)`,
  // Past representation is history, not a sign-up: "i fase 1 var vi representert ved Per Hansen".
  String.raw`(?:var|vart|ble|blei|har\s+vært|har\s+vore|hadde\s+vært|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+\s+)?(?:representert|represented)\s+(?:ved|av|by)`,
].join('|'));

/** A person as object: pronoun or a capitalised name of 1–3 words. */
const PERSON_OBJECT = String.raw`meg|oss|seg|henne|ham|han|ho|dem|deg|\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2}`;
const PERSON_OBJECT_EN = String.raw`me|us|him|her|them|myself|\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2}`;
/** Lists one is taken off. */
const LIST_NOUN = String.raw`(?:lista|listen|listene|liste|deltakerlist\p{L}*|deltakarlist\p{L}*|påmeldingslist\p{L}*|påmelding\p{L}*|deltakere|deltakerne|deltakarane|samlingen|samlinga)`;

/** Strong withdrawal words: the person will not come, whatever else is said. */
export const WITHDRAW_STRONG = wordsG([
  'avbud', 'avmeld\\p{L}*', 'fråfall', 'frafall', 'forfall',
  // ("melder på undertegnede på vegne av regionen" is no "melde … av": the rule ignores case, so
  // the name part must not start with "på", and "vegne av" is no "av").
  String.raw`meld(?:er|e|ar|te)?\s+(?!(?:på|pa|paa)(?![\p{L}]))(?:meg|seg|oss|henne|ham|han|ho|deg|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})\s+(?!vegne\s)(?:\p{L}+\s+)?av`,
  // "melde av Petter Brenna", "meld av meg": the object after "av".
  String.raw`meld(?:er|e|ar|te)?\s+(?:dessverre\s+|derfor\s+|herved\s+|no\s+|nå\s+){0,2}av\s+(?:meg|seg|oss|henne|ham|han|ho|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})`,
  String.raw`trekke[r]?\s+(?:meg|oss|seg|påmeldingen|påmeldinga|henne|ham)`,
  String.raw`trekk(?:e|er|je|jer)?\s+(?:tilbake\s+)?(?:min |mi |vår |sin |si |hans |hennes |hennar )?påmelding\p{L}*`,
  // "trekker Anders Vikse sin påmelding", "trekk Per si påmelding".
  String.raw`trekk(?:e|er)?\s+\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2}\s+(?:sin|si|sitt)\s+påmelding\p{L}*`,
  String.raw`cancel(?:s|led|ling|lation)?`, String.raw`withdraw(?:s|ing|n)?`, String.raw`unable to (?:attend|come|join|participate|make it)`,
  String.raw`(?:can't|cannot|can not|won't|will not|won't be able to|will not be able to|couldn't|could not|can['’]t|won['’]t|couldn['’]t)\s+(?:\p{L}+\s+){0,2}(?:attend|come|join|participate|make it)`,
  String.raw`ikke\s+(?:lenger\s+)?(?:anledning|mulighet|høve|hove)`, String.raw`ikkje\s+(?:lenger\s+)?(?:anledning|moglegheit|høve)`,
  String.raw`blir\s+(?:(?:dessverre|diverre|likevel|allikevel|lell|nok|derfor|difor|altså)\s+){0,2}(?:ikke|ikkje)\s+med`, String.raw`vert\s+(?:(?:dessverre|diverre|likevel|lell|nok|difor)\s+){0,2}ikkje\s+med`,
  String.raw`må\s+(?:dessverre\s+)?(?:melde\s+)?(?:forfall|avbud)`,
  // A change of plan overrides the earlier sign-up it follows: "Vi meldte på Anne Lise, men hun
  // kan dessverre ikke likevel", "eg kan ikkje lell", "can't make it after all".
  String.raw`(?:ikke|ikkje)\s+(?:\p{L}+\s+)?(?:likevel|allikevel|lell|alikevel)`,
  // Not possible: "det blir ikke mulig for meg å delta", "umogleg for oss å kome", "not possible for me to attend"
  // (not "ikke mulig å komme før kl. 11": late, not absent).
  String.raw`(?:(?:ikke|ikkje|not)\s+(?:\p{L}+\s+)?(?:mulig|mogleg|mogeleg|muleg|possible)|umulig|umogleg|impossible)\s+(?:for\s+(?:meg|oss|\p{L}+)\s+)?(?:å|to)\s+(?:komme|kome|koma|delta|deltake|stille|reise|være med|vere med|bli med|attend|come|join|participate|make it)(?!\s+(?:\p{L}+\s+)?(?:før|tidligere|tidlegare|tidleg|tidlig|hele|heile|til\s+start|before|until|the whole|all day|on time|i tide|i tid))`,
  String.raw`(?:can't|cannot|can['’]t|won't|won['’]t|not)\s+(?:\p{L}+\s+){0,3}?after all`,
].join('|'));

/**
 * No replacement is sent: "Vi har ikke mulighet til å sende noen andre", "kan ikkje sende nokon
 * annan", "we cannot send anyone else". Says nothing about the writer coming: a withdrawal cue
 * inside it ("ikke mulighet") is not a withdrawal (clause.ts).
 */
export const NO_SUBSTITUTE = wordsG([
  String.raw`(?:ikke|ikkje|not|cannot|can't|can['’]t|unable)\s+(?:\p{L}+\s+){0,5}?(?:sende|senda|send|stille med|finne|skaffe)\s+(?:\p{L}+\s+)?(?:noen|nokon|nokre|anyone|anybody|someone|somebody|en|ein|a)\s+(?:andre|annen|annan|anna|else|other|erstatter|erstattar|vikar|stedfortreder|replacement|substitute|i stedet|istedet|i staden|istaden|instead)`,
  String.raw`(?:ingen|ingen andre|no one|nobody)\s+(?:andre\s+|else\s+)?(?:å|til å|to)\s+(?:sende|send)`,
].join('|'));

/**
 * Strong withdrawals in other words (a rule of their own so that their rare trigger words decide
 * when it runs; WITHDRAW_STRONG runs on every clause with "ikke", "meld", "må", …).
 */
export const WITHDRAW_LIST = wordsG([
  // Taken off the list: "stryk meg (fra deltakerlisten)", "ta meg av lista", "fjern Kari Nordmann fra lista",
  // "slett påmeldinga mi", "take me off the list", "remove us from the list".
  String.raw`stryk(?:e|er|es)?\s+(?:${PERSON_OBJECT})`,
  String.raw`(?:ta |tar |tek |fjern(?:e|er)? |slett(?:e|er)? |strek(?:e|er)? )\s*(?:${PERSON_OBJECT})\s+(?:ut\s+)?(?:av|fra|frå|ifra|ifrå|bort fra|vekk fra|ut av)\s+(?:\p{L}+\s+)?${LIST_NOUN}`,
  String.raw`(?:fjern|fjerne|fjerner|slett|slette|sletter|annuller\p{L}*|kanseller\p{L}*)\s+(?:min\s+|mi\s+|vår\s+|hans\s+|hennes\s+)?(?:påmelding\p{L}*|plass\p{L}*)`,
  String.raw`(?:take|takes|remove|removes|drop|strike|delete|cross)\s+(?:${PERSON_OBJECT_EN})\s+(?:off|from|out of)`,
  // Giving up the seat: "si fra meg plassen", "sei frå meg plassen", "gir bort plassen vår".
  String.raw`(?:si |sier |sei |seie |seier |sa |gi |gir |gje |gjev |gav |ga )\s*(?:fra|frå|ifra|ifrå|i fra|i frå|bort|opp)\s+(?:meg\s+|oss\s+|seg\s+)?(?:plassen|min plass|mi plass|vår plass)`,
  String.raw`no longer\s+(?:be\s+)?(?:able|attend\p{L}*|com\p{L}*|join\p{L}*|participat\p{L}*|available)`,
  String.raw`(?:pull|pulls|pulling|pulled|bow|bows|bowing|bowed|drop|drops|dropping|dropped)\s+out`,
  String.raw`(?:send |sends |sending )\s*(?:my|our|his|her)\s+regrets`,
  // Declining: "må dessverre takke nei", "takkar nei", "decline the invitation", "avbod" (nynorsk).
  String.raw`(?:takke nei|takker nei|takkar nei|takka nei|takket nei)`, 'avbod',
  String.raw`declin(?:e|es|ing)\s+(?:the\s+|your\s+)?invitation`,
  String.raw`(?:have to|must|regretfully|unfortunately|sadly)\s+(?:\p{L}+\s+)?declin\p{L}*`,
  String.raw`avlys\p{L}*\s+(?:min\s+|mi\s+|vår\s+|hans\s+|hennes\s+)?(?:deltakelse|deltagelse|deltaking|påmelding\p{L}*|plass\p{L}*)`,
  String.raw`må\s+(?:dessverre\s+)?avlyse`,
].join('|'));

/**
 * Cannot make it (weak: a later "men jeg kommer" wins): "blir forhindret", "rekk ikkje samlinga",
 * "rekker dessverre ikke møtet", "får det ikke til", "datoen passer dessverre ikke", "kommer meg
 * ikke dit", "står over denne gangen", "er dobbeltbooket", "skulle gjerne ha deltatt". Not "rekker
 * ikke fristen" (late, not absent). A clause that names food is about food ("gluten passer ikke for
 * meg"): clause.ts then ignores this rule.
 */
export const WITHDRAW_WEAK = words([
  // Prevented: "blir dessverre forhindret fra å delta", "er forhindra", "prevented from attending".
  String.raw`(?:forhindr|hindr)(?:et|a|es|ast|ede|ed)`, 'prevented',
  String.raw`(?:rekk|rekker|rekke|rakk|klarer|klarar|greier|greiar)\s+(?:\p{L}+\s+){0,2}?(?:ikke|ikkje)(?!\s+(?:\p{L}+\s+){0,2}?(?:fristen|frist|deadline|svarfristen|påmeldingsfristen|å svare|å sende|å gi|å melde))`,
  String.raw`får \s*(?:det\s+)?(?:dessverre\s+)?(?:ikke|ikkje)\s+(?:\p{L}+\s+)?til`,
  String.raw`(?:passer |passar )\s*(?:\p{L}+\s+){0,2}?(?:ikke|ikkje)`,
  String.raw`(?:kommer meg|kommer oss|kommer seg|kjem meg|kjem oss|kjem seg)\s+(?:\p{L}+\s+)?(?:ikke|ikkje)`,
  String.raw`(?:står over|stå over|sto over|stod over)`,
  String.raw`dobbel(?:t)?book\p{L}*`, String.raw`double[- ]?book\p{L}*`, String.raw`kollider\p{L}*`, 'clash(?:es)?',
  // Something else comes first: "må dessverre prioritere et annet oppdrag", "er opptatt den dagen",
  // "har et annet møte".
  String.raw`(?:må|lyt)\s+(?:dessverre\s+|diverre\s+)?prioritere\s+(?:\p{L}+\s+){0,2}?(?:annet|anna|andre|noe annet|noko anna)`,
  String.raw`(?:er|blir|vert)\s+(?:dessverre\s+|diverre\s+)?opptatt(?!\s+(?:av|med|i|for)(?![\p{L}]))`,
  String.raw`(?:har|fått|fatt|fikk|fekk)\s+(?:(?:jeg|eg|vi|me|dessverre|diverre|nå|no|plutselig|brått)\s+){0,2}(?:fått\s+|fatt\s+)?(?:et|ein|eit|en|ei)\s+(?:annet|anna|annan|anna)\s+(?:møte|oppdrag|avtale|arrangement)`,
  // Fallen ill: "er blitt syk", "har vorte sjuk", "ble sykmeldt", "is ill" (the writer, or the person named).
  String.raw`(?:er|har|ble|blei|vart|blir|vert)\s+(?:(?:dessverre|diverre|desverre|plutselig|brått|nå|no|akkurat)\s+){0,2}(?:blitt\s+|vorte\s+|vorten\s+)?(?:syk|sjuk|sykmeldt|sjukmeldt|sjukmeld|sykemeldt|syk i dag|sengeliggende)`,
  String.raw`(?:am|is|have been|has been|got|fell)\s+(?:\p{L}+\s+)?(?:ill|sick)(?!\s+(?:of|and tired))`,
  // Would have liked to: "skulle gjerne ha deltatt, men …", "hadde gjerne kome", "would have loved to attend".
  String.raw`(?:skulle|ville|hadde)\s+(?:\p{L}+\s+){0,2}?(?:ha\s+)?(?:deltatt|delteke|kommet|vært med|vore med|stilt)`,
  String.raw`(?:would|could)(?:\s+have|['’]ve)\s+(?:\p{L}+\s+){0,2}?(?:attended|come|joined|participated|been there)`,
  String.raw`(?:would|could)(?:\s+have|['’]ve)\s+(?:loved|liked|wanted)\s+to\s+(?:attend|come|join|participate|be there)`,
  // "det blir dessverre ikke noe av (for meg)" (keyed on the negation).
  String.raw`(?:ikke noe av|ikkje noko av)`,
].join('|'));

/**
 * Conditions: a withdrawal or sign-up inside "hvis/dersom/if …," is hypothetical ("Hvis jeg blir
 * forhindret, sender jeg en kollega", "Skulle eg bli sjuk, …"). The span runs to the next comma; "om"
 * and the inverted "skulle jeg"/"should I" count only at the start of the clause or after a comma.
 * "Før eg melder meg på: …" ("before I sign up") is no sign-up either
 * ("om" elsewhere means "about"; "jeg skulle gjerne ha deltatt" is no condition).
 */
export const CONDITIONAL = wordsG(String.raw`lurer\s+(?:\p{L}+\s+){0,2}?på\s+om|(?:spør|spørre|spørje|spørja|spurt|spurte|spurde)\s+(?:\p{L}+\s+)?om|wonder(?:ing)?\s+(?:if|whether)|hvis|dersom|viss|om|if|in case|unless|i tilfelle|med mindre|skulle\s+(?:jeg|eg|vi|me|det|han|hun|ho|noen|nokon)|should\s+(?:I|we|anything|something)|før\s+(?:jeg|eg|vi|me)|before\s+(?:I|we)`);

export const NEGATION = wordsG(['ikke', 'ikkje', 'not', "can't", 'cannot', "won't", "don't", 'aldri', 'never', 'unable', 'verken', 'hverken', 'korkje'].join('|'));

/** Replacement: the sender (or a named person) is replaced by someone else. */
export const REPLACE_SELF = words([
  String.raw`(?:i stedet|istedet|isteden|i steden|i staden|istaden|istedenfor|i stedenfor)\s+for\s+(?:meg|oss|meg selv)`,
  String.raw`istedenfor\s+(?:meg|oss)`,
  String.raw`(?:instead of|in place of)\s+(?:me|myself|us)`, String.raw`in my (?:place|stead)`,
  String.raw`erstatter\s+(?:meg|oss)`, String.raw`tar\s+(?:over\s+)?(?:min|mi)\s+plass`, String.raw`overtar\s+(?:min|mi)\s+plass`,
  String.raw`(?:tar|tek|overtar)\s+(?:over\s+)?plassen\s+min`, String.raw`(?:replaces|replace|will replace)\s+me`, String.raw`take my (?:place|seat)`,
  String.raw`(?:kommer|stiller|deltar|møter|kjem)\s+(?:\p{L}+\s+){0,4}for meg`,
  String.raw`vikar(?:ierer)?\s+for\s+meg`,
  // "Even Strøm tar over for meg", "jeg overlater plassen (min) til Even", "gir plassen min til Even".
  String.raw`(?:tar|tek)\s+over\s+for\s+(?:meg|oss)`,
  String.raw`(?:overlater|overlet|overlét|gir|gjev|gir bort|gjev bort)\s+(?:min\s+|mi\s+)?plass(?:en)?(?:\s+min|\s+mi|\s+vår)?\s+til`,
].join('|'));

/** "i stedet for X" (X is the one dropping out). */
export const INSTEAD_OF = wordsG([
  String.raw`(?:i stedet|istedet|isteden|i steden|i staden|istaden|i stedenfor)\s+for`, 'istedenfor', 'istadenfor',
  String.raw`instead of`, String.raw`in place of`, String.raw`erstatte[r]?`, String.raw`replac(?:es|ing|e)`,
  // "eg skal ta over plassen til Ingvild Tjelta", "take over the place of".
  String.raw`(?:ta|tar|tek|overta|overtar)\s+(?:over\s+)?plassen\s+(?:til|etter)`, String.raw`take over (?:the )?(?:place|seat) (?:of|from)`,
].join('|'));

/** Taking the seat of the person named before: "Jeg overtar plassen hennes", "Siv tar hans plass". */
export const TAKES_THEIR_SEAT = words(String.raw`(?:tar|tek|overtar|tar over|tek over)\s+(?:(?:hennes|hans|hennar)\s+plass|plassen\s+(?:hennes|hans|hennar))`);

/** "i stedet" on its own: the named person comes instead of someone (usually the sender). */
export const INSTEAD = words(String.raw`i stedet|istedet|isteden|i staden|istaden|instead|i steden`);

/**
 * A reply that only says yes to the invitation: "Ja!", "Jepp", "Yes please", "+1 fra Telemark 👍",
 * "Ja takk, gjerne." (the whole sentence; a greeting before it is allowed).
 */
export const BARE_YES = withStandIns(new RegExp(
  String.raw`^(?:(?:hei|hallo|hi|hello)(?:\s+[\p{L}-]+){0,2}[\s,!.]+)?(?:ja|jepp|jupp|jess|jada|jo|yes|yep|yup|absolutt|gjerne|selvfølgelig|sjølvsagt|selvsagt|definitivt|\+1)` +
    String.raw`(?:[\s,]+(?:takk|gjerne|please|takk gjerne|absolutt|selvfølgelig|sjølvsagt))?(?:\s+(?:fra|frå|from)\s+\p{Lu}[\p{L}-]*(?:\s+(?:og\s+)?\p{Lu}[\p{L}-]*){0,2})?` +
    String.raw`[\s!.]*(?:\p{Extended_Pictographic}\uFE0F?[\s!.]*)*$`,
  'iu',
));

/** "her kommer påmeldingen min", "min påmelding", "my registration": the writer's own sign-up. */
export const OWN_SIGNUP_NOUN = words(String.raw`påmelding(?:en|a)?\s+(?:min|mi)|(?:min|mi)\s+påmelding(?:en|a)?|my\s+(?:registration|sign-?up)`);

/**
 * The writer's own sign-up confirmed in a later reply: "Påmeldingen står ellers ved lag",
 * "påmeldinga mi gjeld framleis", "my registration still stands".
 */
export const SIGNUP_STANDS = words(
  String.raw`(?:påmeldingen|påmeldinga|påmeldingen min|påmeldinga mi|min påmelding|mi påmelding|registreringen|my registration|my sign-up|my booking)\s+(?:\p{L}+\s+){0,2}?(?:står|stend|gjelder|gjeld|stands|is still valid|er fortsatt gyldig|er framleis gyldig)`,
);

/**
 * A general statement, not about a person: "Lupinmel er ofte brukt i glutenfrie bakevarer",
 * "sausen inneholder vanligvis gluten", "gluten is often used in …". A diet word in a clause that
 * names nobody and says this is no one's diet.
 */
export const GENERIC_STATEMENT = words(
  String.raw`ofte|oftest|vanligvis|vanlegvis|gjerne brukt|normalt|typisk|brukes|brukast|brukt i|nyttes|inneholder|inneheld|lages|lagast|laget av|laga av|often|usually|typically|commonly|contains?|is used|are used|made with|made from`,
);

/** Change of attendee: "bytte ut X med Y", "endre påmeldingen fra X til Y", "replace X with Y". */
export const CHANGE = words(String.raw`bytt(?:e|er|a)?\s+ut|bytte|endr(?:e|er|ing)|change|swap|replace\p{L}*`);

/**
 * A role holder as the subject, without a name: "Fylkesrådmannen ønsker å delta", "Ordføreren kan
 * ikke komme", "Lederen vår er forhindret", "sjefen min kommer", "my boss will attend". The
 * statement is about that person, not the writer; with no name it lists nobody (analyse.ts). The
 * compounds are written out as literals so that the trigger pre-check keys on them.
 */
const ROLE_PREFIXES = ['', 'fylkes', 'vara', 'region', 'regional', 'avdelings', 'seksjons', 'kommunal', 'fag', 'enhets', 'prosjekt', 'fylkesvara'];
const ROLE_NOUNS = ['rådmannen', 'ordføreren', 'ordføraren', 'direktøren', 'sjefen', 'lederen', 'leiaren', 'rådgiveren', 'rådgjevaren'];
export const ROLE_SUBJECT = wordsG([
  ...ROLE_PREFIXES.flatMap((p) => ROLE_NOUNS.map((n) => p + n)),
  'kollegaen', 'kollegaen min', 'kollegaen vår', 'kollegane mine',
  String.raw`(?:min|mi|vår|my|our|the)\s+(?:kollega|kollege|sjef|leder|leiar|direktør|ordfører|ordførar|rådmann|colleague|boss|manager|director|mayor|ceo|county mayor|chief executive)`,
].join('|'));

/** The statement is uncertain, so it is not (yet) a sign-up. */
export const UNCERTAIN = words([
  String.raw`vet\s+(?:\p{L}+\s+){0,2}(?:ikke|ikkje|enda|ennå|ikke enda)\s*(?:om|hvem|kven|hvor)`, String.raw`veit\s+(?:\p{L}+\s+){0,2}ikkje`,
  String.raw`usikker`, String.raw`uvisst`, String.raw`ikke\s+(?:helt\s+)?(?:sikkert|bestemt|avklart|klart)`,
  String.raw`ikkje\s+(?:heilt\s+)?(?:sikkert|bestemt|avklart|klart)`, 'kanskje', 'muligens', 'moglegvis', 'mulig at',
  String.raw`not sure`, 'maybe', 'perhaps', 'possibly', String.raw`not yet (?:decided|known|clear)`,
  String.raw`kommer\s+tilbake\s+med`, String.raw`gir\s+beskjed\s+(?:om|når|senere)`, String.raw`melder\s+(?:\p{L}+\s+)?senere`,
  String.raw`vurderer`, String.raw`avventer`,
].join('|'));

/** Self references. "undertegnede" = the undersigned. */
export const SELF_SUBJECT = words(['jeg', 'eg', 'undertegnede', 'undertegna', 'underteikna', 'meg selv', 'meg sjølv', 'myself'].join('|'));
/** English "I" (case-sensitive: Norwegian "i" is a preposition, and "I stedet" starts sentences). */
export const ENGLISH_I = withStandIns(/(?<![\p{L}])I(?:['’](?:m|ll|d)(?![\p{L}])|\s+(?:am|will|would|have|can|cannot|can't|won't|shall|do|don't|wish|want|need|look|plan|hope|unfortunately|must|regret|attend|eat|could|really|also|still|just|\p{Ll}+ly)(?![\p{L}]))/u);
/** Self together with a named person: "Kari og jeg", "undertegnede og Kari", "sammen med". */
export const SELF_WITH_OTHERS = words(String.raw`(?:jeg|eg|meg|I|me|undertegnede|undertegna|underteikna)\s+(?:og|and|&)|(?:og|and|&)\s+(?:jeg|eg|meg|I|me|undertegnede|undertegna|underteikna)|sammen med|saman med|together with|vi begge|me begge|both of us|vi to|we both|meg selv og|meg sjølv og`);
export const SELF_OBJECT = words(['meg', 'me', 'myself', 'undertegnede', 'undertegna', 'underteikna', 'meg selv', 'meg sjølv', 'oss'].join('|'));
export const WE_WORDS = words('vi|me|we|oss|us');
export const THIRD_PERSON = wordsG('han|hun|ho|he|she|henne|ham|honom|hans|hennes|hennar|his|her|vedkommende');
// "alle nøtter", "both nuts and fish": a quantity of food, not of persons.
const FOOD_AFTER = String.raw`(?!\s+(?:typer|typar|slags|slag|sorter|sortar|former|formar|nøtter|nøtte\p{L}*|skalldyr|skaldyr|fisk\p{L}*|melk\p{L}*|mjølk\p{L}*|egg|meieri\p{L}*|korn\p{L}*|frukt\p{L}*|kjøtt\p{L}*|nuts|fish|shellfish|dairy|gluten|lactose|eggs|milk|kinds|types|sorts)(?![\p{L}]))`;
export const BOTH_WORDS = words(String.raw`begge${FOOD_AFTER}|both${FOOD_AFTER}|alle${FOOD_AFTER}|all of us|vi begge|me begge|begge to|begge two|alle tre|begge deltakerne`);

/**
 * Subjectless statements at the start of a clause: "Kommer gjerne!", "Deltar.", "Meld meg på",
 * "Ønsker å delta", "Vil gjerne delta", "Har lyst til å komme", "Takk for invitasjonen, ønsker å
 * delta", "Gleder meg", "Would love to attend", "Looking forward to it". The verb (a form of being
 * willing/able/planning, or of coming) stands first, after interjections and a thank-you; the
 * clause's attend or withdraw cue decides what is said, this only says the writer is its subject.
 */
export const ELLIPTIC_START = withStandIns(new RegExp(
  String.raw`^(?:(?:ja|jo|yes|hei|hallo|heisann|ok|okei|okay|takk|tusen takk|mange takk|ja takk|supert|super|flott|fint|topp|perfekt|kjempefint|herlig|thanks|thank you|many thanks|great|perfect|excellent|wonderful|lovely)(?:\s+(?:for|for the)(?:\s+[\p{L}-]+){1,5}?)?[\s,!.:]+){0,3}` +
    String.raw`(?:(?:og|and|så|dessverre|gjerne|også|absolutt|unfortunately|also|definitely)\s+){0,2}` +
    String.raw`(?:kommer|kjem|deltar|deltek|stiller|meld\p{L}*|bekrefter|bekreftar|stadfester|stadfestar|confirm|confirming|count|will|would|happy to|glad to|gleder|gler|ser fram|ser frem|sees|see you|` +
    String.raw`ønsker|ønskjer|ønsket|vil|ville|skal|kan|kunne|har lyst|hadde lyst|har tenkt|hadde tenkt|planlegger|planlegg|regner med|` +
    String.raw`reknar med|rekner med|håper|håpar|blir|vert|er med|tar|rekk|rekker|må|får|fikk|looking forward|look forward|plan|planning|` +
    String.raw`hope|want|wish|am|can|cannot|can['’]t|must|have to|would like|am able|unable)(?![\p{L}])`,
  'iu',
));

/**
 * Cleft sentences: "Det er jeg som representerer Buskerud", "… er det jeg som kommer" (after a
 * fronted phrase), "det blir Kari som kommer", "it is me who attends". The "som/who" after them
 * starts the main statement, not a relative clause (clause.ts withoutRelative).
 */
export const CLEFT_BEFORE = withStandIns(/(?<![\p{L}])(?:det\s+(?:er|var|blir|ble|vert|vart)|(?:er|var|blir|ble|vert|vart)\s+det|it\s+(?:is|was|will be)|it['’]s)\s+(?:[\p{L}.-]+\s+|\([^()]{1,80}\)\s+){1,7}$/iu);

/** Question sentences (and requests, which count as sign-ups when they ask to register someone). */
export const REQUEST = words(String.raw`kan du|kunne du|vil du|kan dere|kunne dere|could you|can you|would you|please|vær så snill|ver så snill|ber om|ber deg`);

/** Out-of-office. Subject markers are decisive; body markers only if nothing else is said. */
export const OOO_SUBJECT = /^(?:\s*(?:automatisk svar|autosvar|automatic reply|auto[- ]?reply|autoreply|out of (?:the )?office|fraværende|fraværande|fravær|fråvær|ikke til stede|ikkje til stades|abwesend|frånvarande|ferie)\b)/iu;
export const OOO_BODY = words([
  String.raw`(?:jeg|eg|i)\s+(?:er|am|'m)\s+(?:\p{L}+\s+){0,2}(?:på ferie|fraværende|fråverande|fraverande|borte|ute av kontoret|out of (?:the )?office|on (?:vacation|holiday|leave)|away|i permisjon|på kurs|på reise|sykmeldt|sjukmeld|sykemeldt|tilbake)`,
  String.raw`out of (?:the )?office`, String.raw`automatisk svar`, String.raw`automatic reply`, 'autosvar',
  String.raw`(?:begrenset|avgrensa|avgrenset|limited)\s+(?:tilgang|access)`,
  String.raw`tilbake\s+(?:på\s+(?:kontoret|jobb)\s+)?(?:igjen\s+)?(?:den|mandag|tirsdag|onsdag|torsdag|fredag|\d)`,
  String.raw`(?:back|return(?:ing)?)\s+(?:in the office\s+)?on`,
  String.raw`i mitt fravær`, String.raw`i mitt fråvær`, String.raw`in my absence`, String.raw`henvendelser\s+(?:kan\s+)?rettes`,
].join('|'));

/** Forward notes: the reply only passes on a sign-up given below. */
export const FORWARD_NOTE = words([
  String.raw`(?:se|sjå|sjaa)\s+(?:nedenfor|under|nedanfor|nedafor|mail\s+under|e-post\s+under|e-posten\s+under|vedlagt|nedenunder|nedanunder)`, String.raw`videresend\p{L}*`,
  String.raw`vidaresend\p{L}*`, 'fyi', String.raw`til orientering`, String.raw`see below`, String.raw`forward\p{L}*`,
  String.raw`påmelding\s+(?:fra|frå)\s+\p{Lu}`, String.raw`sender\s+(?:denne\s+)?videre`, String.raw`sender\s+vidare`,
].join('|'));

export const FORWARD_SUBJECT = /^\s*(?:(?:sv|re|aw|vs|fw|fwd|vb|wg|tr)\s*:\s*)*(?:vs|fw|fwd|vb|wg|tr)\s*:/i;

/** Closings that start the signature. The rest of the line may hold the name ("Hilsen Siri"). */
const CLOSING_PLAIN = /^(?:med\s+)?(?:vennlig|venleg|venlig|vennleg|beste|varm|varme|mange|kjærlig|hjertelig)?\s*(?:hilsen|helsing|hilsener|helsingar|hilsninger|hälsningar|hilsn|hils|helsing frå|hilsen fra)\b[\s,.!:-]*(.*)$|^(?:mvh|m\.?v\.?h\.?|vh|v\.h\.|mvh\.|hilsen|helsing|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours sincerely|yours|with regards|venlig hilsen)\b[\s,.!:-]*(.*)$/iu;
// A closing may follow one in another language: "Dearvvuođat / Hilsen", "Best regards / Hilsen".
const CLOSING_BILINGUAL = /^(?:[\p{L}]{2,20}(?:\s+[\p{L}]{2,20})?\s*\/\s*)?(?:med\s+)?(?:vennlig|venleg|venlig|vennleg|beste|varm|varme|mange|kjærlig|hjertelig)?\s*(?:hilsen|helsing|hilsener|helsingar|hilsninger|hälsningar|hilsn|hils|helsing frå|hilsen fra)\b[\s,.!:-]*(.*)$|^(?:[\p{L}]{2,20}(?:\s+[\p{L}]{2,20})?\s*\/\s*)?(?:mvh|m\.?v\.?h\.?|vh|v\.h\.|mvh\.|hilsen|helsing|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours sincerely|yours|with regards|venlig hilsen)\b[\s,.!:-]*(.*)$/iu;

/** A closing line ("Med vennleg helsing", "Mvh Kari", "Dearvvuođat / Hilsen"): the match, or null. */
export function closingMatch(line: string): RegExpExecArray | null {
  return CLOSING_PLAIN.exec(line) ?? (line.includes('/') ? CLOSING_BILINGUAL.exec(line) : null);
}

/** Lines that end the body (phone/app footers, signature dash). */
export const SIGNATURE_START = withStandIns(/^(?:--\s*|—\s*|sendt fra min \p{L}+.*|sent from my .*|sendt fra (?:outlook|e-post|mail|min|samsung|yahoo|iphone|ipad).*|hent outlook for .*|get outlook for .*|sendt frå .*|sendt fra mobil.*|sent from (?:outlook|mail|samsung|yahoo).*)$/iu);

/** Words that make a capitalised token NOT part of a person name (sentence starters, places, …). */
export const NOT_NAME = new Set(
  (
    'hei hallo heisann hi hello dear kjære god morgen takk tusen mvh hilsen vennlig venleg helsing beste med regards best kind ' +
    'jeg eg vi me du de dei dere han hun ho den det dette denne disse oss meg seg deg deira hennes hennar i we you he she they it my our your ' +
    'og men eller for fra frå til på om av som at etter før når hvis dersom så da då the and or to from with in on at by of ' +
    'er blir har kan kommer skal vil ønsker melder meld deltar stiller trenger spiser beklager ja nei ok nb ps is will can would could ' +
    'please thanks thank also still hope hopefully sorry unfortunately regarding re sv vs fw fwd aw tr emne subject sendt sent date dato kopi cc ' +
    'e-post epost mail email e-mail tlf telefon mobil mob phone navn name deltaker deltakere deltakar participant participants ' +
    'allergi allergier allergies mat kost lunsj lunch middag program samling samlingen samlinga oppstartssamling oppstartssamlingen ' +
    'invitasjon invitasjonen påmelding påmeldingen fylkeskommune fylkeskommunen fylke fylket kommune kommunen fylkesmannen region regionen ' +
    'regionrådet avdeling avdelinga avdelingen seksjon enhet etat etaten utviklingsprogrammet byregioner byregion byregionprogrammet ' +
    'distriktssenteret kompetansesenter departement direktorat norge noreg norway oslo ' +
    'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag monday tuesday wednesday thursday friday saturday sunday ' +
    'januar februar mars april juni juli september oktober november desember january february march june july october december ' +
    'rådgiver rådgjevar seniorrådgiver seniorrådgjevar spesialrådgiver prosjektleder prosjektleiar leder leiar direktør fylkesdirektør ' +
    'konsulent sekretær koordinator planlegger planleggar kollega kollegaen kolleger ' +
    'vegetar vegetarianer veganer halal kosher ingen inga alle begge også ellers dessverre gjerne fint flott supert ' +
    'østfold akershus hedmark oppland buskerud vestfold telemark aust-agder vest-agder agder rogaland hordaland sogn fjordane møre romsdal ' +
    'sør-trøndelag nord-trøndelag trøndelag nordland troms finnmark innlandet viken vestland ' +
    'bjørvika konferansesenter hotell hotel tid sted frist fristen svar vedlegg attachment ' +
    'automatisk automatic reply out office ferie fravær tilbake back ' +
    'angående vedr vedrørende ang ref hva hvem hvor hvordan hvorfor kven kor korleis what who where how why ' +
    'undertegnede undertegna vår vårt våre min mitt mine mi ' +
    'ta stryk fjern slett vennligst venligst vennlegst ' +
    'setter legger viser sender ber håper gleder takker vedlegger videresender kopierer svarer ' +
    'sidan siden fordi derfor difor ettersom mens medan sjølv selv uansett likevel dessuten ' +
    'county council authority administration municipality department office centre center regional development directorate ministry ' +
    'public ownership business affairs planning services både'
  ).split(/\s+/),
);

/** Name particles that may appear in lower case inside a name ("Anne-Lise van der Berg"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'af', 'bin', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'del', 'della', 'zu', 'ibn']);

/** Organisation-like last words: "Vest-Telemark Næringsråd" is not a person. */
export const ORG_SUFFIX = /(?:vekst|råd|rådet|senter|senteret|forum|selskap|selskapet|utvalg|utvalget|kommune|kommunen|fylkeskommune|fylkeskommunen|fylke|partnerskap|nettverk|nettverket|region|regionen|regionråd|avdeling|avdelinga|avdelingen|etaten|direktoratet|departementet|universitet|universitetet|høgskole|høgskolen|hotell|center|council|county|authority|administration|municipality|network|gruppen|prosjekt|prosjektet|programmet|kontor|kontoret|konferansesenter|næringshage|næringshagen)$|^(?:as|asa|iks|sa|ks|kf|ltd|inc|etat)$/iu;

/** Functional (non-person) mailbox names: "Postmottak", "Dokumentsenteret". */
export const FUNCTIONAL_NAME = /^(?:post|postmottak|postmottaket|dokumentsenter\p{L}*|sentralbord\p{L}*|servicetorg\p{L}*|arkiv\p{L}*|firmapost|sekretariat\p{L}*|info|kundeservice|resepsjon\p{L}*|noreply|no-reply|administrasjon\p{L}*)$/iu;

/** Title words in signatures and before names ("rådgiver Eirik Tveit"). */
export const TITLE_WORD = /(?:rådgiv|rådgjev|konsulent|leder|leiar|sjef|direktør|koordinator|sekretær|planlegg|saksbehandl|advisor|adviser|manager|director|officer|ordfører|rådmann|forvalter|forvaltar|medarbeid|prosjektle|analytiker|arkitekt|ingeniør|økonom|jurist|professor|forsker|forskar|utvikler|utviklar|fagansvarlig|ansvarlig|head of|coordinator|consultant|kommunalsjef|sekretariatsle)/iu;

/**
 * A whole word that is a job title, capitalised at a sentence start before a name ("Regiondirektør
 * Hanne Riis ønsker å delta", "Fylkesrådmann Paul Nilsen vil representere"): any compound ending
 * in one of these title nouns.
 */
export const TITLE_NOUN = /^\p{L}*(?:rådgiver|rådgivar|rådgjevar|leder|leiar|direktør|sjef|ordfører|ordførar|rådmann|rådmannen|konsulent|planlegger|planleggar|koordinator|sekretær|saksbehandler|saksbehandlar|forvalter|forvaltar|medarbeider|medarbeidar|advisor|adviser|manager|director|officer|coordinator|consultant)$/iu;

/** Labels of form-like replies ("Navn: …", "E-post: …", "Allergier: …"). */
export const FORM_LABEL = withStandIns(/^[ \t]*(?:[-*•·–]\s*)?(navn|namn|name|fullt navn|deltaker|deltakar|deltakere|participant|e-post|epost|e-postadresse|epostadresse|e-mail|email|mail|mailadresse|e-post adresse|allergi\p{L}*|matallergi\p{L}*|allergies|diett|diet|dietary requirements|kost|kosthold|kostbehov|matbehov|spesielle behov|spesielle hensyn|hensyn|mat|food|stilling|tittel|title|position|rolle|role|telefon|tlf|mobil|mobilnummer|telefonnummer|phone|mobile|organisasjon|arbeidsgiver|virksomhet|fylkeskommune|fylke|kommune|organisation|organization|county|sesjon|parallellsesjon|workshop|session|verksted)\.?[ \t]*:[ \t]*(.*)$/iu);

export type FormField = 'name' | 'email' | 'diet' | 'title' | 'phone' | 'organisation' | 'session';

export function formField(label: string): FormField {
  const l = label.toLowerCase();
  if (/^(?:navn|namn|name|fullt navn|deltaker|deltakar|deltakere|participant)$/.test(l)) return 'name';
  if (/mail|post/.test(l)) return 'email';
  if (/allerg|diet|kost|mat|food|behov|hensyn/.test(l)) return 'diet';
  if (/stilling|tittel|title|position|rolle|role/.test(l)) return 'title';
  if (/tel|tlf|mobil|phone/.test(l)) return 'phone';
  if (/sesjon|workshop|session|verksted/.test(l)) return 'session';
  return 'organisation';
}

/**
 * Column headings of a table of persons ("Navn | E-post | Matbehov", "Fornavn  Etternavn  Allergier",
 * "Name<TAB>Email<TAB>Dietary requirements"): the words of FORM_LABEL plus first/last name columns.
 */
export const COLUMN_LABEL = /^(?:nr\.?|#|no\.?|(fornavn|first name|given name|etternavn|surname|last name|family name)|(navn|namn|name|fullt navn|full name|deltaker|deltakar|participant|e-post|epost|e-postadresse|epostadresse|e-mail|email|mail|mailadresse|e-post adresse|allergi\p{L}*|matallergi\p{L}*|allergies|diett|diet|dietary requirements|dietary needs|kost|kosthold|kostbehov|matbehov|spesielle behov|spesielle hensyn|hensyn|mat|food|stilling|tittel|title|position|rolle|role|telefon|tlf|mobil|mobilnummer|telefonnummer|phone|mobile|organisasjon|arbeidsgiver|virksomhet|fylkeskommune|fylke|kommune|organisation|organization|county|kommentar|kommentarar|kommentarer|merknad|merknader|merknadar|comments?|notes?|annet|anna|deltar|deltek|kommer|kjem|deltakelse|deltaking|påmeldt|attending|attends|attendance))\.?:?$/iu;

/** Session wishes ("Jeg ønsker parallellsesjon B"). */
export const SESSION_WORD = words(String.raw`(?:parallell)?sesjon\p{L}*|workshop\p{L}*|verksted\p{L}*|session\p{L}*|gruppe\s*[A-D1-4]`);

/** Bullet/list line. */
export const BULLET = withStandIns(/^[ \t]*(?:[-*•·–>]|\d{1,2}\s?[.)]|\(\d{1,2}\)|[a-hA-H]\)|[a-h]\.|\([a-h]\))[ \t]+/u);

/** Subordinate/relative clause starts: what follows is not the main statement. */
export const RELATIVE = wordsG('som|who|which|that');

/** Prepositions after which a capitalised phrase is a place or organisation, not a person. */
export const PLACE_PREPOSITION = new Set(['fra', 'frå', 'from', 'i', 'ved', 'hos', 'in', 'via', 'til', 'to', 'mot', 'gjennom']);

/** "Direktøren har bede meg melde på Eivind", "asked me to register": "meg" is who was asked. */
const ASKED_ME_SOURCE = String.raw`(?<![\p{L}])(?:ba|bad|bedt|bede|bedd|bedde|spurte|spurt|asked|told|instruerte|oppfordret|oppmoda|oppmodet)\s+(?:[\p{L}-]+\s+){0,3}?(meg|me)(?=\s+(?:om\s+)?(?:å\s+|to\s+)?(?:melde|meld|register|sign|påmelde))`;
export const ASKED_ME = new RegExp(ASKED_ME_SOURCE, 'iu');
export const ASKED_ME_G = new RegExp(ASKED_ME_SOURCE, 'giu');

// The rules asked of every clause take part in the trigger-word pre-check (triggers.ts).
registerTriggers([
  ATTEND_TRANSITIVE, ATTEND_INTRANSITIVE, ATTEND_FALSE_FRIENDS, WITHDRAW_STRONG, NEGATION, REPLACE_SELF, INSTEAD_OF,
  CHANGE, UNCERTAIN, SELF_SUBJECT, ENGLISH_I, SELF_WITH_OTHERS, SELF_OBJECT, WE_WORDS, THIRD_PERSON, BOTH_WORDS,
  REQUEST, SESSION_WORD, RELATIVE, OOO_BODY, WITHDRAW_WEAK, GROUP_COUNT, CONDITIONAL, WITHDRAW_LIST, NO_SUBSTITUTE, ROLE_SUBJECT,
  ASKED_ME, SHOWS_UP,
]);
