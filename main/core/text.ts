/** Norwegian collation (… X Y Z Æ Ø Å) for lists sorted in JavaScript. */
export const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

export function compareNb(a: string | null | undefined, b: string | null | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}

/**
 * A key whose plain binary order is Norwegian alphabetical order, so SQLite can sort and index
 * people by name without a custom collation: accents are dropped (é → e), and æ ø å become the
 * three characters after z in ASCII. `ü`/`ö`/`ä` sort as y/ø/æ as Norwegian dictionaries do.
 */
export function nbSortKey(text: string): string {
  const lower = text.trim().toLocaleLowerCase('nb');
  let out = '';
  for (const ch of lower) {
    switch (ch) {
      case 'æ':
      case 'ä':
        out += '{';
        break;
      case 'ø':
      case 'ö':
        out += '|';
        break;
      case 'å':
        out += '}';
        break;
      case 'ü':
        out += 'y';
        break;
      default:
        out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }
  }
  return out;
}

/** "Kari Nordmann" → key of "Nordmann Kari": lists of people sort by surname. */
export function personSortKey(name: string): string {
  const parts = name.trim().split(/\s+/);
  const surname = parts.pop() ?? '';
  return nbSortKey([surname, ...parts].join(' '));
}

/** Splits "First Middle Last" into given names and surname (the last word). */
export function splitName(name: string): { given: string; surname: string } {
  const parts = name.trim().split(/\s+/);
  const surname = parts.pop() ?? '';
  return { given: parts.join(' '), surname };
}

/**
 * What a person is found by in search: name in both orders, e-mail and title, folded the same
 * way as nbSortKey (SQLite's LIKE folds only ASCII, so "øvre" would not find "Øvre").
 */
export function personSearchKey(p: { name: string; email?: string | null; title?: string | null }): string {
  return [nbSortKey(p.name), personSortKey(p.name), (p.email ?? '').toLowerCase(), nbSortKey(p.title ?? '')].join(' ');
}
