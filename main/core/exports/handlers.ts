import type { exportsOps } from '../../api/ops/exports';
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';
import { msg } from '../i18n';
import { commitSheet, previewSheet } from './import';
import { exportJobStatus, startExportJob } from './jobs';
import { previewAll, previewList } from './preview';
import { SHEET_LIMITS } from './sheetread';
import { registerUpload, uploadStatus } from './uploads';

/** Base64 from the renderer (browser mode and desktop alike: the renderer never sends a path). */
function decodeUpload(fileName: string, b64: string): Buffer {
  if (Math.floor((b64.length * 3) / 4) > SHEET_LIMITS.bytes + 4)
    throw new AppError('too_large', msg`Filen «${fileName}» er større enn 20 MB, som er det største Samling leser inn.`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64.replace(/\s+/g, '')))
    throw new AppError('invalid_input', msg`Innholdet i «${fileName}» kom ikke fram riktig (ugyldig base64). Prøv igjen.`);
  return Buffer.from(b64, 'base64');
}

export const exportsHandlers: HandlersFor<typeof exportsOps> = {
  'export:preview': (ctx, input) => previewList(ctx, input.list, input.eventId),
  'export:previewAll': (ctx, input) => previewAll(ctx, input.eventId),
  'export:start': (ctx, input) => startExportJob(ctx, input),
  'export:progress': (_ctx, input) => exportJobStatus(input.jobId),
  'sheets:upload': (_ctx, input) => registerUpload(input.fileName, decodeUpload(input.fileName, input.contentBase64)),
  'sheets:status': (_ctx, input) => uploadStatus(input.uploadId),
  'sheets:preview': (ctx, input) => previewSheet(ctx, input),
  'sheets:commit': (ctx, input) => commitSheet(ctx, input),
};
