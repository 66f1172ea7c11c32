import { Alert, Button, Card, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { PrivacyEventStatus } from '../../../../main/api/ops/privacy';
import { dateField, formatDate, formatInstant, formatNumber, parseDateField } from '../../format';
import { nb } from '../../i18n/nb';
import { LoadError, Loading } from '../../ui/common';
import { mutate, useQuery } from '../../ui/data';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';
import { saveFullExport } from './save';

const r = nb.privacy.retention;
const a = nb.privacy.anonymise;

function RetentionRow({ e }: { e: PrivacyEventStatus }) {
  const { notify } = useNotify();
  const [value, setValue] = useState(dateField(e.retentionUntil));
  const save = async () => {
    const iso = parseDateField(value);
    const res = await mutate('events:update', { id: e.eventId, retentionUntil: iso === '' ? null : iso });
    notify(res.ok ? 'success' : 'danger', res.ok ? r.saved : res.error.message);
  };
  return (
    <Table.Row>
      <Table.Cell>
        {e.title}
        <div className="privacy-sub">
          {formatDate(e.startsAt)} · {r.signups(e.signups)}
        </div>
      </Table.Cell>
      <Table.Cell>
        <div className="privacy-inline">
          <Textfield aria-label={r.dateLabel(e.title)} placeholder="dd.mm.åååå" inputMode="numeric" value={value} onChange={(ev) => setValue(ev.target.value)} data-size="sm" />
          <Button variant="secondary" data-size="sm" onClick={() => void save()}>
            {r.save}
          </Button>
        </div>
      </Table.Cell>
      <Table.Cell>
        {e.anonymisedAt ? (
          <Tag data-color="neutral" data-size="sm">{r.anonymised(formatInstant(e.anonymisedAt))}</Tag>
        ) : e.overdue ? (
          <Tag data-color="danger" data-size="sm">{r.overdue}</Tag>
        ) : (
          <Tag data-color="success" data-size="sm">{e.retentionUntil ? r.ok : r.noDate}</Tag>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

/** Export first, then a typed confirmation, then privacy:anonymiseEvent. */
function AnonymiseDialog({ event, onClose }: { event: PrivacyEventStatus | null; onClose: () => void }) {
  const { notify } = useNotify();
  const [exported, setExported] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!event) return <Modal open={false} title={a.title} onClose={onClose}>{null}</Modal>;
  const doExport = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await saveFullExport(event.eventId);
      if (file) setExported(file);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const anonymise = async () => {
    setBusy(true);
    const res = await mutate('privacy:anonymiseEvent', { eventId: event.eventId, confirm: true });
    setBusy(false);
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    notify('success', `${a.done(res.value.signupsRemoved)} ${a.backupsLeft(res.value.backupsWithPersonalData)}`);
    onClose();
  };
  return (
    <Modal open title={`${a.title}: ${event.title}`} onClose={onClose} wide>
      <Heading level={3} data-size="xs">{a.step1}</Heading>
      <Paragraph data-size="sm">{a.step1Text}</Paragraph>
      <Button variant="secondary" onClick={() => void doExport()} disabled={busy}>
        {a.export}
      </Button>
      {exported && <Paragraph data-size="sm">{a.exported(exported)}</Paragraph>}
      <Heading level={3} data-size="xs" className="privacy-step">{a.step2}</Heading>
      <Paragraph data-size="sm">{a.backupNote}</Paragraph>
      <Textfield label={a.typeLabel(a.word)} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      {error && <Alert data-color="danger">{error}</Alert>}
      <div className="privacy-actions">
        <Button data-color="danger" onClick={() => void anonymise()} disabled={busy || typed.trim() !== a.word}>
          {a.confirm}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {nb.app.cancel}
        </Button>
      </div>
    </Modal>
  );
}

export function EventsCard() {
  const status = useQuery('privacy:status', {});
  const [chosen, setChosen] = useState('');
  const [open, setOpen] = useState<PrivacyEventStatus | null>(null);
  if (status.status === 'error' && !status.value) return <LoadError error={status.error} onRetry={status.reload} />;
  if (!status.value) return <Loading />;
  const events = status.value;
  const overdue = events.filter((e) => e.overdue).length;
  const candidates = events.filter((e) => !e.anonymisedAt);
  return (
    <>
      {overdue > 0 && (
        <Alert data-color="warning" className="privacy-card">
          {r.overdueWarning(overdue)}
        </Alert>
      )}
      <Card data-color="neutral" className="panel privacy-card">
        <Heading level={2} data-size="sm">{r.title}</Heading>
        <Paragraph data-size="sm">{r.intro}</Paragraph>
        <div className="privacy-scroll">
          <Table className="data-table" aria-label={r.title} data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{r.event}</Table.HeaderCell>
                <Table.HeaderCell>{r.until}</Table.HeaderCell>
                <Table.HeaderCell>{r.state}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {events.map((e) => (
                <RetentionRow key={`${e.eventId}-${e.retentionUntil ?? ''}`} e={e} />
              ))}
            </Table.Body>
          </Table>
        </div>
      </Card>
      <Card data-color="neutral" className="panel privacy-card">
        <Heading level={2} data-size="sm">{a.title}</Heading>
        <Paragraph data-size="sm">{a.intro}</Paragraph>
        <div className="privacy-actions">
          <Select aria-label={a.choose} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <Select.Option value="">{a.choose}</Select.Option>
            {candidates.map((e) => (
              <Select.Option key={e.eventId} value={String(e.eventId)}>
                {`${e.title} (${formatDate(e.startsAt)}, ${formatNumber(e.signups)})`}
              </Select.Option>
            ))}
          </Select>
          <Button data-color="danger" variant="secondary" disabled={chosen === ''} onClick={() => setOpen(candidates.find((e) => String(e.eventId) === chosen) ?? null)}>
            {a.start}
          </Button>
        </div>
      </Card>
      <AnonymiseDialog key={open?.eventId ?? 0} event={open} onClose={() => setOpen(null)} />
    </>
  );
}
