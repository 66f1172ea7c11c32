import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { AppErrorInfo, Event } from '../../../../main/api/types';
import { dateField, parseDateField, parseTimeField } from '../../format';
import { nb } from '../../i18n/nb';
import { mutate } from '../../ui/data';
import { FormError } from '../../ui/forms';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';

/** A new event from this one (events:copy); the new one becomes the chosen event at once. */
function CopyForm({ event, onDone }: { event: Event; onDone: () => void }) {
  const t = nb.events;
  const { notify } = useNotify();
  const [title, setTitle] = useState(t.copyOf(event.title));
  const [date, setDate] = useState(dateField(event.startsAt));
  const [start, setStart] = useState(event.startsAt.slice(11, 16));
  const [end, setEnd] = useState(event.endsAt.slice(11, 16));
  const [deadline, setDeadline] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const day = parseDateField(date);
    const res = await mutate('events:copy', {
      id: event.id,
      title,
      startsAt: `${day}T${parseTimeField(start)}`,
      endsAt: `${day}T${parseTimeField(end)}`,
      ...(deadline.trim() ? { deadline: parseDateField(deadline) } : {}),
    });
    if (!res.ok) {
      setBusy(false);
      setError(res.error);
      return;
    }
    const sel = await mutate('events:select', { id: res.value.id });
    setBusy(false);
    if (!sel.ok) notify('warning', sel.error.message);
    notify('success', t.copied(res.value.title));
    onDone();
  };

  const f = error?.fields ?? {};
  return (
    <form onSubmit={(e) => void submit(e)} className="form-grid" noValidate>
      <Paragraph data-size="sm">{t.copyLead(event.title)}</Paragraph>
      <Textfield label={t.newTitle} value={title} onChange={(e) => setTitle(e.target.value)} error={f.title} required />
      <div className="row">
        <Textfield label={t.date} value={date} onChange={(e) => setDate(e.target.value)} error={f.startsAt} inputMode="numeric" />
        <Textfield label={t.startTime} value={start} onChange={(e) => setStart(e.target.value)} inputMode="numeric" />
        <Textfield label={t.endTime} value={end} onChange={(e) => setEnd(e.target.value)} error={f.endsAt} inputMode="numeric" />
      </div>
      <Textfield label={t.deadline} value={deadline} onChange={(e) => setDeadline(e.target.value)} error={f.deadline} inputMode="numeric" />
      <FormError error={error} />
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={onDone}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={busy}>
          {t.copy}
        </Button>
      </div>
    </form>
  );
}

export function CopyEventDialog({ event, open, onClose }: { event: Event; open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title={nb.events.copyTitle} onClose={onClose}>
      <CopyForm event={event} onDone={onClose} />
    </Modal>
  );
}
