import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { formatDate } from '../format';
import { nb } from '../i18n/nb';
import { mutate, useQuery } from './data';
import { useNotify } from './notify';

// The event every view works on. Choosing one is stored in the database (events:select) so the
// app opens on it next time too, and every view reloads because the data version changes.

export function EventSwitcher() {
  const t = nb.events;
  const info = useQuery('app:info', {});
  const list = useQuery('events:list', {});
  const { notify } = useNotify();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const current = info.value?.event;
  const events = list.value ?? [];
  if (!current) return null;

  const choose = async (value: string) => {
    const next = Number(value);
    if (!next || next === current.id) return;
    setBusy(true);
    const res = await mutate('events:select', { id: next });
    setBusy(false);
    if (res.ok) notify('info', t.switched(res.value.shortTitle ?? res.value.title));
    else notify('danger', res.error.message);
  };

  // The current event is always an option, even before the list has arrived.
  const options = events.some((e) => e.id === current.id) ? events : [current, ...events];
  return (
    <Field className="rail__event" data-size="sm">
      <Label htmlFor={id} className="rail__event-label">
        {nb.nav.currentEvent}
      </Label>
      <Select id={id} value={String(current.id)} disabled={busy} onChange={(e) => void choose(e.target.value)} className="rail__event-select">
        {options.map((e) => (
          <Select.Option key={e.id} value={String(e.id)}>
            {`${e.shortTitle ?? e.title} – ${formatDate(e.startsAt)}`}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
