import { Alert, Button, Checkbox, Field, Heading, Label, Paragraph, Select, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import type { SheetKindName, SheetPreview } from '../../../../main/api/ops/exports';
import { call } from '../../api';
import { nb } from '../../i18n/nb';
import { mutate } from '../../ui/data';
import { fileToBase64 } from './save';

const t = nb.exports;
type Ready = Extract<SheetPreview, { state: 'ready' }>;

/**
 * Upload → preview (with the column mapping the user can change) → commit. The file goes to the
 * core as base64; nothing is stored until "Les inn".
 */
export function SheetImport() {
  const [kind, setKind] = useState<SheetKindName>('signups');
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<Ready | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);

  useEffect(() => {
    if (!uploadId) return;
    let stop = false;
    setBusy(true);
    const load = async () => {
      for (;;) {
        const r = await call('sheets:preview', { uploadId, kind, mapping, ...(sheet ? { sheet } : {}) });
        if (stop) return;
        if (!r.ok) {
          setError(r.error.message);
          setPreview(null);
          break;
        }
        if (r.value.state === 'ready') {
          setError(null);
          setPreview(r.value);
          break;
        }
        await new Promise((res) => setTimeout(res, 200));
      }
      setBusy(false);
    };
    void load();
    return () => {
      stop = true;
    };
  }, [uploadId, kind, mapping, sheet]);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setDone(null);
    setPreview(null);
    setMapping({});
    setSheet(undefined);
    if (file.size > 20 * 1024 * 1024) {
      setError(t.tooLarge);
      return;
    }
    setBusy(true);
    const r = await call('sheets:upload', { fileName: file.name, contentBase64: await fileToBase64(file) });
    setBusy(false);
    if (!r.ok) setError(r.error.message);
    else setUploadId(r.value.uploadId);
  }

  async function commit() {
    if (!uploadId) return;
    setBusy(true);
    const r = await mutate('sheets:commit', { uploadId, kind, mapping, skipInvalid, ...(sheet ? { sheet } : {}) });
    setBusy(false);
    if (!r.ok) setError(r.error.message);
    else {
      setDone(t.committed(r.value.summary));
      setPreview(null);
      setUploadId(null);
    }
  }

  const mapped = preview?.fields.filter((f) => f.column !== null) ?? [];
  const toStore = preview ? preview.counts.create + preview.counts.update : 0;
  return (
    <section aria-labelledby="innlesing-tittel" className="export-import">
      <Heading level={2} data-size="sm" id="innlesing-tittel">
        {t.importTitle}
      </Heading>
      <Paragraph data-size="sm">{t.importLead}</Paragraph>
      <div className="export-import-controls">
        <Field>
          <Label>{t.kind}</Label>
          <Select value={kind} onChange={(e) => { setKind(e.target.value as SheetKindName); setMapping({}); }}>
            {(['signups', 'organisations', 'regions'] as const).map((k) => (
              <Select.Option key={k} value={k}>
                {t.kinds[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="innlesing-fil">{t.chooseFile}</Label>
          <input id="innlesing-fil" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void onFile(e.target.files?.[0])} />
        </Field>
      </div>
      {busy && <Spinner aria-label={t.reading} data-size="sm" />}
      {error && <Alert data-color="danger" data-size="sm">{error}</Alert>}
      {done && <Alert data-color="success" data-size="sm" role="status">{done}</Alert>}
      {preview && (
        <>
          {preview.sheets.length > 1 && (
            <Field>
              <Label>{t.sheet}</Label>
              <Select value={preview.sheet} onChange={(e) => setSheet(e.target.value)}>
                {preview.sheets.map((s) => (
                  <Select.Option key={s} value={s}>{s}</Select.Option>
                ))}
              </Select>
            </Field>
          )}
          <Heading level={3} data-size="xs">{t.mapping}</Heading>
          <Paragraph data-size="xs">{t.mappingLead}</Paragraph>
          <div className="export-mapping">
            {preview.fields.map((f) => (
              <Field key={f.key}>
                <Label>{f.label}</Label>
                <Select
                  data-size="sm"
                  value={f.column === null ? '' : String(f.column)}
                  onChange={(e) => setMapping((m) => ({ ...m, [f.key]: e.target.value === '' ? null : Number(e.target.value) }))}
                >
                  <Select.Option value="">{t.notUsed}</Select.Option>
                  {preview.columns.map((c) => (
                    <Select.Option key={c.index} value={String(c.index)}>{c.header}</Select.Option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
          <Paragraph data-size="sm" role="status">{t.counts(preview.counts)}</Paragraph>
          <div className="export-preview" tabIndex={0} role="region" aria-label={t.importPreviewLabel}>
            <Table data-size="sm" aria-label={t.importPreviewLabel}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t.row}</Table.HeaderCell>
                  <Table.HeaderCell>{t.what}</Table.HeaderCell>
                  {mapped.map((f) => <Table.HeaderCell key={f.key}>{f.label}</Table.HeaderCell>)}
                  <Table.HeaderCell>{t.problems}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {preview.rows.map((r) => (
                  <Table.Row key={r.row}>
                    <Table.Cell>{r.row}</Table.Cell>
                    <Table.Cell>
                      <Tag data-size="sm" data-color={r.action === 'invalid' ? 'danger' : r.action === 'update' ? 'info' : 'success'}>{t.action[r.action]}</Tag>
                    </Table.Cell>
                    {mapped.map((f) => <Table.Cell key={f.key}>{r.values[f.key] ?? ''}</Table.Cell>)}
                    <Table.Cell>
                      {r.problems.map((p) => <div key={p} className="export-problem">{p}</div>)}
                      {r.notes.map((n) => <div key={n} className="export-note">{n}</div>)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {preview.counts.invalid > 0 && (
            <Checkbox label={t.skipInvalid} checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
          )}
          <Button onClick={() => void commit()} disabled={busy || toStore === 0 || (preview.counts.invalid > 0 && !skipInvalid)}>
            {t.commit(toStore)}
          </Button>
        </>
      )}
    </section>
  );
}
