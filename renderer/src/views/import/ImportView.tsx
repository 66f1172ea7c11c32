import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../../main/api/ops/imports';
import type { AppErrorInfo } from '../../../../main/api/types';
import { call } from '../../api';
import { collator } from '../../format';
import { nb } from '../../i18n/nb';
import { PageHeader } from '../../ui/common';
import { mutate, useDataVersion, useQuery } from '../../ui/data';
import { useNotify } from '../../ui/notify';
import type { ViewProps } from '../types';
import { type PointFn } from './AttendeeRow';
import { commitMessages, countToSave, hasErrors, messageIncluded, type AttendeeEdit, type Edits } from './edits';
import { MessageCard } from './MessageCard';
import { PastePanel, type PasteMode } from './PastePanel';
import { ResultBanner } from './ResultBanner';
import type { Pointer } from './SourceView';
import './import.css';

/** Cards drawn at a time: a whole mailbox pasted at once must not freeze the window. */
const PAGE = 50;
// The live section (not copies of its texts), so the messages follow a switch of language.
const ERR = nb.import;

/** Typing waits for a pause; big pastes wait longer, each parse of them costs more. */
function debounceFor(text: string, pasted: boolean): number {
  if (pasted) return 80;
  return text.length > 200_000 ? 1500 : 600;
}

/**
 * What the view had when the organiser left it: going to Påmeldinger to check the result and
 * coming back must not lose the paste, her corrections or the way to undo the import.
 */
interface Kept {
  text: string;
  mode: PasteMode;
  preview: { text: string; value: ImportPreview } | null;
  edits: Edits;
  result: { value: ImportResult; undone: boolean } | null;
}
let kept: Kept | null = null;

