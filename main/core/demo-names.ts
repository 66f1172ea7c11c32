// Word lists for synthetic demo data (demo.ts): common Norwegian given names and surnames
// (SSB's most frequent, plus names with Æ Ø Å so that sorting and e-mail folding get exercised),
// titles found in county and municipal administrations, and places with conference venues.

export const FEMALE_NAMES = [
  'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Hilde', 'Anna',
  'Solveig', 'Marianne', 'Randi', 'Ida', 'Nina', 'Maria', 'Elisabeth', 'Kristin', 'Tone', 'Silje', 'Ingeborg',
  'Åse', 'Sølvi', 'Grete', 'Hege', 'Mette', 'Ragnhild', 'Torill', 'Aina', 'Sofie', 'Nora', 'Emma', 'Ingvild',
  'Siri', 'Tuva', 'Åshild', 'Bodil', 'Gro', 'Jorunn', 'Synnøve', 'Guro', 'Camilla', 'Linn', 'Vilde', 'Frøydis',
  'Fatima', 'Zainab', 'Agnieszka', 'Linh', 'Zoë',
] as const;

export const MALE_NAMES = [
  'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Hans', 'Geir', 'Tor', 'Morten',
  'Terje', 'Odd', 'Erik', 'Martin', 'Andreas', 'John', 'Anders', 'Rune', 'Trond', 'Tore', 'Jon', 'Øyvind',
  'Øystein', 'Håkon', 'Åge', 'Ståle', 'Sindre', 'Eirik', 'Espen', 'Harald', 'Magnus', 'Henrik', 'Sigurd',
  'Ivar', 'Torbjørn', 'Pål', 'Jørgen', 'Gaute', 'Halvor', 'Audun', 'Vegard', 'Asbjørn', 'Kåre', 'Bård', 'Stian',
  'Ahmed', 'Mohammad', 'Piotr', 'Thanh', 'René',
] as const;

export const SURNAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
  'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie',
  'Amundsen', 'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Kristensen',
  'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen', 'Nielsen', 'Knudsen', 'Evensen', 'Sæther',
  'Aas', 'Myhre', 'Hanssen', 'Haugland', 'Thomassen', 'Sivertsen', 'Simonsen', 'Danielsen', 'Berntsen',
  'Sandvik', 'Rønning', 'Arnesen', 'Antonsen', 'Næss', 'Vik', 'Haug', 'Ellingsen', 'Thorsen', 'Edvardsen',
  'Birkeland', 'Isaksen', 'Gulbrandsen', 'Ruud', 'Aasen', 'Strøm', 'Myklebust', 'Tangen', 'Ødegård', 'Eliassen',
  'Helland', 'Bøe', 'Aune', 'Mikkelsen', 'Tveit', 'Brekke', 'Abrahamsen', 'Madsen', 'Østby', 'Åsen', 'Øverland',
  'Sæle', 'Grønli', 'Løken', 'Kvåle', 'Bråthen', 'Dæhli', 'Wåge', 'Zahl', 'Yttervik', 'Brox',
] as const;

export const TITLES = [
  'rådgiver', 'seniorrådgiver', 'spesialrådgiver', 'prosjektleder', 'fagleder', 'avdelingsleder', 'planlegger',
  'næringssjef', 'fylkesplansjef', 'kommunedirektør', 'utviklingssjef', 'regionkoordinator', 'plan- og utviklingssjef',
  'ordfører', 'varaordfører', 'fylkesråd', 'daglig leder',
] as const;

export const PLACES = [
  { city: 'Oslo', venue: 'Bjørvika konferansesenter', address: 'Operagata 1' },
  { city: 'Bergen', venue: 'Grieghallen', address: 'Edvard Griegs plass 1' },
  { city: 'Trondheim', venue: 'Clarion Hotel & Congress Trondheim', address: 'Brattørkaia 1' },
  { city: 'Tromsø', venue: 'Kulturhuset', address: 'Grønnegata 87' },
  { city: 'Bodø', venue: 'Stormen konserthus', address: 'Kjøpmannsgata 27' },
  { city: 'Kristiansand', venue: 'Kilden teater- og konserthus', address: 'Sjølystveien 2' },
  { city: 'Stavanger', venue: 'Stavanger konserthus', address: 'Sandvigå 1' },
  { city: 'Hamar', venue: 'Scandic Hamar', address: 'Vangsvegen 121' },
  { city: 'Ålesund', venue: 'Scandic Parken', address: 'Storgata 16' },
  { city: 'Steinkjer', venue: 'Quality Hotel Grand Steinkjer', address: 'Kongens gate 37' },
  { city: 'Lillehammer', venue: 'Scandic Lillehammer Hotel', address: 'Turisthotellvegen 6' },
  { city: 'Førde', venue: 'Scandic Sunnfjord Hotel', address: 'Storehagen 2' },
] as const;

export const EVENT_KINDS = [
  'Nettverkssamling for byregioner',
  'Fagsamling om samspill mellom by og omland',
  'Regional samling',
  'Erfaringsverksted',
  'Temasamling: næringsutvikling',
  'Temasamling: attraktive byregioner',
  'Samling for prosjektledere',
  'Avslutningskonferanse',
] as const;

export const DIET_NOTES = [
  'Alvorlig nøtteallergi – også spor av nøtter.',
  'Spiser ikke rødt kjøtt.',
  'Gravid – ingen rå fisk eller upasteurisert ost.',
  'Tåler ikke løk.',
  'Helst laktosefri kaffemelk.',
] as const;

/** Diet codes with the share of participants who report them (rough Norwegian catering figures). */
export const DIET_FREQUENCIES = [
  ['vegetarian', 0.07],
  ['lactose', 0.06],
  ['gluten', 0.04],
  ['nuts', 0.02],
  ['shellfish', 0.015],
  ['vegan', 0.015],
  ['fish', 0.01],
  ['halal', 0.01],
  ['pork', 0.01],
  ['peanuts', 0.008],
  ['milk', 0.007],
  ['egg', 0.005],
  ['soy', 0.003],
  ['sesame', 0.003],
  ['celery', 0.001],
  ['mustard', 0.001],
  ['sulphites', 0.001],
  ['kosher', 0.001],
  ['lupin', 0.0005],
] as const;
