import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ArrowUndoIcon, PersonGroupIcon } from '@navikt/aksel-icons';
import { useState, type Ref } from 'react';
import type { ImportResult } from '../../../../main/api/ops/imports';
import { nb } from '../../i18n/nb';
import { href } from '../../router';

/** What the last save did, with the way back (one undo) and the way on (Påmeldinger). */
export function ResultBanner({
  ref,
  result,
  undone,
  onUndo,
  onNew,
}: {
  ref: Ref<HTMLDivElement>;
  result: ImportResult;
  undone: boolean;
  onUndo: () => Promise<void>;
  onNew: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const summary = nb.import.result({
    imported: result.imported,
    created: result.created.length,
    updated: result.updated.length,
    cancelled: result.cancelled.length,
  });
  return (
    <Alert ref={ref} tabIndex={-1} data-color={undone ? 'info' : 'success'} className="import-result" data-testid="import-result">
      <Heading level={2} data-size="xs">
        {undone ? nb.import.undoneTitle : nb.import.resultTitle}
      </Heading>
      <Paragraph data-size="sm">{undone ? nb.import.undone : summary}</Paragraph>
      {!undone && result.skipped > 0 && <Paragraph data-size="sm">{nb.import.resultSkipped(result.skipped)}</Paragraph>}
      <div className="import-result__actions">
        {!undone && result.changeId !== null && (
          <Button
            variant="secondary"
            data-size="sm"
            loading={busy}
            onClick={() => {
              setBusy(true);
              void onUndo().finally(() => setBusy(false));
            }}
          >
            <ArrowUndoIcon aria-hidden />
            {busy ? nb.import.undoing : nb.import.undoImport}
          </Button>
        )}
        {!undone && (
          <Button asChild variant="secondary" data-size="sm">
            <a href={href('pameldinger')}>
              <PersonGroupIcon aria-hidden />
              {nb.import.toSignups}
            </a>
          </Button>
        )}
        <Button variant="tertiary" data-size="sm" onClick={onNew}>
          {nb.import.newPaste}
        </Button>
      </div>
    </Alert>
  );
}
