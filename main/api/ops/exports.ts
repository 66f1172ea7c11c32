import { z } from 'zod';
import { id } from '../fields';
import { op } from './define';
import { t } from '../../core/i18n';

// Excel/CSV exports and spreadsheet imports (issue #5).
//
// Writing a file is asynchronous (exceljs streams to disk) while operations are synchronous, so
// the contract holds what can be answered at once: previews, starting a background export for
// browser mode and polling it, and the upload → preview → commit steps of an import. The file
// writing itself is one function, main/core/exports/write.ts `writeExport`, which each door
// calls: the CLI with --out, the desktop app after its save dialog, browser mode via
// `export:start` and GET /api/download/<jobId>.

export const EXPORT_LIST_NAMES = ['catering', 'venue', 'sessions', 'chase', 'full'] as const;
export type ExportListName = (typeof EXPORT_LIST_NAMES)[number];
export type ExportFormatName = 'xlsx' | 'csv';
export const SHEET_KIND_NAMES = ['regions', 'organisations', 'signups'] as const;
export type SheetKindName = (typeof SHEET_KIND_NAMES)[number];

export interface ExportPreview {
  list: ExportListName;
  title: string;
  fileName: string;
  csvFileName: string;
  counts: { label: string; value: number }[];
  sheets: { name: string; rows: number }[];
  /** Columns and first rows of the list's main table, as text. */
  columns: string[];
  rows: string[][];
  totalRows: number;
}

export interface ExportJob {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  fileName: string;
  bytes: number;
  message: string | null;
}

export interface SheetUploadStatus {
  uploadId: string;
  fileName: string;
  state: 'reading' | 'ready' | 'failed';
  sheets: { name: string; rows: number }[];
}

export interface SheetPreviewRow {
  /** The line in the spreadsheet (1 is the header). */
  row: number;
  action: 'create' | 'update' | 'invalid';
  label: string;
  values: Record<string, string>;
  problems: string[];
  notes: string[];
}

export type SheetPreview =
  | { state: 'reading'; uploadId: string }
  | {
      state: 'ready';
      uploadId: string;
      fileName: string;
      kind: SheetKindName;
      sheet: string;
      sheets: string[];
      columns: { index: number; header: string; samples: string[] }[];
      fields: { key: string; label: string; required: boolean; column: number | null }[];
      /** The first rows, then further rows with problems (up to a limit). */
      rows: SheetPreviewRow[];
      counts: { rows: number; create: number; update: number; invalid: number };
    };

export interface SheetCommitResult {
  created: number;
  updated: number;
  skipped: number;
  changeId: number;
  summary: string;
}

const list = z.enum(EXPORT_LIST_NAMES, { error: () => t('Ukjent liste. Velg catering, venue, sessions, chase eller full.') });
const format = z.enum(['xlsx', 'csv'], { error: () => t('Ukjent filformat. Velg xlsx eller csv.') });
const kind = z.enum(SHEET_KIND_NAMES, { error: () => t('Ukjent type innlesing. Velg regions, organisations eller signups.') });
const token = z.string({ error: () => t('Mangler id.') }).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: () => t('Ugyldig id.') });

// 20 MB as base64 is about 26.7 million characters; the core checks the decoded size exactly.
const MAX_BASE64 = 28_000_000;

const sheetRequest = {
  uploadId: token,
  kind,
  sheet: z.string().max(100).optional(),
  /** Field key → column index (0-based), or null for "not used". Missing keys are guessed. */
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(10_000).nullable()).optional(),
  eventId: id.optional(),
};

export const exportsOps = {
  'export:preview': op<ExportPreview>()(
    z.object({ list, eventId: id.optional() }).strict(),
    false,
    'Forhåndsvis en liste: tall og de første radene',
  ),
  'export:previewAll': op<ExportPreview[]>()(
    z.object({ eventId: id.optional() }).strict().optional().default({}),
    false,
    'Forhåndsvis alle listene',
  ),
  'export:start': op<ExportJob>()(
    z.object({ list, format: format.optional().default('xlsx'), eventId: id.optional() }).strict(),
    false,
    'Lag en liste som fil i bakgrunnen (nettlesermodus); hent den fra /api/download/<id>',
  ),
  'export:progress': op<ExportJob>()(z.object({ jobId: token }).strict(), false, 'Hvor langt en eksport har kommet'),

  'sheets:upload': op<SheetUploadStatus>()(
    z
      .object({
        fileName: z.string().trim().min(1, { error: () => t('Mangler filnavn.') }).max(255),
        contentBase64: z
          .string({ error: () => t('Mangler filinnhold.') })
          .max(MAX_BASE64, { error: () => t('Filen er for stor. Største tillatte størrelse er 20 MB.') }),
      })
      .strict(),
    false,
    'Last opp et regneark (.xlsx eller .csv) for innlesing; ingenting lagres ennå',
  ),
  'sheets:status': op<SheetUploadStatus>()(z.object({ uploadId: token }).strict(), false, 'Om et opplastet regneark er lest'),
  'sheets:preview': op<SheetPreview>()(
    z.object(sheetRequest).strict(),
    false,
    'Forhåndsvis innlesing: kolonner, hva som skjer med hver rad og feil per rad',
  ),
  'sheets:commit': op<SheetCommitResult>()(
    z.object({ ...sheetRequest, skipInvalid: z.boolean().optional() }).strict(),
    true,
    'Les inn det opplastede regnearket (én endring i endringsloggen, kan angres)',
  ),
} as const;
