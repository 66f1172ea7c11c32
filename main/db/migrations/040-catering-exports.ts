import type { Migration } from './types';

// What the caterer was last told: each time the lunch list is written to a file, the numbers on
// it are kept, so the overview can say what changed since ("+3, −1 siden 04.09"). The ids of the
// lunch guests are kept too: a net difference would hide one added and one removed. This is a
// record of a fact (a file was sent), not the user's data, so it is outside the change log and
// undo never takes it back.
export const migration040: Migration = {
  version: 40,
  name: 'catering-exports',
  up(db) {
    db.exec(`
      CREATE TABLE catering_exports (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        lunches INTEGER NOT NULL CHECK (lunches >= 0),
        diets TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(diets)),
        signup_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(signup_ids))
      ) STRICT;
      CREATE INDEX catering_exports_event ON catering_exports(event_id, id);
    `);
  },
};
