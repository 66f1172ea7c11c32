import { Alert, Button, Card, Checkbox, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { CheckmarkCircleIcon, ClockIcon } from '@navikt/aksel-icons';
import type { PreviewMessage } from '../../../../main/api/ops/imports';
import type { Organisation } from '../../../../main/api/types';
import { formatDateTime } from '../../format';
import { nb } from '../../i18n/nb';
import { AttendeeRow, AttendeeSummary, Prov, type PointFn } from './AttendeeRow';
import { attendeeErrors, attendeeValues, messageIncluded, shownAction, type AttendeeEdit, type Edits } from './edits';

const KIND_COLOR: Record<PreviewMessage['kind'], 'success' | 'warning' | 'info' | 'neutral' | 'accent'> = {
  signup: 'success',
  cancellation: 'warning',
  replacement: 'accent',
  question: 'info',
  'out-of-office': 'neutral',
  other: 'neutral',
};

export interface MessageCardProps {
  message: PreviewMessage;
  edits: Edits;
  counties: Organisation[];
  busy: boolean;
  onInclude: (include: boolean) => void;
  onEdit: (attendee: number, patch: AttendeeEdit) => void;
  onSave: () => void;
  onPoint: PointFn;
  active: boolean;
}

/** One reply: who sent it and when, what kind it is, and the people it signs up or off. */
export function MessageCard({ message: m, edits, counties, busy, onInclude, onEdit, onSave, onPoint, active }: MessageCardProps) {
  const included = messageIncluded(m, edits);
  const sender = m.from.name ?? m.from.email ?? nb.import.unknownSender;
  const title = nb.import.message(m.index + 1, sender);
  const errorsMsg = { nameRequired: nb.import.nameRequired, emailInvalid: nb.import.emailInvalid };
  const rows = m.attendees.map((a) => {
    const v = attendeeValues(a, edits[m.hash]?.attendees[a.index]);
    return { a, v, action: shownAction(m, a, v, edits), errors: attendeeErrors(v, errorsMsg) };
  });
  const blocked = rows.some((r) => Object.keys(r.errors).length > 0);

  return (
    <Card
      asChild
      data-color={m.alreadyImported ? 'neutral' : 'accent'}
      className={['msg', m.alreadyImported ? 'msg--done' : '', included ? '' : 'msg--excluded', active ? 'msg--active' : ''].filter(Boolean).join(' ')}
    >
      <article aria-label={title} data-testid="import-message">
        <header className="msg__head">
          <div className="msg__who">
            <Heading level={3} data-size="2xs" className="msg__sender">
              <Prov span={m.spans.fromName} message={m.index} onPoint={onPoint} className="prov--inline">
                <span tabIndex={0}>{sender}</span>
              </Prov>
              {m.from.email && m.from.name && (
                <Prov span={m.spans.fromEmail} message={m.index} onPoint={onPoint} className="prov--inline">
                  <span tabIndex={0} className="msg__email">
                    {m.from.email}
                  </span>
                </Prov>
              )}
            </Heading>
            <Paragraph data-size="xs" className="msg__meta">
              <Prov span={m.spans.sentAt} message={m.index} onPoint={onPoint} className="prov--inline">
                <span tabIndex={0} className="tnum">
                  <ClockIcon aria-hidden className="msg__icon" />
                  {m.sentAt ? formatDateTime(m.sentAt) : nb.import.noDate}
                </span>
              </Prov>
              <Prov span={m.spans.subject} message={m.index} onPoint={onPoint} className="prov--inline msg__subject">
                <span tabIndex={0}>{m.subject ?? nb.import.noSubject}</span>
              </Prov>
            </Paragraph>
          </div>
          <div className="msg__tags">
            <Tag data-color={KIND_COLOR[m.kind]} data-size="sm" data-testid="import-kind">
              {nb.import.kinds[m.kind]}
            </Tag>
            {m.late && (
              <Tag data-color="warning" data-size="sm" variant="outline">
                {nb.import.late}
              </Tag>
            )}
            {m.alreadyImported && (
              <Tag data-color="neutral" data-size="sm" data-testid="import-done">
                <CheckmarkCircleIcon aria-hidden className="msg__icon" />
                {nb.import.alreadyImported}
              </Tag>
            )}
          </div>
        </header>

        {/* Once saved, the parser's doubts no longer matter; the tag says it is done. */}
        {m.warnings.length > 0 && !m.alreadyImported && (
          <Alert data-color="warning" data-size="sm" className="msg__warnings">
            {m.warnings.length === 1 ? (
              <Paragraph data-size="sm">{m.warnings[0]}</Paragraph>
            ) : (
              <ul>
                {m.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}

        {rows.length === 0 ? (
          <Paragraph data-size="sm" className="msg__none">
            {nb.import.noAttendees}
          </Paragraph>
        ) : (
          <div className="msg__people">
            {rows.map(({ a, v, action, errors }) =>
              m.alreadyImported ? (
                <AttendeeSummary key={a.index} message={m} attendee={a} onPoint={onPoint} />
              ) : (
              <AttendeeRow
                key={a.index}
                message={m}
                attendee={a}
                values={v}
                action={action}
                errors={errors}
                counties={counties}
                readOnly={!included}
                onEdit={(patch) => onEdit(a.index, patch)}
                onPoint={onPoint}
              />
              ),
            )}
          </div>
        )}

        {!m.alreadyImported && (
          <footer className="msg__foot">
            <Checkbox label={nb.import.includeMessage} checked={included} onChange={(e) => onInclude(e.target.checked)} data-size="sm" />
            <Button variant="secondary" data-size="sm" onClick={onSave} disabled={!included || busy || blocked}>
              {nb.import.saveOne}
            </Button>
          </footer>
        )}
      </article>
    </Card>
  );
}
