import { Button, Radio, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Signup, SignupState } from '../../../../main/api/types';
import { nb } from '../../i18n/nb';
import { mutate } from '../../ui/data';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';

const STATES: SignupState[] = ['seated', 'waiting', 'cancelled', 'declined'];

function StateForm({ signup, onDone }: { signup: Signup; onDone: () => void }) {
  const { notify } = useNotify();
  const [state, setState] = useState<SignupState>(signup.state);
  const [reason, setReason] = useState(signup.stateReason ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    setBusy(true);
    const res = await mutate('signups:setState', { id: signup.id, state, reason });
    setBusy(false);
    if (res.ok) {
      notify('success', nb.signups.stateChanged(res.value.name, nb.states[res.value.state]));
      onDone();
    } else setMessage(res.error.message);
  };

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{nb.stateDialog.state}</Fieldset.Legend>
        {STATES.map((s) => (
          <Radio key={s} name="state" value={s} label={nb.states[s]} checked={state === s} onChange={() => setState(s)} />
        ))}
      </Fieldset>
      <Textfield label={nb.stateDialog.reason} multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={message ?? undefined} />
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={onDone}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={busy}>
          {nb.stateDialog.save}
        </Button>
      </div>
    </form>
  );
}

export function StateDialog({ signup, onClose }: { signup: Signup | null; onClose: () => void }) {
  return (
    <Modal open={signup !== null} title={signup ? nb.stateDialog.title(signup.name) : ''} onClose={onClose}>
      {signup && <StateForm signup={signup} onDone={onClose} />}
    </Modal>
  );
}

export function ConfirmDelete({ signup, onClose }: { signup: Signup | null; onClose: () => void }) {
  const { notify } = useNotify();
  const remove = async () => {
    if (!signup) return;
    const res = await mutate('signups:delete', { id: signup.id });
    if (res.ok) notify('success', nb.signups.deleted(signup.name));
    else notify('danger', res.error.message);
  };
  return (
    <ConfirmDialog
      open={signup !== null}
      title={nb.signups.confirmDeleteTitle}
      text={signup ? nb.signups.confirmDelete(signup.name) : ''}
      onConfirm={remove}
      onClose={onClose}
    />
  );
}
