import { Button, Checkbox, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { AllocationOrg, SeatPerson } from '../../../../main/api/ops/allocation';
import type { OrgKind, SeatRules } from '../../../../main/api/types';
import { formatDateTime } from '../../format';
import { nb } from '../../i18n/nb';
import { mutate } from '../../ui/data';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';
import { useRun } from './useRun';

const t = nb.allocation;

/** «Løs konflikt»: choose who keeps the seat(s), what happens to the others, and why. */
function ResolveForm({ org, onDone }: { org: AllocationOrg; onDone: () => void }) {
  const run = useRun();
  const people = [...org.seated, ...org.waiting, ...org.late].sort(
    (a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.signupId - b.signupId,
  );
  const seats = org.seats ?? 1;
  const [keep, setKeep] = useState<number[]>(org.firstComeId !== null ? [org.firstComeId] : []);
  const [others, setOthers] = useState<'waiting' | 'decline'>('waiting');
  const [reason, setReason] = useState('');
  const [acceptLate, setAcceptLate] = useState(false);
  const [error, setError] = useState<{ who?: string; reason?: string; late?: string }>({});
  const [busy, setBusy] = useState(false);
  const lateChosen = people.some((p) => keep.includes(p.signupId) && p.late && !p.lateAccepted && p.state !== 'seated');

  const toggle = (p: SeatPerson) =>
    setKeep((k) => (seats === 1 ? [p.signupId] : k.includes(p.signupId) ? k.filter((x) => x !== p.signupId) : [...k, p.signupId]));

  const save = async () => {
    const e: typeof error = {};
    if (keep.length === 0) e.who = t.resolveChooseOne;
    if (keep.length > seats) e.who = t.resolveTooMany(seats);
    if (!reason.trim()) e.reason = t.reasonRequired;
    if (lateChosen && !acceptLate) e.late = t.resolveLateNeeded;
    setError(e);
    if (Object.keys(e).length) return;
    setBusy(true);
    const ok = await run(
      'allocation:resolve',
      { organisationId: org.organisationId, keepIds: keep, reason, others, acceptLate },
      () => t.resolved(org.name),
    );
    setBusy(false);
    if (ok) onDone();
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
        <Fieldset.Legend>{t.resolveWho(seats)}</Fieldset.Legend>
        <Fieldset.Description>{t.resolveWhoHelp}</Fieldset.Description>
        {people.map((p) => {
          const label = (
            <span className="resolve-option">
              <strong>{p.name}</strong>{' '}
              <span className="muted tnum">
                {t.received(formatDateTime(p.receivedAt))}
                {p.signupId === org.firstComeId ? ` · ${t.firstCome}` : ''}
                {p.late ? ` · ${p.lateAccepted ? t.lateAccepted : nb.late}` : ''}
                {p.state === 'seated' ? ` · ${nb.states.seated}` : ''}
              </span>
            </span>
          );
          return seats === 1 ? (
            <Radio key={p.signupId} name="keep" value={String(p.signupId)} label={label} checked={keep.includes(p.signupId)} onChange={() => toggle(p)} />
          ) : (
            <Checkbox key={p.signupId} value={String(p.signupId)} label={label} checked={keep.includes(p.signupId)} onChange={() => toggle(p)} />
          );
        })}
        {error.who && <Paragraph data-size="sm" className="error-text" role="alert">{error.who}</Paragraph>}
      </Fieldset>
      {lateChosen && (
        <Checkbox label={t.resolveLate} checked={acceptLate} onChange={(e) => setAcceptLate(e.target.checked)} error={error.late} />
      )}
      <Fieldset>
        <Fieldset.Legend>{t.resolveOthers}</Fieldset.Legend>
        <Radio name="others" value="waiting" label={t.resolveOthersWaiting} checked={others === 'waiting'} onChange={() => setOthers('waiting')} />
        <Radio name="others" value="decline" label={t.resolveOthersDecline} checked={others === 'decline'} onChange={() => setOthers('decline')} />
      </Fieldset>
      <Textfield
        label={t.reason}
        description={t.resolveReasonHelp}
        multiline
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error.reason}
      />
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={onDone}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={busy}>
          {t.resolveSave}
        </Button>
      </div>
    </form>
  );
}

export function ResolveDialog({ org, onClose }: { org: AllocationOrg | null; onClose: () => void }) {
  return (
    <Modal open={org !== null} title={org ? t.resolveTitle(org.name) : ''} onClose={onClose}>
      {org && <ResolveForm org={org} onDone={onClose} />}
    </Modal>
  );
}

export interface ReasonAsk {
  kind: 'cancel' | 'decline';
  person: SeatPerson;
}

/** Cancel (reason optional) or decline (reason required). */
function ReasonForm({ ask, onDone }: { ask: ReasonAsk; onDone: () => void }) {
  const run = useRun();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const required = ask.kind === 'decline';
  const save = async () => {
    if (required && !reason.trim()) {
      setError(t.reasonRequired);
      return;
    }
    setBusy(true);
    const ok =
      ask.kind === 'decline'
        ? await run('allocation:decline', { signupId: ask.person.signupId, reason }, () => t.declined(ask.person.name))
        : await run('allocation:cancel', { signupId: ask.person.signupId, reason }, () => t.cancelled(ask.person.name));
    setBusy(false);
    if (ok) onDone();
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Textfield
        label={required ? t.reason : t.reasonOptional}
        multiline
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error}
        autoFocus
      />
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={onDone}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={busy} data-color={ask.kind === 'decline' ? 'danger' : undefined}>
          {ask.kind === 'decline' ? t.confirmDecline : t.confirmCancel}
        </Button>
      </div>
    </form>
  );
}

