import { Button, Card, Heading, Paragraph, Table, Tag, Textarea } from '@digdir/designsystemet-react';
import { EnvelopeClosedIcon, FilesIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { ChaseItem } from '../../../../main/api/ops/allocation';
import { nb } from '../../i18n/nb';
import { Empty, LoadError, Loading } from '../../ui/common';
import { useQuery } from '../../ui/data';
import { useNotify } from '../../ui/notify';
import { DraftDialog } from '../../ui/DraftDialog';
import { copyText } from './useRun';

const t = nb.allocation;
const c = t.chase;

/** The chase list (purreliste): who has nobody seated, their mailbox, and the reminder to send. */
export function ChaseTab() {
  const q = useQuery('chase:list', {});
  const { notify } = useNotify();
  const [selected, setSelected] = useState<number | null>(null);
  const [draftOrg, setDraftOrg] = useState<number | null>(null);
  const copy = async (text: string) => {
    if (await copyText(text)) notify('success', c.copied);
    else notify('danger', c.copyFailed);
  };

  if (q.status === 'error' && !q.value) return <LoadError error={q.error} onRetry={q.reload} />;
  if (!q.value) return <Loading />;
  const list = q.value;
  const shown: ChaseItem | undefined = list.items.find((i) => i.organisationId === selected) ?? list.items[0];

  return (
    <>
      <div className="toolbar">
        <Paragraph className="grow" data-size="sm">
          {c.intro(list.items.length)}
        </Paragraph>
        {list.items.length > 0 && (
          <>
            <Button variant="secondary" data-size="sm" onClick={() => void copy(list.text)}>
              <FilesIcon aria-hidden />
              {c.copyList}
            </Button>
            {list.mailtoAll && (
              <Button asChild variant="secondary" data-size="sm">
                <a href={list.mailtoAll}>
                  <EnvelopeClosedIcon aria-hidden />
                  {c.mailAll}
                </a>
              </Button>
            )}
          </>
        )}
      </div>
      {list.items.length === 0 ? (
        <Empty>{c.intro(0)}</Empty>
      ) : (
        <div className="chase-layout">
          <Card data-color="neutral" className="panel panel--flush">
            <Table data-size="sm" className="data-table chase-table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{c.number}</Table.HeaderCell>
                  <Table.HeaderCell>{c.org}</Table.HeaderCell>
                  <Table.HeaderCell>{c.mailbox}</Table.HeaderCell>
                  <Table.HeaderCell>{c.status}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="sr-only">{c.openMail}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.items.map((i) => (
                  <Table.Row key={i.organisationId} aria-selected={shown?.organisationId === i.organisationId} className="chase-row">
                    <Table.Cell className="tnum">{i.number ?? ''}</Table.Cell>
                    <Table.Cell>
                      <button type="button" className="link-button" onClick={() => setSelected(i.organisationId)}>
                        {i.name}
                      </button>
                    </Table.Cell>
                    <Table.Cell>
                      {i.mailbox ?? <span className="muted">{c.noMailbox}</span>}{' '}
                      {i.mailboxGuessed && (
                        <Tag data-size="sm" data-color="warning" variant="outline" title={c.guessedHelp}>
                          {c.guessed}
                        </Tag>
                      )}
                    </Table.Cell>
                    <Table.Cell className="chase-status">
                      <span className="tags">
                        {i.waiting > 0 && <Tag data-size="sm" data-color="warning">{c.waiting(i.waiting)}</Tag>}
                        {i.late > 0 && <Tag data-size="sm" data-color="info" variant="outline">{c.late(i.late)}</Tag>}
                        {i.waiting + i.late === 0 && <span className="muted">{c.nobody}</span>}
                      </span>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="chase-actions__buttons">
                      <Button variant="tertiary" data-size="sm" onClick={() => void copy(`${i.subject}\n\n${i.body}`)} aria-label={`${c.copyText}: ${i.name}`}>
                        <FilesIcon aria-hidden />
                      </Button>
                      {i.mailto && (
                        <Button asChild variant="tertiary" data-size="sm">
                          <a href={i.mailto} aria-label={`${c.openMail}: ${i.name}`}>
                            <EnvelopeClosedIcon aria-hidden />
                          </a>
                        </Button>
                      )}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Card>
          {shown && (
            <Card data-color="neutral" className="panel chase-preview">
              <Heading level={3} data-size="2xs">
                {c.preview}: {shown.name}
              </Heading>
              <Paragraph data-size="sm">
                <strong>{c.subject}:</strong> {shown.subject}
              </Paragraph>
              <Textarea readOnly rows={16} value={shown.body} aria-label={c.preview} />
              <div className="form-actions">
                <Button variant="secondary" data-size="sm" onClick={() => void copy(`${shown.subject}\n\n${shown.body}`)}>
                  <FilesIcon aria-hidden />
                  {c.copyText}
                </Button>
                {shown.mailto && (
                  <Button asChild data-size="sm">
                    <a href={shown.mailto}>
                      <EnvelopeClosedIcon aria-hidden />
                      {c.openMail}
                    </a>
                  </Button>
                )}
                <Button variant="secondary" data-size="sm" onClick={() => setDraftOrg(shown.organisationId)}>
                  <EnvelopeClosedIcon aria-hidden />
                  {nb.drafts.make}
                </Button>
              </div>
            </Card>
          )}
        </div>
      )}
      <DraftDialog target={draftOrg !== null ? { organisationId: draftOrg } : null} onClose={() => setDraftOrg(null)} />
    </>
  );
}
