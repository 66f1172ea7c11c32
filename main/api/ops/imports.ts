// Import of pasted e-mail replies.
export const importsOps = {} as const;
