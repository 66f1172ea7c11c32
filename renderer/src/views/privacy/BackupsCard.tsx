import { Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { BackupInfo } from '../../../../main/api/ops/backups';
import { formatInstant, formatNumber } from '../../format';
import { nb } from '../../i18n/nb';
import { Empty, LoadError, Loading } from '../../ui/common';
import { mutate, useQuery } from '../../ui/data';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';

const t = nb.privacy.backups;

/** The backups list: take one, restore one (with confirmation), how many to keep, purge all. */
export function BackupsCard() {
  const list = useQuery('backups:list', {});
  const { notify } = useNotify();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [purging, setPurging] = useState(false);
  const [keep, setKeep] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      const r = await mutate('backups:create', {});
      notify(r.ok ? 'success' : 'danger', r.ok ? t.created : r.error.message);
    });
  const restore = (b: BackupInfo) =>
    run(async () => {
      const r = await mutate('backups:restore', { name: b.name, confirm: true });
      setRestoring(null);
      notify(r.ok ? 'success' : 'danger', r.ok ? t.restored(formatInstant(b.at)) : r.error.message);
    });
  const purge = () =>
    run(async () => {
      const r = await mutate('backups:purge', { confirm: true });
      setPurging(false);
      notify(r.ok ? 'success' : 'danger', r.ok ? t.purged(r.value.removed) : r.error.message);
    });
  const saveKeep = () =>
    run(async () => {
      const r = await mutate('backups:setKeep', { keep: Number(keep) });
      if (r.ok) setKeep('');
      notify(r.ok ? 'success' : 'danger', r.ok ? `${t.keepLabel}: ${r.value.keep}` : r.error.message);
    });

  let body;
  if (list.status === 'error' && !list.value) body = <LoadError error={list.error} onRetry={list.reload} />;
  else if (!list.value) body = <Loading />;
  else if (list.value.backups.length === 0) body = <Empty>{t.empty}</Empty>;
  else
    body = (
      <div className="privacy-scroll">
        <Table className="data-table" aria-label={t.title} zebra data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.when}</Table.HeaderCell>
              <Table.HeaderCell>{t.kind}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t.size}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.value.backups.map((b) => (
              <Table.Row key={b.name}>
                <Table.Cell className="tnum">{formatInstant(b.at)}</Table.Cell>
                <Table.Cell>{b.label}</Table.Cell>
                <Table.Cell className="num tnum">{formatNumber(Math.ceil(b.bytes / 1024))} kB</Table.Cell>
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" onClick={() => setRestoring(b)} aria-label={`${t.restore} ${formatInstant(b.at)}`}>
                    {t.restore}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    );

  return (
    <Card data-color="neutral" className="panel privacy-card">
      <Heading level={2} data-size="sm">
        {t.title}
      </Heading>
      {list.value && <Paragraph data-size="sm">{t.intro(list.value.folder, list.value.keep)}</Paragraph>}
      <div className="privacy-actions">
        <Button onClick={() => void create()} disabled={busy}>
          {t.create}
        </Button>
        <Button variant="secondary" data-color="danger" onClick={() => setPurging(true)} disabled={busy}>
          {t.purge}
        </Button>
      </div>
      {body}
      <div className="privacy-actions">
        <Textfield label={t.keepLabel} inputMode="numeric" value={keep} placeholder={String(list.value?.keep ?? '')} onChange={(e) => setKeep(e.target.value)} />
        <Button variant="secondary" onClick={() => void saveKeep()} disabled={busy || keep === ''}>
          {t.keepSave}
        </Button>
      </div>
      <Modal open={restoring !== null} title={t.restoreTitle} onClose={() => setRestoring(null)}>
        <Paragraph>{restoring ? t.restoreText(formatInstant(restoring.at)) : ''}</Paragraph>
        <div className="privacy-actions">
          <Button data-color="danger" onClick={() => restoring && void restore(restoring)} disabled={busy}>
            {t.restoreConfirm}
          </Button>
          <Button variant="secondary" onClick={() => setRestoring(null)}>
            {nb.app.cancel}
          </Button>
        </div>
      </Modal>
      <Modal open={purging} title={t.purgeTitle} onClose={() => setPurging(false)}>
        <Paragraph>{t.purgeText}</Paragraph>
        <div className="privacy-actions">
          <Button data-color="danger" onClick={() => void purge()} disabled={busy}>
            {t.purge}
          </Button>
          <Button variant="secondary" onClick={() => setPurging(false)}>
            {nb.app.cancel}
          </Button>
        </div>
      </Modal>
    </Card>
  );
}
