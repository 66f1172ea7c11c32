// Excel/CSV exports and spreadsheet imports.
export const exportsOps = {} as const;
