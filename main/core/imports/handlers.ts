import type { ImportedMessage } from '../../api/ops/imports';
import type { importsOps } from '../../api/ops/imports';
import type { HandlersFor } from '../handlers';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { resolveEvent } from '../events';
import { t } from '../i18n';
import { commitImport } from './commit';
import { buildPreview } from './preview';

const SELECT = `SELECT m.id, m.batch, m.sender_name AS senderName, m.sender_email AS senderEmail, m.sent_at AS sentAt,
  m.subject, m.imported_at AS importedAt, (SELECT COUNT(*) FROM signups s WHERE s.message_id = m.id) AS signups
  FROM imported_messages m`;

function listImported(ctx: CoreContext, input: { eventId?: number; limit?: number }): ImportedMessage[] {
  const event = resolveEvent(ctx, input.eventId);
  return ctx.db.prepare(`${SELECT} WHERE m.event_id = ? ORDER BY m.id DESC LIMIT ?`).all(event.id, input.limit ?? 500) as ImportedMessage[];
}

function getImported(ctx: CoreContext, input: { id: number }): ImportedMessage {
  const row = ctx.db.prepare(`${SELECT.replace('FROM imported_messages m', ', m.raw FROM imported_messages m')} WHERE m.id = ?`).get(input.id) as
    | ImportedMessage
    | undefined;
  if (!row) throw notFound(t('den innlimte e-posten'), input.id);
  return row;
}

export const importsHandlers: HandlersFor<typeof importsOps> = {
  'import:preview': (ctx, input) => buildPreview(ctx, input.text, input.eventId),
  'import:commit': commitImport,
  'import:list': listImported,
  'import:get': getImported,
};
