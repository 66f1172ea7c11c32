// Seat allocation, group sessions and the chase list.
export const allocationOps = {} as const;
