import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';
import { msg } from '../i18n';

// An .xlsx file is a zip archive. Before exceljs unpacks one, this reads the archive's central
// directory and refuses "zip bombs": archives whose entries unpack to far more than any
// spreadsheet a person makes (a 20 MB upload that expands to gigabytes would exhaust memory).
// The declared sizes can lie, so each entry is then inflated once with a hard output limit of
// its declared size: a lying entry fails there instead of inside exceljs.

export const ZIP_LIMITS = {
  entries: 5_000,
  /** All entries together, unpacked. A 200,000-row sheet is well below this. */
  totalBytes: 400 * 1024 * 1024,
  entryBytes: 300 * 1024 * 1024,
  /** Spreadsheet XML packs about 10–30 to 1; deflate cannot exceed ~1032 to 1. */
  ratio: 400,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function damaged(fileName: string): AppError {
  return new AppError('not_spreadsheet', msg`Filen «${fileName}» er skadet eller ikke et gyldig Excel-regneark (.xlsx).`);
}

function bomb(fileName: string): AppError {
  return new AppError(
    'zip_bomb',
    msg`Filen «${fileName}» pakker seg ut til langt mer enn et vanlig regneark og er avvist for å beskytte maskinen. Lagre arket på nytt i Excel og prøv igjen.`,
  );
}

/** Reads the central directory and checks the declared sizes; throws AppError when refused. */
export function inspectZip(buf: Buffer, fileName: string): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(fileName);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: never needed by a spreadsheet under our size limit.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw bomb(fileName);
  if (count > ZIP_LIMITS.entries) throw bomb(fileName);
  if (cdOffset + cdSize > buf.length) throw damaged(fileName);

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw damaged(fileName);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) throw bomb(fileName);
    total += uncompressedSize;
    if (uncompressedSize > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes) throw bomb(fileName);
    if (uncompressedSize > 1024 * 1024 && uncompressedSize > compressedSize * ZIP_LIMITS.ratio) throw bomb(fileName);
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates every entry once with its declared size as the limit: a lying entry is refused. */
export function verifyZipSizes(buf: Buffer, entries: ZipEntry[], fileName: string): void {
  for (const e of entries) {
    const h = e.localOffset;
    if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) throw damaged(fileName);
    const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) throw damaged(fileName);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw damaged(fileName);
      continue;
    }
    if (e.method !== 8) throw damaged(fileName);
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) });
    } catch (err) {
      if (err instanceof RangeError || /maxOutputLength|buffer/i.test((err as Error).message)) throw bomb(fileName);
      throw damaged(fileName);
    }
    if (out.length !== e.uncompressedSize) throw damaged(fileName);
  }
}
