import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { Theme } from '../../../../main/api/types';
import { collator, formatNumber } from '../../format';
import { nb } from '../../i18n/nb';
import { Empty, LoadError, Loading } from '../../ui/common';
import { mutate, useQuery } from '../../ui/data';
import { FormError } from '../../ui/forms';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';
import type { AppErrorInfo } from '../../../../main/api/types';

function ThemeForm({ theme, onDone }: { theme: Theme | null; onDone: () => void }) {
  const { notify } = useNotify();
  const [name, setName] = useState(theme?.name ?? '');
  const [description, setDescription] = useState(theme?.description ?? '');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const t = nb.register.themes;

  const save = async () => {
    setBusy(true);
    const res = theme ? await mutate('themes:update', { id: theme.id, name, description }) : await mutate('themes:create', { name, description });
    setBusy(false);
    if (res.ok) {
      notify('success', theme ? t.updated(res.value.name) : t.created(res.value.name));
      onDone();
    } else setError(res.error);
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Textfield label={t.name} multiline rows={2} value={name} onChange={(e) => setName(e.target.value)} error={error?.fields?.name} />
      <Textfield label={t.description} multiline rows={4} value={description} onChange={(e) => setDescription(e.target.value)} error={error?.fields?.description} />
      <FormError error={error} />
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={onDone}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={busy}>
          {nb.app.save}
        </Button>
      </div>
    </form>
  );
}

export function ThemesTab() {
  const list = useQuery('themes:list', {});
  const [editing, setEditing] = useState<Theme | 'new' | null>(null);
  const t = nb.register.themes;
  if (list.status === 'error' && !list.value) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.value) return <Loading />;
  const rows = [...list.value].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="form">
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        <Button variant="secondary" data-size="sm" onClick={() => setEditing('new')}>
          <PlusIcon aria-hidden />
          {t.add}
        </Button>
      </div>
      <div className="panel panel--flush">
        {rows.length === 0 ? (
          <Empty>{t.empty}</Empty>
        ) : (
          <Table className="data-table" aria-label={t.tableLabel} hover>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.name}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t.regions}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="ds-sr-only">{nb.app.edit}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((th) => (
                <Table.Row key={th.id}>
                  <Table.Cell>
                    <Paragraph data-size="sm">{th.name}</Paragraph>
                    {th.description && (
                      <Paragraph data-size="xs" className="muted">
                        {th.description}
                      </Paragraph>
                    )}
                  </Table.Cell>
                  <Table.Cell className="num tnum">{formatNumber(th.regionCount)}</Table.Cell>
                  <Table.Cell>
                    <Button variant="tertiary" icon data-size="sm" aria-label={`${nb.app.edit}: ${th.name}`} title={nb.app.edit} onClick={() => setEditing(th)}>
                      <PencilIcon aria-hidden />
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
      <Modal open={editing !== null} title={editing === 'new' ? t.addTitle : t.editTitle} onClose={() => setEditing(null)} wide>
        {editing !== null && <ThemeForm theme={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </div>
  );
}
