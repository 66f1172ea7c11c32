import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../main/api/ops/imports';
import type { Change, UndoResult } from '../../../main/api/types';
import type { CoreContext } from '../../../main/core/context';
import { invoke } from '../../../main/core/dispatch';
import { defaultParseContext, parseEmails } from '../../../main/core/email';
import { withLang, type Lang } from '../../../main/core/i18n';
import { freshCore, ok } from '../../helpers/db';

// The e-mail import in the user's language: the preview's warnings (the parser's and the
// import's own), its errors, and the change-log note, which is stored language-neutral and read
// in whatever language the history is read in. Bokmål stays the default.

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/samples/email-replies');
const sample = (name: string) => readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');

let ctx: CoreContext;
let close: () => void;
beforeEach(() => {
  ({ ctx, close } = freshCore(() => new Date('2015-09-10T08:00:00Z')));
});
afterEach(() => close());

function inLang<T>(lang: Lang | undefined, name: string, input?: unknown): T {
  const r = invoke(ctx, name, input, lang ? { lang } : undefined);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}
function errorIn(lang: Lang | undefined, name: string, input?: unknown) {
  const r = invoke(ctx, name, input, lang ? { lang } : undefined);
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error;
}

/** A reply with no header at all: no date, no sender, and an address at a domain no county has. */
const NO_DATE = 'Hei,\n\nJeg melder meg på samlingen.\n\nHilsen Kari Nordmann\nkari.nordmann@example.org\n';

const preview = (lang: Lang | undefined, text: string) => inLang<ImportPreview>(lang, 'import:preview', { text });

describe('the import preview in the user’s language', () => {
  it('a late reply: nynorsk and English, bokmål by default', () => {
    const text = sample('11-late-signup-html-artefacts');
    expect(preview(undefined, text).messages[0]!.warnings).toContain('Kom etter fristen 07.09.2015.');
    const nn = preview('nn', text).messages[0]!;
    expect(nn.late).toBe(true);
    expect(nn.warnings).toContain('Kom etter fristen 07.09.2015.');
    expect(preview('en', text).messages[0]!.warnings).toContain('Received after the deadline of 07.09.2015.');
  });

  it('a reply without a date or a county: the parser’s warnings and the import’s own, in nynorsk', () => {
    const nb = preview(undefined, NO_DATE).messages[0]!;
    expect(nb.warnings).toContain('Fant ikke når e-posten ble sendt. Tidspunktet for importen brukes.');
    expect(nb.warnings.some((w) => w.startsWith('Fant ingen sendedato for meldingen fra'))).toBe(true);

    const m = preview('nn', NO_DATE).messages[0]!;
    expect(m.warnings).toContain('Fann ikkje når e-posten vart send. Tidspunktet for importen blir brukt.');
    expect(m.warnings.some((w) => /^Fann ingen sendedato for meldinga frå .+\.$/.test(w))).toBe(true);
    expect(m.warnings.some((w) => /^Fann ikkje fylke for .+\.$/.test(w))).toBe(true);
    expect(m.attendees[0]!.warnings).toContain('Fann ikkje fylket. Vel organisasjon.');
    const all = [...m.warnings, ...m.attendees.flatMap((a) => a.warnings)];
    for (const w of all) expect(w).not.toMatch(/\b(Fant|ikke|fra|ble|Velg)\b/);

    const en = preview('en', NO_DATE).messages[0]!;
    expect(en.warnings).toContain('Could not find when the e-mail was sent. The time of the import is used.');
    expect(en.warnings.some((w) => /^Could not find the county for .+\.$/.test(w))).toBe(true);
    expect(en.attendees[0]!.warnings).toContain('Could not find the county. Choose an organisation.');
  });

  it('a preview in one language and an import in another do not share the parser’s warnings', () => {
    preview('nb', NO_DATE);
    expect(preview('nn', NO_DATE).messages[0]!.warnings.join(' ')).not.toMatch(/Fant/);
    expect(preview('nb', NO_DATE).messages[0]!.warnings.join(' ')).toMatch(/Fant ingen sendedato/);
  });

  it('an already imported reply, an empty paste and an unknown reply number', () => {
    const text = sample('01-self-signup-outlook-nb');
    inLang<ImportResult>('nn', 'import:commit', { text });
    expect(preview('nn', text).messages[0]!.warnings).toContain('Denne e-posten er allereie importert. Han blir ikkje lagra på nytt.');
    expect(preview('en', text).messages[0]!.attendees[0]!.warnings).toContain('Already signed up (has a seat).');
    expect(preview('nn', '   ').warnings).toEqual(['Lim inn éin eller fleire e-postar for å sjå kva Samling finn.']);
    expect(errorIn('nn', 'import:commit', { text, messages: [{ index: 7 }] }).message).toBe('E-post nummer 8 finst ikkje i teksten.');
    expect(errorIn('en', 'import:get', { id: 999 }).message).toBe('Could not find the pasted e-mail with id 999. It may have been deleted.');
    expect(errorIn(undefined, 'import:commit', { text, messages: [{ index: 7 }] }).message).toBe('E-post nummer 8 finnes ikke i teksten.');
  });
});

