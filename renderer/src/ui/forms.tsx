import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppErrorInfo } from '../../../main/api/types';
import { nb } from '../i18n/nb';

/**
 * Puts the core's per-field messages under the matching form fields. The core names fields as
 * in the contract ('email', 'diets.0', 'startsAt'); `map` renames those the form calls otherwise.
 */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: AppErrorInfo,
  known: readonly string[],
  map: Record<string, string> = {},
): void {
  let first = true;
  for (const [key, message] of Object.entries(error.fields ?? {})) {
    const top = key.split('.')[0] ?? key;
    const name = map[top] ?? top;
    if (!known.includes(name)) continue;
    setError(name as Path<T>, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
}

/** The summary above the buttons: the core's message, which names every problem. */
export function FormError({ error }: { error: AppErrorInfo | null }) {
  if (!error) return null;
  return (
    <Alert data-color="danger" data-size="sm" role="alert">
      <Heading level={3} data-size="2xs">
        {nb.app.formErrors}
      </Heading>
      <Paragraph data-size="sm">{error.message}</Paragraph>
    </Alert>
  );
}
