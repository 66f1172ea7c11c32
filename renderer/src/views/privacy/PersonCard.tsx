import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { PersonHit } from '../../../../main/api/types';
import { nb } from '../../i18n/nb';
import { mutate, useQuery } from '../../ui/data';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';
import { call } from '../../api';
import { downloadJson } from './save';

const t = nb.privacy.person;

/** Find a person; export their data (access request) or delete them everywhere. */
export function PersonCard() {
  const [q, setQ] = useState('');
  const hits = useQuery('people:search', q.trim().length >= 2 ? { q } : null);
  const [deleting, setDeleting] = useState<PersonHit | null>(null);
  const { notify } = useNotify();

  const exportPerson = async (p: PersonHit) => {
    const r = await call('privacy:exportPerson', { personId: p.id });
    if (!r.ok) return notify('danger', r.error.message);
    downloadJson(r.value, `innsyn-${p.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.json`);
    notify('success', t.exported(p.name));
  };
  const remove = async (p: PersonHit) => {
    const r = await mutate('privacy:deletePerson', { personId: p.id, confirm: true });
    setDeleting(null);
    notify(r.ok ? 'success' : 'danger', r.ok ? t.deleted(r.value.signupsRemoved) : r.error.message);
  };

  return (
    <Card data-color="neutral" className="panel privacy-card">
      <Heading level={2} data-size="sm">{t.title}</Heading>
      <Paragraph data-size="sm">{t.intro}</Paragraph>
      <Textfield label={t.search} value={q} onChange={(e) => setQ(e.target.value)} type="search" autoComplete="off" />
      {q.trim().length >= 2 && hits.value && (
        <ul className="privacy-people" aria-label={t.search}>
          {hits.value.length === 0 && <li>{t.noHits}</li>}
          {hits.value.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{p.name}</strong> {p.email ?? ''} {p.organisationName ? `· ${p.organisationName}` : ''}
              </span>
              <span className="privacy-inline">
                <Button variant="secondary" data-size="sm" onClick={() => void exportPerson(p)}>
                  {t.export}
                </Button>
                <Button variant="secondary" data-color="danger" data-size="sm" onClick={() => setDeleting(p)}>
                  {t.delete}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Modal open={deleting !== null} title={deleting ? t.deleteTitle(deleting.name) : ''} onClose={() => setDeleting(null)}>
        <Paragraph>{t.deleteText}</Paragraph>
        <div className="privacy-actions">
          <Button data-color="danger" onClick={() => deleting && void remove(deleting)}>
            {t.deleteConfirm}
          </Button>
          <Button variant="secondary" onClick={() => setDeleting(null)}>
            {nb.app.cancel}
          </Button>
        </div>
      </Modal>
    </Card>
  );
}
