import { msg } from './i18n';

/**
 * A failure the user can act on. `code` is stable for programs; `message` is text in the
 * caller's language: build it with msg`…` or t('…') (main/core/i18n), never a plain string.
 */
export class AppError extends Error {
  readonly code: string;
  readonly fields: Record<string, string> | undefined;

  constructor(code: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

/** `what` is the thing in the current language, e.g. t('samlingen'). */
export function notFound(what: string, id: number | string): AppError {
  return new AppError('not_found', msg`Fant ikke ${what} med id ${id}. Den kan ha blitt slettet.`);
}
