import { Checkbox, Field, Label, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { PreviewAttendee, PreviewMessage } from '../../../../main/api/ops/imports';
import type { AttendeeField, Span } from '../../../../main/core/email/types';
import type { Organisation } from '../../../../main/api/types';
import { nb } from '../../i18n/nb';
import { DietPicker } from './DietPicker';
import type { AttendeeEdit, AttendeeValues, FieldErrors, ShownAction } from './edits';
import type { Pointer } from './SourceView';

export type PointFn = (p: Pointer | null, how: 'hover' | 'focus') => void;

/**
 * Wraps one field so that pointing at it (mouse or keyboard focus) shows where in the paste it
 * was read. Focus events bubble in React, so the field inside needs nothing of its own.
 */
export function Prov({ span, message, onPoint, children, className }: { span: Span | undefined; message: number; onPoint: PointFn; children: ReactNode; className?: string }) {
  const p: Pointer = { message, span: span ?? null };
  return (
    <div
      className={['prov', span ? 'prov--found' : 'prov--missing', className].filter(Boolean).join(' ')}
      onMouseEnter={() => onPoint(p, 'hover')}
      onMouseLeave={() => onPoint(null, 'hover')}
      onFocus={() => onPoint(p, 'focus')}
      onBlur={() => onPoint(null, 'focus')}
    >
      {children}
    </div>
  );
}

const ACTION_COLOR: Record<ShownAction, 'success' | 'info' | 'warning' | 'neutral'> = {
  create: 'success',
  createCancelled: 'neutral',
  update: 'info',
  cancel: 'warning',
  unchanged: 'neutral',
  skip: 'neutral',
  excluded: 'neutral',
};

export interface AttendeeRowProps {
  message: PreviewMessage;
  attendee: PreviewAttendee;
  values: AttendeeValues;
  action: ShownAction;
  errors: FieldErrors;
  counties: Organisation[];
  /** Already imported or the whole message left out: shown, not edited. */
  readOnly: boolean;
  onEdit: (patch: AttendeeEdit) => void;
  onPoint: PointFn;
}

export function AttendeeRow({ message, attendee: a, values: v, action, errors, counties, readOnly, onEdit, onPoint }: AttendeeRowProps) {
  const idBase = `imp-${message.index}-${a.index}`;
  const span = (f: AttendeeField) => a.spans[f];
  const off = readOnly || !v.include;
  const label = nb.import.attendee(a.index + 1, v.name);
  return (
    <div role="group" aria-label={label} className={['attendee', v.include ? '' : 'attendee--excluded'].join(' ')} data-testid="import-attendee">
      <div className="attendee__head">
        <Checkbox
          label={nb.import.includeAttendee}
          checked={v.include && !readOnly}
          disabled={readOnly}
          onChange={(e) => onEdit({ include: e.target.checked })}
          data-size="sm"
        />
        <Tag data-color={ACTION_COLOR[action]} data-size="sm" className="attendee__action" data-testid="import-action">
          {nb.import.actions[action]}
        </Tag>
      </div>
      <div className="attendee__grid">
        <Prov span={span('name')} message={message.index} onPoint={onPoint}>
          <Textfield
            label={nb.import.name}
            data-size="sm"
            value={v.name}
            readOnly={off}
            error={errors.name}
            onChange={(e) => onEdit({ name: e.target.value })}
          />
        </Prov>
        <Prov span={span('email')} message={message.index} onPoint={onPoint}>
          <Textfield
            label={nb.import.email}
            type="email"
            data-size="sm"
            value={v.email}
            readOnly={off}
            error={errors.email}
            onChange={(e) => onEdit({ email: e.target.value })}
          />
        </Prov>
        <Prov span={span('phone')} message={message.index} onPoint={onPoint}>
          <Textfield label={nb.import.phone} type="tel" data-size="sm" value={v.phone} readOnly={off} onChange={(e) => onEdit({ phone: e.target.value })} />
        </Prov>
        <Prov span={span('title')} message={message.index} onPoint={onPoint}>
          <Textfield label={nb.import.jobTitle} data-size="sm" value={v.title} readOnly={off} onChange={(e) => onEdit({ title: e.target.value })} />
        </Prov>
        <Prov span={span('organisation') ?? span('countyNumber')} message={message.index} onPoint={onPoint} className="attendee__org">
          <Field data-size="sm">
            <Label htmlFor={`${idBase}-org`}>{nb.import.organisation}</Label>
            <Select
              id={`${idBase}-org`}
              value={v.organisationId === null ? '' : String(v.organisationId)}
              disabled={off}
              onChange={(e) => onEdit({ organisationId: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <Select.Option value="">{nb.import.noOrganisation}</Select.Option>
              {counties.map((c) => (
                <Select.Option key={c.id} value={String(c.id)}>
                  {c.number ? `${c.number} ${c.name}` : c.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </Prov>
        <Prov span={span('attending')} message={message.index} onPoint={onPoint}>
          <Field data-size="sm">
            <Label htmlFor={`${idBase}-att`}>{nb.import.attending}</Label>
            <Select id={`${idBase}-att`} value={v.attending ? 'yes' : 'no'} disabled={off} onChange={(e) => onEdit({ attending: e.target.value === 'yes' })}>
              <Select.Option value="yes">{nb.import.attendingYes}</Select.Option>
              <Select.Option value="no">{nb.import.attendingNo}</Select.Option>
            </Select>
          </Field>
        </Prov>
        <Prov span={span('diets')} message={message.index} onPoint={onPoint}>
          {/* Not a <Field>: that would also claim the checkboxes inside the popover. */}
          <div className="diet-field" data-size="sm">
            <Label htmlFor={`${idBase}-diets`}>{nb.import.diets}</Label>
            <DietPicker id={`${idBase}-diets`} value={v.diets} onChange={(diets) => onEdit({ diets })} personName={v.name} disabled={off} />
          </div>
        </Prov>
        <Prov span={span('dietNote')} message={message.index} onPoint={onPoint} className="attendee__wide">
          <Textfield label={nb.import.dietNote} data-size="sm" value={v.dietNote} readOnly={off} onChange={(e) => onEdit({ dietNote: e.target.value })} />
        </Prov>
      </div>
      {a.warnings.length > 0 && !readOnly && (
        <ul className="attendee__warnings">
          {a.warnings.map((w) => (
            <li key={w}>
              <ValidationMessage data-color="warning" data-size="sm">
                {w}
              </ValidationMessage>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A person in a reply that is already saved: one quiet line, nothing to edit. */
export function AttendeeSummary({ message, attendee: a, onPoint }: { message: PreviewMessage; attendee: PreviewAttendee; onPoint: PointFn }) {
  const parts = [
    a.email,
    a.organisationName,
    a.attending ? nb.import.attendingYes : nb.import.attendingNo,
    a.diets.length ? a.diets.map((d) => nb.diets[d]).join(', ') : null,
  ].filter((x): x is string => Boolean(x));
  return (
    <div className="attendee attendee--summary" data-testid="import-attendee">
      <Prov span={a.spans.name} message={message.index} onPoint={onPoint} className="prov--inline">
        <span tabIndex={0} className="attendee__summary-name">
          {a.name ?? nb.import.attendee(a.index + 1, '')}
        </span>
      </Prov>
      <span className="attendee__summary-rest">{parts.join(' · ')}</span>
    </div>
  );
}
