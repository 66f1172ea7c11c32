import { Alert, Button, Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ExportFormatName, ExportPreview } from '../../../../main/api/ops/exports';
import { formatNumber } from '../../format';
import { nb } from '../../i18n/nb';
import { saveList, type SaveOutcome } from './save';

const t = nb.exports;

/** One list: its key numbers, the first rows, and the buttons that save it. */
export function ListCard({ preview }: { preview: ExportPreview }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const desktop = window.samlingFiles !== undefined;

  async function save(format: ExportFormatName) {
    setError(null);
    setOutcome(null);
    setProgress({ done: 0, total: preview.totalRows });
    try {
      const r = await saveList(preview.list, format, (done, total) => setProgress({ done, total }));
      setOutcome(r);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  }

  const headingId = `eksport-${preview.list}`;
  return (
    <Card data-color="neutral" className="export-card" role="region" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {preview.title}
      </Heading>
      <Paragraph data-size="sm">{t.lists[preview.list]}</Paragraph>
      <ul className="export-counts" aria-label={t.countsLabel(preview.title)}>
        {preview.counts.map((c) => (
          <li key={c.label}>
            <Tag data-color="info" data-size="sm">
              {`${c.label}: ${formatNumber(c.value)}`}
            </Tag>
          </li>
        ))}
      </ul>
      {preview.sheets.length > 1 && (
        <Paragraph data-size="xs">
          {t.sheets}: {preview.sheets.map((s) => `${s.name} (${formatNumber(s.rows)})`).join(', ')}
        </Paragraph>
      )}
      {/* Scrolls sideways: focusable, so keyboard users can scroll it too (axe: scrollable-region-focusable). */}
      <div className="export-preview" tabIndex={0} role="region" aria-label={t.previewLabel(preview.title)}>
        <Table data-size="sm" zebra aria-label={t.previewLabel(preview.title)}>
          <Table.Head>
            <Table.Row>
              {preview.columns.map((c) => (
                <Table.HeaderCell key={c}>{c}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {preview.rows.map((r, i) => (
              <Table.Row key={i}>
                {r.map((v, j) => (
                  <Table.Cell key={j}>{v}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="xs">{t.preview(preview.rows.length, preview.totalRows)}</Paragraph>
      <div className="export-actions">
        <Button data-size="sm" onClick={() => void save('xlsx')} disabled={progress !== null} aria-label={`${desktop ? t.saveXlsx : t.download}: ${preview.title}`}>
          {desktop ? t.saveXlsx : t.download}
        </Button>
        <Button data-size="sm" variant="secondary" onClick={() => void save('csv')} disabled={progress !== null} aria-label={`${desktop ? t.saveCsv : t.downloadCsv}: ${preview.title}`}>
          {desktop ? t.saveCsv : t.downloadCsv}
        </Button>
      </div>
      {progress && (
        <div className="export-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={`Fremdrift for ${preview.title}`} />
          <Paragraph data-size="xs" role="status">
            {t.working(formatNumber(progress.done), formatNumber(progress.total))}
          </Paragraph>
        </div>
      )}
      {outcome && (
        <Alert data-color="success" data-size="sm" role="status">
          {outcome.saveId ? t.saved(outcome.fileName) : t.downloaded(outcome.fileName)}
          {outcome.saveId && window.samlingFiles && (
            <span className="export-after">
              <Button data-size="sm" variant="tertiary" onClick={() => void window.samlingFiles?.openSaved(outcome.saveId!)}>
                {t.openFile}
              </Button>
              <Button data-size="sm" variant="tertiary" onClick={() => void window.samlingFiles?.showSaved(outcome.saveId!)}>
                {t.showInFolder}
              </Button>
            </span>
          )}
        </Alert>
      )}
      {error && (
        <Alert data-color="danger" data-size="sm">
          {t.failed}: {error}
        </Alert>
      )}
    </Card>
  );
}
