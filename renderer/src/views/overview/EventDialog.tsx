import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Event } from '../../../../main/api/types';
import { dateField, parseDateField, parseTimeField } from '../../format';
import { nb } from '../../i18n/nb';
import { mutate } from '../../ui/data';
import { applyFieldErrors, FormError } from '../../ui/forms';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';
import type { AppErrorInfo } from '../../../../main/api/types';

interface Values {
  title: string;
  shortTitle: string;
  date: string;
  start: string;
  end: string;
  venue: string;
  address: string;
  city: string;
  deadline: string;
  capacity: string;
  countySeats: string;
  lunch: boolean;
  lunchNote: string;
  travelNote: string;
  organiserOrg: string;
  organiserName: string;
  organiserTitle: string;
  organiserEmail: string;
}

const KNOWN = ['title', 'shortTitle', 'date', 'start', 'end', 'venue', 'address', 'city', 'deadline', 'capacity', 'countySeats', 'lunch', 'lunchNote', 'travelNote', 'organiserOrg', 'organiserName', 'organiserTitle', 'organiserEmail'] as const;

function toValues(e: Event): Values {
  return {
    title: e.title,
    shortTitle: e.shortTitle ?? '',
    date: dateField(e.startsAt),
    start: e.startsAt.slice(11, 16),
    end: e.endsAt.slice(11, 16),
    venue: e.venue,
    address: e.address ?? '',
    city: e.city ?? '',
    deadline: dateField(e.deadline),
    capacity: e.capacity === null ? '' : String(e.capacity),
    countySeats: e.seatRules.county === null || e.seatRules.county === undefined ? '' : String(e.seatRules.county),
    lunch: e.lunch,
    lunchNote: e.lunchNote ?? '',
    travelNote: e.travelNote ?? '',
    organiserOrg: e.organiserOrg ?? '',
    organiserName: e.organiserName ?? '',
    organiserTitle: e.organiserTitle ?? '',
    organiserEmail: e.organiserEmail ?? '',
  };
}

/** Numbers typed in a field: '' is "none"; anything else goes to the core as typed, so the
 *  core's own message explains a bad value. */
function numberOrText(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  return /^-?\d+$/.test(t) ? Number(t) : Number.NaN;
}

function EventForm({ event, onDone }: { event: Event; onDone: () => void }) {
  const { notify } = useNotify();
  const [error, setErrorInfo] = useState<AppErrorInfo | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({ defaultValues: toValues(event) });
  const err = (k: keyof Values) => formState.errors[k]?.message;

  const submit = handleSubmit(async (v) => {
    setErrorInfo(null);
    const capacity = numberOrText(v.capacity);
    const seats = numberOrText(v.countySeats);
    const res = await mutate('events:update', {
      id: event.id,
      title: v.title,
      shortTitle: v.shortTitle,
      startsAt: `${parseDateField(v.date)}T${parseTimeField(v.start)}`,
      endsAt: `${parseDateField(v.date)}T${parseTimeField(v.end)}`,
      venue: v.venue,
      address: v.address,
      city: v.city,
      deadline: v.deadline.trim() === '' ? null : parseDateField(v.deadline),
      capacity: capacity === null || !Number.isNaN(capacity) ? capacity : (v.capacity as unknown as number),
      seatRules: { ...event.seatRules, county: seats === null || !Number.isNaN(seats) ? seats : (v.countySeats as unknown as number) },
      lunch: v.lunch,
      lunchNote: v.lunchNote,
      travelNote: v.travelNote,
      organiserOrg: v.organiserOrg,
      organiserName: v.organiserName,
      organiserTitle: v.organiserTitle,
      organiserEmail: v.organiserEmail,
    });
    if (res.ok) {
      notify('success', nb.overview.updated);
      onDone();
      return;
    }
    setErrorInfo(res.error);
    applyFieldErrors(setError, res.error, KNOWN, { startsAt: 'start', endsAt: 'end', seatRules: 'countySeats' });
  });

  const t = nb.eventForm;
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        <Textfield className="span-2" label={t.fTitle} {...register('title')} error={err('title')} />
        <Textfield label={t.shortTitle} {...register('shortTitle')} error={err('shortTitle')} />
        <Textfield label={t.date} placeholder="dd.mm.åååå" inputMode="numeric" autoComplete="off" {...register('date')} error={err('date')} />
        <Textfield label={t.startTime} placeholder="tt:mm" inputMode="numeric" autoComplete="off" {...register('start')} error={err('start')} />
        <Textfield label={t.endTime} placeholder="tt:mm" inputMode="numeric" autoComplete="off" {...register('end')} error={err('end')} />
        <Textfield label={t.venue} {...register('venue')} error={err('venue')} />
        <Textfield label={t.address} {...register('address')} error={err('address')} />
        <Textfield label={t.city} {...register('city')} error={err('city')} />
        <Textfield label={t.deadline} placeholder="dd.mm.åååå" inputMode="numeric" autoComplete="off" {...register('deadline')} error={err('deadline')} />
        <Textfield label={t.capacity} inputMode="numeric" {...register('capacity')} error={err('capacity')} />
        <Textfield label={t.countySeats} inputMode="numeric" {...register('countySeats')} error={err('countySeats')} />
        <Checkbox className="span-2" label={t.lunch} {...register('lunch')} />
        <Textfield className="span-2" label={t.lunchNote} {...register('lunchNote')} error={err('lunchNote')} />
        <Textfield className="span-2" label={t.travelNote} {...register('travelNote')} error={err('travelNote')} />
        <Textfield label={t.organiserOrg} {...register('organiserOrg')} error={err('organiserOrg')} />
        <Textfield label={t.organiserName} {...register('organiserName')} error={err('organiserName')} />
        <Textfield label={t.organiserTitle} {...register('organiserTitle')} error={err('organiserTitle')} />
        <Textfield label={t.organiserEmail} type="email" {...register('organiserEmail')} error={err('organiserEmail')} />
      </div>
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

export function EventDialog({ open, event, onClose }: { open: boolean; event: Event; onClose: () => void }) {
  return (
    <Modal open={open} title={nb.eventForm.title} onClose={onClose} wide>
      <EventForm event={event} onDone={onClose} />
    </Modal>
  );
}