export function ImportView(_props: ViewProps) {
  const { notify } = useNotify();
  const [text, setText] = useState(() => kept?.text ?? '');
  const [mode, setMode] = useState<PasteMode>(() => kept?.mode ?? 'edit');
  const [preview, setPreview] = useState<{ text: string; value: ImportPreview } | null>(() => kept?.preview ?? null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [parsing, setParsing] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const [edits, setEdits] = useState<Edits>(() => kept?.edits ?? {});
  const [hover, setHover] = useState<Pointer | null>(null);
  const [focus, setFocus] = useState<Pointer | null>(null);
  const [result, setResult] = useState<{ value: ImportResult; undone: boolean } | null>(() => kept?.result ?? null);
  const [saving, setSaving] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const requested = useRef<string | null>(null);
  const pasted = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const counties = useQuery('orgs:list', { kind: 'county' });
  const countyList = useMemo(
    () => [...(counties.value ?? [])].sort((a, b) => collator.compare(a.number ?? a.name, b.number ?? b.name)),
    [counties.value],
  );

  /** Asks the core what it finds. Only the newest request may land: a newer paste wins. */
  const parse = useCallback(async (t: string, showSource: boolean) => {
    window.clearTimeout(timer.current);
    const mine = ++seq.current;
    requested.current = t;
    if (t.trim() === '') {
      setPreview(null);
      setError(null);
      setParsing(false);
      return;
    }
    setParsing(true);
    const res = await call('import:preview', { text: t });
    if (mine !== seq.current) return;
    setParsing(false);
    if (res.ok) {
      setPreview({ text: t, value: res.value });
      setError(null);
      setShown(PAGE);
      if (showSource && res.value.messages.length > 0) setMode('source');
    } else {
      setPreview(null);
      setError(res.error);
    }
  }, []);

  useEffect(() => {
    kept = { text, mode, preview, edits, result };
  }, [text, mode, preview, edits, result]);

  // Data changed (this import, an undo from the menu, an edit elsewhere): what is "already
  // imported" or "already signed up" may have changed too, so ask again. Also on coming back.
  const dataVersion = useDataVersion();
  const previewText = preview?.text;
  useEffect(() => {
    if (previewText !== undefined && previewText === requested.current) void parse(previewText, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a data change should trigger this
  }, [dataVersion]);
  useEffect(() => {
    if (text.trim() !== '') void parse(text, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the view opens
  }, []);

  // Parse on its own after a pause in typing, or straight after a paste.
  useEffect(() => {
    if (text === requested.current) return;
    const wasPaste = pasted.current;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      pasted.current = false;
      void parse(text, wasPaste);
    }, debounceFor(text, wasPaste));
    return () => window.clearTimeout(timer.current);
  }, [text, parse]);

  const onText = useCallback((t: string, how: 'type' | 'file') => {
    if (how === 'file') pasted.current = true;
    setHint(null);
    setText(t);
  }, []);

  const parseNow = useCallback(() => {
    if (text.trim() === '') {
      setHint(nb.import.emptyHint);
      setMode('edit');
      window.setTimeout(() => textareaRef.current?.focus(), 0);
      return;
    }
    setHint(null);
    void parse(text, true);
  }, [text, parse]);

  const clear = useCallback(() => {
    seq.current++;
    requested.current = '';
    setText('');
    setPreview(null);
    setError(null);
    setParsing(false);
    setEdits({});
    setResult(null);
    setHint(null);
    setMode('edit');
    window.setTimeout(() => textareaRef.current?.focus(), 0);
  }, []);

  const onPoint: PointFn = useCallback((p, how) => (how === 'hover' ? setHover(p) : setFocus(p)), []);
  const pointer = hover ?? focus;

  const editAttendee = (hash: string, index: number, patch: AttendeeEdit) =>
    setEdits((e) => {
      const m = e[hash] ?? { attendees: {} };
      return { ...e, [hash]: { ...m, attendees: { ...m.attendees, [index]: { ...m.attendees[index], ...patch } } } };
    });
  const includeMessage = (hash: string, include: boolean) =>
    setEdits((e) => ({ ...e, [hash]: { attendees: e[hash]?.attendees ?? {}, include } }));

  const p = preview?.value;
  const current = preview !== null && preview.text === text && !parsing;
  const toSave = p ? countToSave(p, edits) : { messages: 0, attendees: 0 };

  /** Saves everything included, or one message (`only`). The core skips replies already imported. */
  const save = async (only?: number) => {
    if (!preview || !p || saving) return;
    if (hasErrors(p, edits, ERR, only)) {
      notify('warning', nb.import.fixFirst);
      return;
    }
    setSaving(true);
    const res = await mutate('import:commit', { text: preview.text, eventId: p.eventId, messages: commitMessages(p, edits, only) });
    setSaving(false);
    if (!res.ok) {
      notify('danger', res.error.message);
      return;
    }
    setResult({ value: res.value, undone: false });
    // Parse again: what was saved now shows as already imported.
    await parse(preview.text, false);
    resultRef.current?.focus();
  };

  /** The import is one change in the log; undo it only while it is still the newest one. */
  const undo = async () => {
    if (!result || result.value.changeId === null) return;
    const log = await call('changelog:list', { limit: 200 });
    if (log.ok) {
      if (log.value.find((c) => c.id === result.value.changeId)?.undoneBy) {
        // Already taken back, e.g. with Angre in the menu.
        setResult({ ...result, undone: true });
        notify('info', nb.import.undone);
        return;
      }
      const newest = log.value.find((c) => c.undoneBy === null && c.operation !== 'changelog:undo');
      if (newest?.id !== result.value.changeId) {
        notify('warning', nb.import.undoBlocked);
        return;
      }
    }
    const res = await mutate('changelog:undo');
    if (!res.ok) {
      notify('warning', res.error.message);
      return;
    }
    setResult({ ...result, undone: true });
    notify('info', nb.import.undone);
    if (preview) await parse(preview.text, false);
  };

  const saveLabel =
    toSave.attendees > 0 ? nb.import.saveAll(toSave.attendees) : toSave.messages > 0 ? nb.import.saveMessages(toSave.messages) : nb.import.nothingToSave;
  const messages = p?.messages ?? [];

  return (
    <div className="page import-view">
      <PageHeader title={nb.import.title} lead={nb.import.lead} />
      {result && (
        <ResultBanner ref={resultRef} result={result.value} undone={result.undone} onUndo={undo} onNew={clear} />
      )}
      <div className="import-view__cols">
        <PastePanel
          text={text}
          onText={onText}
          onPasted={() => {
            pasted.current = true;
          }}
          onParse={parseNow}
          onClear={clear}
          mode={mode}
          onMode={(m) => {
            setMode(m);
            if (m === 'edit') window.setTimeout(() => textareaRef.current?.focus(), 0);
          }}
          parsing={parsing}
          hint={hint}
          source={preview ? { text: preview.text, messages } : null}
          pointer={pointer}
          textareaRef={textareaRef}
        />

        <section className="preview" aria-labelledby="import-preview-heading" aria-busy={parsing}>
          <div className="preview__head">
            <Heading level={2} data-size="xs" id="import-preview-heading">
              {nb.import.previewTitle}
            </Heading>
            {parsing && <Spinner aria-label={nb.import.previewBusy} data-size="sm" />}
          </div>
          {p && p.messages.length > 0 && (
            <Paragraph data-size="sm" className="preview__summary tnum" data-testid="import-summary">
              {nb.import.summary(p.counts)}
            </Paragraph>
          )}
          {error && (
            <Alert data-color="danger" data-size="sm" role="alert">
              <Paragraph data-size="sm">{error.message}</Paragraph>
            </Alert>
          )}
          {p && p.warnings.length > 0 && (
            <Alert data-color="info" data-size="sm">
              {p.warnings.map((w) => (
                <Paragraph key={w} data-size="sm">
                  {w}
                </Paragraph>
              ))}
            </Alert>
          )}
          {!p && !error && !parsing && (
            <div className="preview__empty">
              <Paragraph data-size="sm">{nb.import.previewEmpty}</Paragraph>
            </div>
          )}
          {!p && parsing && (
            <div className="preview__empty" role="status">
              <Spinner aria-hidden data-size="md" />
              <Paragraph data-size="sm">{nb.import.previewBusy}</Paragraph>
            </div>
          )}

          <div className={['preview__list', parsing ? 'preview__list--busy' : ''].join(' ')}>
            {messages.slice(0, shown).map((m) => (
              <MessageCard
                key={`${m.index}-${m.hash}`}
                message={m}
                edits={edits}
                counties={countyList}
                busy={saving || !current}
                active={pointer?.message === m.index}
                onInclude={(inc) => includeMessage(m.hash, inc)}
                onEdit={(i, patch) => editAttendee(m.hash, i, patch)}
                onSave={() => void save(m.index)}
                onPoint={onPoint}
              />
            ))}
            {messages.length > shown && (
              <Button variant="secondary" data-size="sm" onClick={() => setShown((n) => n + PAGE)}>
                {nb.import.showMore(Math.min(PAGE, messages.length - shown))}
              </Button>
            )}
          </div>

          {p && p.messages.length > 0 && (
            <div className="preview__save">
              <Paragraph data-size="xs" className="preview__save-note">
                {messages.some((m) => messageIncluded(m, edits)) ? nb.import.saveNote : nb.import.allDone}
              </Paragraph>
              <Button data-size="md" onClick={() => void save()} disabled={!current || saving || toSave.messages === 0} loading={saving}>
                {saving ? nb.import.saving : saveLabel}
              </Button>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
