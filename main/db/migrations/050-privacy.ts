import type { Migration } from './types';

// Privacy (issue #7). Anonymising an event removes every sign-up, person and pasted e-mail that
// belongs only to it, but the organiser still needs the numbers for reports: `event_stats` keeps
// the counts (per county, state, group session, diet …) computed just before the deletion.
// `events.anonymised_at` says that it happened. `changes.locked` marks log entries whose rows were
// scrubbed of personal data: they can no longer be undone (the data to put back is gone on
// purpose), and revertChange refuses them with a Norwegian message.
export const migration050: Migration = {
  version: 50,
  name: 'privacy',
  up(db) {
    db.exec(`
      CREATE TABLE event_stats (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        dimension TEXT NOT NULL CHECK (dimension IN ('total', 'state', 'county', 'kind', 'session', 'diet', 'lunch', 'source')),
        key TEXT NOT NULL,
        label TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        UNIQUE (event_id, dimension, key)
      ) STRICT;
      ALTER TABLE events ADD COLUMN anonymised_at TEXT;
      ALTER TABLE changes ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
    `);
  },
};
