import type { Migration } from './types';

// Seat allocation needs to know whether a sign-up's seat state is the organiser's decision or
// only the automatic proposal made when it arrived: a waiting sign-up the organiser has looked at
// (kept on the waiting list, or moved there) is no longer an open conflict, and a seat the
// organiser gave is not taken back by a rule. Undo restores the flag with the rest of the row.
export const migration020: Migration = {
  version: 20,
  name: 'allocation',
  up(db) {
    db.exec(`
      ALTER TABLE signups ADD COLUMN seat_decided INTEGER NOT NULL DEFAULT 0 CHECK (seat_decided IN (0, 1));
      CREATE INDEX group_sessions_theme ON group_sessions(event_id, theme_id);
    `);
  },
};
