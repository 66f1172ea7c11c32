import { Button, Chip, Input, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { AppErrorInfo, Organisation, OrgKind } from '../../../../main/api/types';
import { nb } from '../../i18n/nb';
import { mutate, useQuery } from '../../ui/data';
import { applyFieldErrors, FormError } from '../../ui/forms';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';

interface Values {
  kind: OrgKind;
  name: string;
  shortName: string;
  number: string;
  administration: string;
  countyId: string;
  emailDomains: string[];
  postmottak: string;
  notes: string;
}

const KNOWN = ['kind', 'name', 'shortName', 'number', 'administration', 'countyId', 'emailDomains', 'postmottak', 'notes'] as const;

/** E-mail domains as removable tags; Enter, comma or leaving the field adds what is typed. */
function DomainTags({ value, onChange, error }: { value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const t = nb.register.orgForm;
  const add = () => {
    const parts = draft
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter((s) => s && !value.includes(s));
    if (parts.length) onChange([...value, ...parts]);
    setDraft('');
  };
  return (
    <div className="picker">
      <Label htmlFor={id}>{t.domains}</Label>
      <div id={`${id}-help`} className="picker__hint">
        {t.domainsHelp}
      </div>
      {value.length > 0 && (
        <div className="tags">
          {value.map((d) => (
            <Chip.Removable key={d} data-size="sm" aria-label={t.removeDomain(d)} onClick={() => onChange(value.filter((x) => x !== d))}>
              {d}
            </Chip.Removable>
          ))}
        </div>
      )}
      <Input
        id={id}
        aria-describedby={`${id}-help`}
        aria-invalid={error ? true : undefined}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      {error && <ValidationMessage data-size="sm">{error}</ValidationMessage>}
    </div>
  );
}

function OrgForm({ org, kinds, onDone }: { org: Organisation | null; kinds: OrgKind[]; onDone: () => void }) {
  const { notify } = useNotify();
  const counties = useQuery('orgs:list', { kind: 'county' });
  const [error, setErrorInfo] = useState<AppErrorInfo | null>(null);
  const { register, handleSubmit, setError, control, formState, watch } = useForm<Values>({
    defaultValues: {
      kind: org?.kind ?? kinds[0] ?? 'other',
      name: org?.name ?? '',
      shortName: org?.shortName ?? '',
      number: org?.number ?? '',
      administration: org?.administration ?? '',
      countyId: org?.countyId ? String(org.countyId) : '',
      emailDomains: org?.emailDomains ?? [],
      postmottak: org?.postmottak ?? '',
      notes: org?.notes ?? '',
    },
  });
  const kind = watch('kind');
  const err = (k: keyof Values) => formState.errors[k]?.message;
  const t = nb.register.orgForm;

  const submit = handleSubmit(async (v) => {
    setErrorInfo(null);
    const fields = {
      kind: v.kind,
      name: v.name,
      shortName: v.shortName,
      number: v.number,
      administration: v.administration,
      countyId: v.countyId === '' ? null : Number(v.countyId),
      emailDomains: v.emailDomains,
      postmottak: v.postmottak,
      notes: v.notes,
    };
    const res = org ? await mutate('orgs:update', { id: org.id, ...fields }) : await mutate('orgs:create', fields);
    if (res.ok) {
      notify('success', org ? t.updated(res.value.name) : t.created(res.value.name));
      onDone();
      return;
    }
    setErrorInfo(res.error);
    applyFieldErrors(setError, res.error, KNOWN);
  });

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        {!org && kinds.length > 1 && (
          <div className="span-2">
            <Label htmlFor="org-kind">{t.kind}</Label>
            <Select id="org-kind" {...register('kind')}>
              {kinds.map((k) => (
                <Select.Option key={k} value={k}>
                  {nb.kinds[k]}
                </Select.Option>
              ))}
            </Select>
          </div>
        )}
        <Textfield className="span-2" label={t.name} {...register('name')} error={err('name')} />
        {(kind === 'county' || kind === 'municipality') && <Textfield label={t.number} inputMode="numeric" {...register('number')} error={err('number')} />}
        {kind === 'county' && <Textfield label={t.administration} {...register('administration')} error={err('administration')} />}
        {kind !== 'county' && (
          <div>
            <Label htmlFor="org-county">{t.county}</Label>
            <Select id="org-county" {...register('countyId')}>
              <Select.Option value="">{t.noCounty}</Select.Option>
              {(counties.value ?? []).map((c) => (
                <Select.Option key={c.id} value={String(c.id)}>
                  {c.number} {c.name}
                </Select.Option>
              ))}
            </Select>
          </div>
        )}
        <Textfield label={t.shortName} {...register('shortName')} error={err('shortName')} />
        <div className="span-2">
          <Controller
            control={control}
            name="emailDomains"
            render={({ field, fieldState }) => <DomainTags value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
          />
        </div>
        <Textfield className="span-2" label={t.postmottak} type="email" {...register('postmottak')} error={err('postmottak')} />
        <Textfield className="span-2" label={t.notes} multiline rows={2} {...register('notes')} error={err('notes')} />
      </div>
      {org?.source && (
        <Paragraph data-size="xs" className="muted">
          {t.source}: {org.source}
        </Paragraph>
      )}
      <FormError error={error} />
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={onDone}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={formState.isSubmitting}>
          {nb.app.save}
        </Button>
      </div>
    </form>
  );
}

export interface OrgDialogProps {
  open: boolean;
  /** null: create a new one. */
  org: Organisation | null;
  /** The kinds one may create (first is the default). */
  kinds?: OrgKind[];
  onClose: () => void;
}

export function OrgDialog({ open, org, kinds = ['region', 'other'], onClose }: OrgDialogProps) {
  const title = org ? nb.register.orgForm.editTitle(org.name) : nb.register.orgForm.addTitle;
  return (
    <Modal open={open} title={title} onClose={onClose} wide>
      <OrgForm org={org} kinds={kinds} onDone={onClose} />
    </Modal>
  );
}

/** Delete an organisation after a question; the core refuses one in use, with its reason. */
export function ConfirmDeleteOrg({ org, onClose, onDeleted }: { org: Organisation | null; onClose: () => void; onDeleted?: () => void }) {
  const { notify } = useNotify();
  const remove = async () => {
    if (!org) return;
    const res = await mutate('orgs:delete', { id: org.id });
    if (res.ok) {
      notify('success', nb.register.deleted(org.name));
      onDeleted?.();
    } else notify('danger', res.error.message);
  };
  return (
    <ConfirmDialog
      open={org !== null}
      title={nb.register.confirmDeleteTitle}
      text={org ? nb.register.confirmDelete(org.name) : ''}
      onConfirm={remove}
      onClose={onClose}
    />
  );
}
