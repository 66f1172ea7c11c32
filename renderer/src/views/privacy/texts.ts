/**
 * The Personvern view's texts, in bokmål. Kept here rather than in i18n/nb.ts for now: a new
 * section there must also be added to nn.ts and en.ts (the Catalogue type), which the language
 * work owns. Move this object into the catalogue as `privacy` when they are translated.
 */
export const privacyTexts = {
  nav: 'Personvern',
  title: 'Personvern og sikkerhetskopier',
  lead: 'Påmeldingene inneholder helseopplysninger (allergier). Her tar du sikkerhetskopier, setter hvor lenge opplysningene skal oppbevares, anonymiserer samlinger og svarer på innsyns- og slettekrav.',
  backups: {
    title: 'Sikkerhetskopier',
    intro: (folder: string, keep: number) =>
      `Samling tar en sikkerhetskopi hver dag og før hver import, anonymisering og sletting. De ${keep} nyeste beholdes i ${folder}.`,
    create: 'Ta sikkerhetskopi nå',
    created: 'Sikkerhetskopien er tatt.',
    empty: 'Ingen sikkerhetskopier ennå.',
    when: 'Tidspunkt',
    kind: 'Type',
    size: 'Størrelse',
    restore: 'Gjenopprett',
    restoreTitle: 'Gjenopprette sikkerhetskopi?',
    restoreText: (when: string) =>
      `Databasen settes tilbake til slik den var ${when}. Det du har gjort etterpå, forsvinner fra appen, men dagens data tas vare på som en egen sikkerhetskopi først, så du kan angre ved å gjenopprette den.`,
    restoreConfirm: 'Gjenopprett',
    restored: (when: string) => `Databasen er gjenopprettet fra sikkerhetskopien fra ${when}.`,
    keepLabel: 'Antall sikkerhetskopier som beholdes',
    keepSave: 'Lagre antall',
    purge: 'Slett alle eldre sikkerhetskopier',
    purgeTitle: 'Slette alle eldre sikkerhetskopier?',
    purgeText:
      'Sikkerhetskopiene inneholder personopplysninger slik de var da kopien ble tatt, også opplysninger du senere har slettet eller anonymisert. Alle slettes, og en ny sikkerhetskopi av dagens data tas.',
    purged: (n: number) => `${n} sikkerhetskopier er slettet, og en ny er tatt.`,
  },
  retention: {
    title: 'Oppbevaring',
    intro: 'Sett en dato for når personopplysningene for hver samling skal slettes. Etter datoen får du et varsel her.',
    event: 'Samling',
    until: 'Oppbevares til',
    state: 'Status',
    overdue: 'Oppbevaringstiden er ute',
    anonymised: (d: string) => `Anonymisert ${d}`,
    ok: 'I orden',
    noDate: 'Ingen dato',
    dateLabel: (title: string) => `Oppbevares til (dd.mm.åååå) for ${title}`,
    save: 'Lagre dato',
    saved: 'Oppbevaringsdatoen er lagret.',
    overdueWarning: (n: number) =>
      n === 1 ? 'Én samling har passert oppbevaringstiden og har fortsatt personopplysninger.' : `${n} samlinger har passert oppbevaringstiden og har fortsatt personopplysninger.`,
    signups: (n: number) => `${n} påmeldinger`,
  },
  anonymise: {
    title: 'Anonymiser en samling',
    intro: 'Fjerner navn, kontaktopplysninger, allergier og innlimte e-poster for samlingen. Tallene (per fylke, status, gruppesamling og kosthold) beholdes. Kan ikke angres.',
    choose: 'Velg samling',
    start: 'Anonymiser …',
    step1: '1. Lagre en fullstendig eksport først',
    step1Text: 'Når samlingen er anonymisert, kan ingen liste med navn lages igjen. Lagre arkivlisten hvis du trenger den.',
    export: 'Lagre fullstendig eksport',
    exported: (file: string) => `Eksporten er lagret: ${file}`,
    step2: '2. Bekreft',
    typeLabel: (word: string) => `Skriv ${word} for å bekrefte`,
    word: 'ANONYMISER',
    backupNote: 'En sikkerhetskopi tas rett før. Den, og eldre sikkerhetskopier, inneholder fortsatt opplysningene til du sletter dem under Sikkerhetskopier.',
    confirm: 'Anonymiser samlingen',
    done: (n: number) => `Samlingen er anonymisert: ${n} påmeldinger fjernet, tallene er beholdt.`,
    backupsLeft: (n: number) => `${n} sikkerhetskopier inneholder fortsatt opplysningene. Slett dem under Sikkerhetskopier når du har kontrollert resultatet.`,
  },
  person: {
    title: 'Innsyn og sletting for én person',
    intro: 'Finn personen, last ned alt Samling har om vedkommende (innsyn), eller slett vedkommende overalt.',
    search: 'Søk etter navn eller e-post',
    noHits: 'Ingen treff.',
    export: 'Last ned opplysninger (JSON)',
    exported: (name: string) => `Opplysningene om ${name} er lastet ned.`,
    delete: 'Slett overalt …',
    deleteTitle: (name: string) => `Slette ${name} overalt?`,
    deleteText:
      'Personen, alle påmeldingene og kopiene i endringsloggen slettes, og innlimte e-poster som nevner personen, sladdes. Kan ikke angres. Sikkerhetskopier og filer du har eksportert tidligere, kan fortsatt inneholde opplysningene.',
    deleteConfirm: 'Slett personen',
    deleted: (n: number) => `Personen er slettet (${n} påmeldinger fjernet).`,
  },
} as const;
