import type { z } from 'zod';

/**
 * One operation of the contract: its input schema, whether it changes data, a line of Norwegian
 * help, and (phantom, never read at run time) its result type.
 */
export interface OpDef<I extends z.ZodType, R> {
  input: I;
  mutates: boolean;
  /** One line of Norwegian help for the command line's `ops` listing. */
  doc: string;
  result?: R;
}

export function op<R>() {
  return <I extends z.ZodType>(input: I, mutates: boolean, doc: string): OpDef<I, R> => ({ input, mutates, doc });
}