export function ReasonDialog({ ask, onClose }: { ask: ReasonAsk | null; onClose: () => void }) {
  return (
    <Modal open={ask !== null} title={ask ? t.reasonTitle[ask.kind](ask.person.name) : ''} onClose={onClose}>
      {ask && <ReasonForm ask={ask} onDone={onClose} />}
    </Modal>
  );
}

const KINDS: OrgKind[] = ['county', 'region', 'municipality', 'other'];
const KIND_SINGULAR: Record<OrgKind, string> = { county: 'fylkeskommune', region: 'byregion', municipality: 'kommune', other: 'annen organisasjon' };

function numberText(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

function RulesForm({ rules, capacity, onDone }: { rules: SeatRules; capacity: number | null; onDone: () => void }) {
  const { notify } = useNotify();
  const [values, setValues] = useState<Record<string, string>>({
    ...Object.fromEntries(KINDS.map((k) => [k, numberText(rules[k])])),
    capacity: numberText(capacity),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const parse = (s: string | undefined): number | null | 'bad' => {
    const v = (s ?? '').trim();
    if (v === '') return null;
    return /^\d+$/.test(v) ? Number(v) : 'bad';
  };
  const save = async () => {
    const e: Record<string, string> = {};
    const seatRules: SeatRules = {};
    for (const k of KINDS) {
      const n = parse(values[k]);
      if (n === 'bad') e[k] = t.rulesNumber;
      else seatRules[k] = n;
    }
    const cap = parse(values.capacity);
    if (cap === 'bad') e.capacity = t.rulesNumber;
    setErrors(e);
    if (Object.keys(e).length || cap === 'bad') return;
    setBusy(true);
    const res = await mutate('allocation:setSeatRules', { seatRules, capacity: cap, reason });
    setBusy(false);
    if (!res.ok) {
      notify('danger', res.error.message);
      return;
    }
    notify('success', t.rulesSaved);
    if (res.value.overLimit.length) notify('warning', t.rulesOver(res.value.overLimit.map((o) => o.name).join(', ')));
    if (res.value.overCapacity) notify('warning', t.rulesOverCapacity(res.value.overCapacity.seated, res.value.overCapacity.capacity));
    onDone();
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Paragraph data-size="sm">{t.rulesIntro}</Paragraph>
      <div className="form-grid">
        {KINDS.map((k) => (
          <Textfield
            key={k}
            label={t.rulesKind(KIND_SINGULAR[k])}
            inputMode="numeric"
            value={values[k] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
            error={errors[k]}
          />
        ))}
        <Textfield
          label={t.rulesCapacity}
          inputMode="numeric"
          value={values.capacity ?? ''}
          onChange={(e) => setValues((v) => ({ ...v, capacity: e.target.value }))}
          error={errors.capacity}
          className="span-2"
        />
      </div>
      <Textfield label={t.reasonOptional} value={reason} onChange={(e) => setReason(e.target.value)} />
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

export function RulesDialog({
  open,
  rules,
  capacity,
  onClose,
}: {
  open: boolean;
  rules: SeatRules;
  capacity: number | null;
  onClose: () => void;
}) {
  return (
    <Modal open={open} title={t.rulesTitle} onClose={onClose}>
      {open && <RulesForm rules={rules} capacity={capacity} onDone={onClose} />}
    </Modal>
  );
}
