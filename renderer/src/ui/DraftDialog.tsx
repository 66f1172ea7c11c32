import { Button, Field, Label, Paragraph, Select, Textarea, Textfield } from '@digdir/designsystemet-react';
import { DownloadIcon, EnvelopeClosedIcon, FilesIcon } from '@navikt/aksel-icons';
import { useId, useState } from 'react';
import type { Draft, DraftKind } from '../../../main/api/ops/drafts';
import type { SignupState } from '../../../main/api/types';
import { nb } from '../i18n/nb';
import { LoadError, Loading } from './common';
import { useQuery } from './data';
import { Modal } from './Modal';
import { useNotify } from './notify';

// A letter for the organiser's own mail program: copy it, open it as a mailto: link, or save it
// as an .eml draft that Outlook opens ready to send. The file is made here from the core's text
// (a Blob), so no path ever crosses a door, and Samling itself never sends mail.

const KINDS: DraftKind[] = ['confirmation', 'waiting', 'reminder', 'declined'];

/** The letter that usually fits a sign-up's state. */
export function kindFor(state: SignupState): DraftKind {
  switch (state) {
    case 'seated':
      return 'confirmation';
    case 'waiting':
      return 'waiting';
    case 'declined':
      return 'declined';
    case 'cancelled':
      return 'reminder';
  }
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function downloadEml(draft: Draft): void {
  const url = URL.createObjectURL(new Blob([draft.eml], { type: 'message/rfc822' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = draft.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type DraftTarget = { signupId: number; state?: SignupState } | { organisationId: number };

function DraftBody({ target }: { target: DraftTarget }) {
  const t = nb.drafts;
  const { notify } = useNotify();
  const forOrg = 'organisationId' in target;
  const [kind, setKind] = useState<DraftKind>(forOrg ? 'reminder' : target.state ? kindFor(target.state) : 'confirmation');
  const kindId = useId();
  const q = useQuery('drafts:make', forOrg ? { kind: 'reminder', organisationId: target.organisationId } : { kind, signupId: target.signupId });
  const d = q.value;

  return (
    <div className="draft">
      {!forOrg && (
        <Field>
          <Label htmlFor={kindId}>{t.kind}</Label>
          <Select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as DraftKind)}>
            {KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t.kinds[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {q.status === 'error' && !d ? (
        <LoadError error={q.error} onRetry={q.reload} />
      ) : !d ? (
        <Loading />
      ) : (
        <>
          <Textfield label={t.to} readOnly value={d.to.join(', ')} description={d.to.length === 0 ? t.noAddress : d.guessed ? t.guessed : undefined} />
          <Textfield label={t.subject} readOnly value={d.subject} />
          <Textarea aria-label={t.body} readOnly rows={14} value={d.body} className="draft__body" />
          <Paragraph data-size="xs" className="muted">
            {t.never}
          </Paragraph>
          <div className="form-actions">
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => void copyText(`${d.subject}\n\n${d.body}`).then((ok) => notify(ok ? 'success' : 'danger', ok ? t.copied : t.copyFailed))}
            >
              <FilesIcon aria-hidden />
              {t.copy}
            </Button>
            <Button asChild variant="secondary" data-size="sm">
              <a href={d.mailto} data-testid="draft-mailto">
                <EnvelopeClosedIcon aria-hidden />
                {t.mailto}
              </a>
            </Button>
            <Button
              data-size="sm"
              onClick={() => {
                downloadEml(d);
                notify('success', t.saved(d.fileName));
              }}
            >
              <DownloadIcon aria-hidden />
              {t.eml}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

export function DraftDialog({ target, onClose }: { target: DraftTarget | null; onClose: () => void }) {
  return (
    <Modal open={target !== null} title={nb.drafts.title} onClose={onClose} wide>
      {target && <DraftBody target={target} />}
    </Modal>
  );
}
