import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { AppErrorInfo, DietCode, Signup } from '../../../../main/api/types';
import { dateField, nowWall, parseDateField, parseTimeField } from '../../format';
import { nb } from '../../i18n/nb';
import { mutate } from '../../ui/data';
import { applyFieldErrors, FormError } from '../../ui/forms';
import { useNotify } from '../../ui/notify';
import { OrgPicker } from '../../ui/OrgPicker';

/** The 19 diet codes in the order of the invitation's form. */
export const DIET_CODES = Object.keys(nb.diets) as DietCode[];

interface Values {
  name: string;
  email: string;
  phone: string;
  title: string;
  organisationId: number | null;
  receivedDate: string;
  receivedTime: string;
  lunch: boolean;
  diets: DietCode[];
  dietNote: string;
  notes: string;
}

const KNOWN = ['name', 'email', 'phone', 'title', 'organisationId', 'receivedDate', 'receivedTime', 'lunch', 'diets', 'dietNote', 'notes'] as const;

function defaults(s: Signup | null): Values {
  const received = s?.receivedAt ?? nowWall();
  return {
    name: s?.name ?? '',
    email: s?.email ?? '',
    phone: s?.phone ?? '',
    title: s?.title ?? '',
    organisationId: s?.organisationId ?? null,
    receivedDate: dateField(received),
    receivedTime: received.slice(11, 16),
    lunch: s?.lunch ?? true,
    diets: s?.diets ?? [],
    dietNote: s?.dietNote ?? '',
    notes: s?.notes ?? '',
  };
}

export interface SignupFormProps {
  /** null: a new sign-up. */
  signup: Signup | null;
  onDone: (saved: Signup | null) => void;
}

/**
 * Add or edit one sign-up. Nothing is checked here: the core validates and answers with a
 * Norwegian message per field, which we put under the field it belongs to.
 */
export function SignupForm({ signup, onDone }: SignupFormProps) {
  const { notify } = useNotify();
  const [error, setErrorInfo] = useState<AppErrorInfo | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({ defaultValues: defaults(signup) });
  const err = (k: keyof Values) => formState.errors[k]?.message;
  const t = nb.signupForm;

  const submit = handleSubmit(async (v) => {
    setErrorInfo(null);
    const fields = {
      name: v.name,
      email: v.email,
      phone: v.phone,
      title: v.title,
      organisationId: v.organisationId,
      receivedAt: `${parseDateField(v.receivedDate)}T${parseTimeField(v.receivedTime)}`,
      lunch: v.lunch,
      diets: v.diets,
      dietNote: v.dietNote,
      notes: v.notes,
    };
    const res = signup ? await mutate('signups:update', { id: signup.id, ...fields }) : await mutate('signups:create', fields);
    if (res.ok) {
      const msg = signup ? nb.signups.updated(res.value.name) : nb.signups.created(res.value.name);
      notify('success', `${msg} ${nb.signupForm.state}: ${nb.states[res.value.state]}.`);
      onDone(res.value);
      return;
    }
    setErrorInfo(res.error);
    applyFieldErrors(setError, res.error, KNOWN, { receivedAt: 'receivedDate' });
  });

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={signup ? t.editTitle : t.addTitle}>
      <div className="form-grid">
        <Textfield label={t.name} autoComplete="off" {...register('name')} error={err('name')} />
        <Textfield label={t.email} type="email" autoComplete="off" {...register('email')} error={err('email')} />
        <Textfield label={t.phone} type="tel" autoComplete="off" {...register('phone')} error={err('phone')} />
        <Textfield label={t.title} autoComplete="off" {...register('title')} error={err('title')} />
        <div className="span-2">
          <Controller
            control={control}
            name="organisationId"
            render={({ field, fieldState }) => (
              <OrgPicker
                label={t.organisation}
                description={t.organisationHelp}
                value={field.value}
                onChange={(id) => field.onChange(id)}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
        </div>
        <Textfield label={t.receivedDate} placeholder="dd.mm.åååå" inputMode="numeric" autoComplete="off" {...register('receivedDate')} error={err('receivedDate')} />
        <Textfield label={t.receivedTime} placeholder="tt:mm" inputMode="numeric" autoComplete="off" {...register('receivedTime')} error={err('receivedTime')} />
        <Checkbox className="span-2" label={t.lunch} {...register('lunch')} />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t.diets}</Fieldset.Legend>
        <Fieldset.Description>{t.dietsHelp}</Fieldset.Description>
        <div className="diet-grid">
          {DIET_CODES.map((code) => (
            <Checkbox key={code} data-size="sm" label={nb.diets[code]} value={code} {...register('diets')} />
          ))}
        </div>
        {err('diets') && <p className="ds-validation-message">{err('diets')}</p>}
      </Fieldset>
      <Textfield label={t.dietNote} multiline rows={2} {...register('dietNote')} error={err('dietNote')} />
      <Textfield label={t.notes} multiline rows={3} {...register('notes')} error={err('notes')} />
      <FormError error={error} />
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={() => onDone(null)}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={formState.isSubmitting}>
          {nb.app.save}
        </Button>
      </div>
    </form>
  );
}