describe('the history of an import', () => {
  it('is stored language-neutral and reads in nynorsk, English and bokmål', () => {
    const r = inLang<ImportResult>('en', 'import:commit', { text: sample('10-three-replies-one-paste') });
    expect(r.imported).toBe(3);
    const row = ctx.db.prepare('SELECT summary, summary_msg FROM changes WHERE id = ?').get(r.changeId) as { summary: string; summary_msg: string };
    // The bokmål text stays in `summary` whatever the language of the import.
    expect(row.summary).toBe('Importerte 3 e-poster: 3 nye, 0 endret, 0 avmeldt');
    expect(JSON.parse(row.summary_msg)).toMatchObject({ k: 'Importerte {0}: {1}, {2} endret, {3} avmeldt' });

    const summary = (lang: Lang) => inLang<Change[]>(lang, 'changelog:list', { limit: 5 }).find((c) => c.id === r.changeId)!.summary;
    expect(summary('nn')).toBe('Importerte 3 e-postar: 3 nye, 0 endra, 0 avmelde');
    expect(summary('en')).toBe('Imported 3 e-mails: 3 new, 0 changed, 0 cancelled');
    expect(summary('nb')).toBe('Importerte 3 e-poster: 3 nye, 0 endret, 0 avmeldt');

    const undo = inLang<UndoResult>('nn', 'changelog:undo');
    expect(undo.undone.summary).toBe('Importerte 3 e-postar: 3 nye, 0 endra, 0 avmelde');
  });

  it('one e-mail and one new sign-up: the singular in each language', () => {
    const r = inLang<ImportResult>('nn', 'import:commit', { text: sample('01-self-signup-outlook-nb') });
    const summary = (lang: Lang) => inLang<Change[]>(lang, 'changelog:list', { limit: 5 }).find((c) => c.id === r.changeId)!.summary;
    expect(summary('nb')).toBe('Importerte 1 e-post: 1 ny, 0 endret, 0 avmeldt');
    expect(summary('nn')).toBe('Importerte 1 e-post: 1 ny, 0 endra, 0 avmelde');
    expect(summary('en')).toBe('Imported 1 e-mail: 1 new, 0 changed, 0 cancelled');
  });

  it('a replacement’s reason is written in the language of the import', () => {
    const p = preview('nn', sample('06-replacement'));
    const out = p.messages[0]!.attendees.find((a) => !a.attending)!;
    ok(ctx, 'signups:create', { name: out.name!, email: out.email, organisationId: out.organisationId, receivedAt: '2015-08-31T08:00' });
    const r = inLang<ImportResult>('nn', 'import:commit', { text: sample('06-replacement') });
    expect(r.created[0]!.stateReason).toBe(`Erstattar ${out.name}`);
    expect(r.cancelled[0]!.stateReason).toMatch(/^Melde avbod per e-post \d\d\.\d\d\.\d{4}$/);
  });
});

describe('the parser’s warnings', () => {
  const long = `Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 31.08.2015 09:12\nEmne: SV: Invitasjon\n\nHei,\n\nJeg melder meg på.\n\n${'Bla bla bla. '.repeat(6000)}\n`;
  const tooLong = (lang?: Lang) => {
    const parse = () => parseEmails(long, defaultParseContext()).messages[0]!.warnings.find((w) => w.code === 'too-long')!.message;
    return lang ? withLang(lang, parse) : parse();
  };

  it('keep their codes and are bokmål without a language, with the Norwegian digit grouping', () => {
    expect(tooLong()).toMatch(/^Meldingen fra Kari Nordmann er svært lang \(\d+ \d{3} tegn\)\. Bare de første 50 000 tegnene ble lest;/);
    expect(parseEmails('  ', defaultParseContext()).warnings).toEqual([{ code: 'empty', message: 'Teksten er tom. Lim inn ett eller flere e-postsvar.' }]);
  });

  it('follow the language: nynorsk groups digits with a space, English with a comma', () => {
    expect(tooLong('nn')).toMatch(/^Meldinga frå Kari Nordmann er svært lang \(\d+ \d{3} teikn\)\. Berre dei første 50 000 teikna vart lesne;/);
    expect(tooLong('en')).toMatch(/^The message from Kari Nordmann is very long \(\d+,\d{3} characters\)\. Only the first 50,000 characters were read;/);
    expect(withLang('nn', () => parseEmails('  ', defaultParseContext()).warnings)).toEqual([
      { code: 'empty', message: 'Teksten er tom. Lim inn eitt eller fleire e-postsvar.' },
    ]);
    const noSender = withLang('en', () => parseEmails('Hei,\n\nJeg melder meg på.\n', defaultParseContext()));
    expect(noSender.messages[0]?.warnings.map((w) => [w.code, w.message])).toEqual(
      expect.arrayContaining([
        ['missing-date', 'Could not find when the message from an unknown sender was sent.'],
        ['unknown-sender', 'Could not find who the message is from.'],
      ]),
    );
  });
});
