import { useCallback } from 'react';
import type { OpInput, OpName, OpResult } from '../../../../main/api/contract';
import type { SeatProposal } from '../../../../main/api/ops/allocation';
import { nb } from '../../i18n/nb';
import { mutate } from '../../ui/data';
import { useNotify } from '../../ui/notify';

const t = nb.allocation;

/**
 * Runs one organiser action: on success a short Norwegian confirmation (and, when a seat was
 * freed, who is next in line); on failure the core's message. Returns whether it worked.
 */
export function useRun() {
  const { notify } = useNotify();
  return useCallback(
    async <K extends OpName>(name: K, input: OpInput<K>, done: (v: OpResult<K>) => string): Promise<boolean> => {
      const res = await mutate(name, input);
      if (!res.ok) {
        notify('danger', res.error.message);
        return false;
      }
      notify('success', done(res.value));
      const proposal = (res.value as { proposal?: SeatProposal | null }).proposal;
      if (proposal) notify('info', t.nextInLine(proposal.name));
      return true;
    },
    [notify],
  );
}

/** Copies text; falls back to a hidden text area where the clipboard API is not allowed. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
