import { Button, Field, Label, Paragraph, Spinner, Textarea, ToggleGroup, ValidationMessage } from '@digdir/designsystemet-react';
import { EyeIcon, FileImportIcon, PencilIcon, TrashIcon } from '@navikt/aksel-icons';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { PreviewMessage } from '../../../../main/api/ops/imports';
import { nb } from '../../i18n/nb';
import { useNotify } from '../../ui/notify';
import { emlToText, isSupportedFile, readFileText } from './files';
import { SourceView, type Pointer } from './SourceView';

export type PasteMode = 'edit' | 'source';

export interface PastePanelProps {
  text: string;
  onText: (text: string, how: 'type' | 'file') => void;
  /** A paste into the field: parse soon and show the source, unlike ordinary typing. */
  onPasted: () => void;
  onParse: () => void;
  onClear: () => void;
  mode: PasteMode;
  onMode: (mode: PasteMode) => void;
  parsing: boolean;
  hint: string | null;
  /** The text the preview was made from, with its messages; null when there is none. */
  source: { text: string; messages: PreviewMessage[] } | null;
  pointer: Pointer | null;
  textareaRef: React.RefObject<HTMLTextAreaElement | null>;
}

/** Reads dropped or chosen files into one text: .txt as it is, .eml as a copied e-mail. */
async function filesToText(files: File[], warn: (text: string) => void): Promise<{ text: string; read: number }> {
  const parts: string[] = [];
  for (const f of files) {
    if (!isSupportedFile(f.name)) {
      warn(nb.import.fileUnsupported(f.name));
      continue;
    }
    try {
      const raw = await readFileText(f);
      parts.push(/\.eml$/i.test(f.name) ? emlToText(raw) : raw);
    } catch {
      warn(nb.import.fileFailed(f.name));
    }
  }
  return { text: parts.join('\n\n'), read: parts.length };
}

/** The left column: the paste itself, or the read-only source view with the pointed-at span. */
export function PastePanel({ text, onText, onPasted, onParse, onClear, mode, onMode, parsing, hint, source, pointer, textareaRef }: PastePanelProps) {
  const { notify } = useNotify();
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const stale = source !== null && source.text !== text;

  const takeFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setReading(true);
    const { text: read, read: n } = await filesToText(files, (w) => notify('warning', w));
    setReading(false);
    if (n === 0) return;
    notify('info', nb.import.filesRead(n));
    onText(text.trim() === '' ? read : `${text.replace(/\s+$/, '')}\n\n${read}`, 'file');
  };

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    // Dropped text goes into the textarea as usual; only files are ours to read.
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    void takeFiles(Array.from(e.dataTransfer.files));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onParse();
    }
  };

  return (
    <section
      className={['paste', dragging ? 'paste--drag' : ''].join(' ')}
      aria-labelledby="import-paste-heading"
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="paste__bar">
        <h2 id="import-paste-heading" className="sr-only">
          {nb.import.pasteLabel}
        </h2>
        <ToggleGroup data-size="sm" value={mode} onChange={(v) => onMode(v === 'source' ? 'source' : 'edit')} aria-label={nb.import.modeLabel}>
          <ToggleGroup.Item value="edit">
            <PencilIcon aria-hidden />
            {nb.import.modeEdit}
          </ToggleGroup.Item>
          <ToggleGroup.Item value="source" disabled={source === null}>
            <EyeIcon aria-hidden />
            {nb.import.modeSource}
          </ToggleGroup.Item>
        </ToggleGroup>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.eml,text/plain,message/rfc822"
          multiple
          hidden
          onChange={(e) => {
            void takeFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </div>

      {mode === 'edit' || source === null ? (
        <Field className="paste__field">
          <Label htmlFor="import-text" className="sr-only">
            {nb.import.pasteLabel}
          </Label>
          <Textarea
            id="import-text"
            ref={textareaRef}
            className="paste__text"
            value={text}
            spellCheck={false}
            placeholder={nb.import.pastePlaceholder}
            aria-describedby="import-text-help"
            onChange={(e) => onText(e.target.value, 'type')}
            onPaste={onPasted}
            onKeyDown={onKeyDown}
          />
        </Field>
      ) : stale ? (
        <div className="source source--stale">
          <Paragraph data-size="sm">{nb.import.sourceStale}</Paragraph>
        </div>
      ) : (
        <SourceView text={source.text} messages={source.messages} pointer={pointer} />
      )}

      <div className="paste__notes">
        {hint && (
          <ValidationMessage data-color="info" data-size="sm" className="paste__hint" role="status">
            {hint}
          </ValidationMessage>
        )}
        <Paragraph id="import-text-help" data-size="xs" className="paste__help">
          {mode === 'source' && source !== null ? nb.import.sourceHint : nb.import.pasteHelp}
        </Paragraph>
      </div>
      <div className="paste__foot">
        <div className="paste__actions">
          <Button variant="tertiary" data-size="sm" onClick={() => fileInput.current?.click()} loading={reading} title={nb.import.readFileHelp}>
            <FileImportIcon aria-hidden />
            {nb.import.readFile}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={onClear} disabled={text === ''}>
            <TrashIcon aria-hidden />
            {nb.import.clear}
          </Button>
        </div>
        <Button variant="primary" data-size="sm" onClick={onParse} aria-keyshortcuts="Control+Enter" title="Ctrl+Enter" className="paste__parse">
          {parsing ? <Spinner aria-hidden data-size="xs" /> : null}
          {parsing ? nb.import.parsing : nb.import.parse}
        </Button>
      </div>
      {dragging && (
        <div className="paste__drop" aria-hidden>
          {nb.import.dropHere}
        </div>
      )}
    </section>
  );
}
