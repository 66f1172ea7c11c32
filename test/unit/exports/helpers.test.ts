import { describe, expect, it } from 'vitest';
import { csvField } from '../../../main/core/exports/csv';
import { autoMapping, parseWallTime } from '../../../main/core/exports/mapping';
import { exportFileName, safeSheetName, utcToWall } from '../../../main/core/exports/plan';
import { osloWallTime } from '../../../main/core/time';
import { contentDisposition } from '../../../main/web/downloads';

describe('sheet names', () => {
  it('drops characters Excel refuses, cuts at 31 and keeps names unique', () => {
    const taken = new Set<string>();
    expect(safeSheetName('Gruppe B: Areal/transport?', taken)).toBe('Gruppe B- Areal-transport-');
    const long = 'Næringsutvikling og samspill mellom by og omland';
    const a = safeSheetName(long, taken);
    const b = safeSheetName(long, taken);
    expect(a.length).toBe(31);
    expect(b).toMatch(/ \(2\)$/);
    expect(b.length).toBeLessThanOrEqual(31);
    expect(safeSheetName("'[]'", taken)).toBe('--');
  });
});

describe('CSV fields', () => {
  it('defuses formulas and quotes separators', () => {
    expect(csvField('=SUM(1)')).toBe("'=SUM(1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField(-3)).toBe('-3');
    expect(csvField({ wall: '2015-09-24T10:00:00', fmt: 'datetime' })).toBe('24.09.2015 10:00');
  });
});

describe('file names and downloads', () => {
  it('names the file after the list, the event and the date', () => {
    expect(exportFileName({ title: 'Lunsjliste', eventShort: 'Oppstartssamling 2015', eventDate: '2015-09-24' }, 'xlsx')).toBe(
      'Lunsjliste – Oppstartssamling 2015-09-24.xlsx',
    );
    expect(exportFileName({ title: 'Purreliste', eventShort: 'Møte: a/b?', eventDate: '2016-01-02' }, 'csv')).toBe('Purreliste – Møte ab 2016-01-02.csv');
  });
  it('encodes the real name for Content-Disposition', () => {
    expect(contentDisposition('Lunsjliste – Oppstartssamling 2015-09-24.xlsx')).toBe(
      `attachment; filename="Lunsjliste _ Oppstartssamling 2015-09-24.xlsx"; filename*=UTF-8''Lunsjliste%20%E2%80%93%20Oppstartssamling%202015-09-24.xlsx`,
    );
  });
});

describe('reading sheets', () => {
  it('understands Norwegian and ISO times and refuses impossible dates', () => {
    expect(parseWallTime('24.08.2015 13:45')).toBe('2015-08-24T13:45:00');
    expect(parseWallTime('2015-08-24 13:45:10')).toBe('2015-08-24T13:45:10');
    expect(parseWallTime('1.9.15')).toBe('2015-09-01T00:00:00');
    expect(parseWallTime(new Date(Date.UTC(2015, 7, 24, 9, 0)))).toBe('2015-08-24T09:00:00');
    expect(parseWallTime('31.02.2015')).toBeNull();
    expect(parseWallTime('i går')).toBeNull();
  });
  it('maps Norwegian and English headers, exact matches before partial ones', () => {
    const m = autoMapping('signups', ['Tidsstempel', 'Fullt navn', 'E-postadresse', 'Merknad om mat', 'Allergier eller andre hensyn?', 'Kommentar']);
    expect(m).toMatchObject({ receivedAt: 0, name: 1, email: 2, dietNote: 3, diets: 4, notes: 5, phone: null });
  });
});

describe('UTC timestamps as Oslo wall time', () => {
  it('agrees with Intl on every hour around the summer-time changes, and on odd inputs', () => {
    // 2015: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
    const hours: number[] = [];
    for (const day of [Date.UTC(2015, 2, 28), Date.UTC(2015, 9, 24), Date.UTC(2016, 0, 1)])
      for (let h = 0; h < 72; h++) hours.push(day + h * 3_600_000);
    for (const t of hours)
      for (const within of [0, 1, 59_999, 1_800_000, 3_599_999]) {
        const iso = new Date(t + within).toISOString();
        expect(utcToWall(iso), iso).toBe(osloWallTime(new Date(iso)));
      }
    expect(utcToWall('2015-03-29T00:59:59.999Z')).toBe('2015-03-29T01:59:59');
    expect(utcToWall('2015-03-29T01:00:00.000Z')).toBe('2015-03-29T03:00:00');
    expect(utcToWall('2015-10-25T00:30:00Z')).toBe('2015-10-25T02:30:00');
    expect(utcToWall('2015-10-25T01:30:00Z')).toBe('2015-10-25T02:30:00');
    expect(utcToWall('2015-10-25T01:30:00Z')).toBe('2015-10-25T02:30:00'); // the remembered last value
    expect(utcToWall('ikke en dato')).toBeNull();
    expect(utcToWall(null)).toBeNull();
    expect(utcToWall('')).toBeNull();
  });
});
