import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails } from '../../../main/core/email';
import { analyseDiets } from '../../../main/core/email/diets';
import { findNames } from '../../../main/core/email/people';

/**
 * Rule families added after the second held-out set (test/fixtures/email-holdout2): foods said to
 * be fine, capitalised titles before a name, inverted "tåler jeg ikke", and attendee order.
 * The sender is always Kari Nordmann <kari.nordmann@hfk.no>.
 */

const ctx = defaultParseContext();

function rows(body: string): Array<[string | null, boolean, string[]]> {
  const text = `Fra: Kari Nordmann <kari.nordmann@hfk.no>\nSendt: 1. september 2015 10:00\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\n${body}\n\nHilsen\nKari Nordmann\n`;
  const m = parseEmails(text, ctx).messages[0];
  return (m?.attendees ?? []).map((a) => [a.name, a.attending, [...a.diets].sort()]);
}

describe('foods said to be fine are not codes', () => {
  const cases: Array<[string, string[]]> = [
    ['Jeg er vegetarianer, men spiser egg og melk.', ['vegetarian']],
    ['Eg er vegetarianar, men et egg og mjølk.', ['vegetarian']],
    ['Nøtter og gluten går helt fint.', []],
    ['Fisk og skalldyr er helt ok.', []],
    ['Jeg tåler ikke nøtter, men gluten og egg går fint.', ['nuts']],
    ['Jeg kan spise egg og melk, men ikke gluten.', ['gluten']],
    ['Ellers spiser jeg det meste, også fisk.', []],
    ['Eg et det meste, òg fisk og skaldyr.', []],
    ['I eat everything, including fish and eggs.', []],
    ['Jeg er allergisk mot sennep. Ellers spiser jeg det meste, også fisk.', ['mustard']],
  ];
  for (const [s, codes] of cases) it(s, () => expect(analyseDiets(s).codes).toEqual(codes));

  const needs: Array<[string, string[]]> = [
    ['Jeg er vegetarianer og spiser ikke egg og melk.', ['milk', 'egg', 'vegetarian']],
    ['Ellers spiser jeg alt, men ikke fisk.', ['fish']],
    ['Jeg er allergisk mot fisk og også skalldyr.', ['fish', 'shellfish']],
    ['Jeg spiser bare fisk og egg.', ['egg', 'fish']],
    ['Selv tåler jeg ikke gluten.', ['gluten']],
    ['Då et ho ikkje fisk.', ['fish']],
  ];
  for (const [s, codes] of needs) it(`a need: ${s}`, () => expect(analyseDiets(s).codes).toEqual(codes));
});

describe('a capitalised job title before a full name is not part of the name', () => {
  for (const title of ['Regiondirektør', 'Fylkesrådmann', 'Seniorrådgiver', 'Seksjonsleder', 'Prosjektleiar', 'Ordfører']) {
    it(title, () => {
      expect(rows(`${title} Hanne Riis ønsker å delta på samlingen.`).map((r) => r[0])).toContain('Hanne Riis');
    });
  }
  it('inside a sentence too', () => {
    expect(findNames('Dermed vil Ordfører Kari Hansen komme.').map((h) => h.name)).toEqual(['Kari Hansen']);
  });
});

describe('attendees in the order the reply names them', () => {
  it('a colleague, then "meg selv"', () => {
    expect(rows('Fra Hordaland kommer Per Hansen (per.hansen@hfk.no) og meg selv.').map((r) => r[0])).toEqual(['Per Hansen', 'Kari Nordmann']);
    expect(rows('Vi ønsker å melde på Per Hansen og meg selv.').map((r) => r[0])).toEqual(['Per Hansen', 'Kari Nordmann']);
  });
  it('"jeg" first stays first', () => {
    expect(rows('Jeg og Per Hansen kommer.').map((r) => r[0])).toEqual(['Kari Nordmann', 'Per Hansen']);
  });
  it('a counted group names the sender where the list does; a replacement keeps the sender first', () => {
    expect(rows('Me blir to: Per Hansen og eg.').map((r) => r[0])).toEqual(['Per Hansen', 'Kari Nordmann']);
    expect(rows('Vi blir tre: Per Hansen og Ola Berg.').map((r) => r[0])).toEqual(['Kari Nordmann', 'Per Hansen', 'Ola Berg']);
    expect(rows('Per Hansen tar over plassen min.').map((r) => r[0])).toEqual(['Kari Nordmann', 'Per Hansen']);
  });
});
