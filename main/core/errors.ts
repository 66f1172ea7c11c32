/** A failure the user can act on. `code` is stable for programs; `message` is Norwegian text. */
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

export function notFound(what: string, id: number | string): AppError {
  return new AppError('not_found', `Fant ikke ${what} med id ${id}. Den kan ha blitt slettet.`);
}
