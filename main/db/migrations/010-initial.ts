import type { Migration } from './types';

// The domain of DESIGN.md §2. Every table has an integer `id` so that the change log can record
// and undo any row the same way (main/db/changes.ts). Lists of codes (diets, e-mail domains) are
// JSON arrays checked by json_valid: they are read whole and never joined on.
export const migration010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE themes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT
      ) STRICT;

      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('county', 'region', 'municipality', 'other')),
        name TEXT NOT NULL,
        short_name TEXT,
        number TEXT,
        administration TEXT,
        county_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
        email_domains TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(email_domains)),
        postmottak TEXT,
        theme_id INTEGER REFERENCES themes(id) ON DELETE SET NULL,
        phase1 INTEGER NOT NULL DEFAULT 0 CHECK (phase1 IN (0, 1)),
        phase2 INTEGER NOT NULL DEFAULT 0 CHECK (phase2 IN (0, 1)),
        source TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX organisations_kind_number ON organisations(kind, number) WHERE number IS NOT NULL;
      CREATE INDEX organisations_county ON organisations(county_id);
      CREATE INDEX organisations_kind_name ON organisations(kind, name);

      CREATE TABLE region_members (
        id INTEGER PRIMARY KEY,
        region_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        municipality_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        UNIQUE (region_id, municipality_id)
      ) STRICT;
      CREATE INDEX region_members_municipality ON region_members(municipality_id);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        short_title TEXT,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        lunch INTEGER NOT NULL DEFAULT 1 CHECK (lunch IN (0, 1)),
        lunch_note TEXT,
        travel_note TEXT,
        seat_rules TEXT NOT NULL DEFAULT '{"county":1}' CHECK (json_valid(seat_rules)),
        organiser_org TEXT NOT NULL DEFAULT '',
        organiser_name TEXT NOT NULL DEFAULT '',
        organiser_title TEXT NOT NULL DEFAULT '',
        organiser_email TEXT NOT NULL DEFAULT '',
        organiser_domains TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(organiser_domains)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        retention_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE group_sessions (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        theme_id INTEGER REFERENCES themes(id) ON DELETE SET NULL,
        room TEXT NOT NULL DEFAULT '',
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        starts_at TEXT,
        ends_at TEXT
      ) STRICT;
      CREATE INDEX group_sessions_event ON group_sessions(event_id);

      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT COLLATE NOCASE,
        sort_key TEXT NOT NULL DEFAULT '',
        search_key TEXT NOT NULL DEFAULT '',
        phone TEXT,
        title TEXT,
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX people_email ON people(email) WHERE email IS NOT NULL;
      CREATE INDEX people_sort ON people(sort_key);

      CREATE TABLE imported_messages (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        batch TEXT NOT NULL,
        raw TEXT NOT NULL,
        hash TEXT NOT NULL,
        sender_name TEXT,
        sender_email TEXT,
        sent_at TEXT,
        subject TEXT,
        parsed TEXT NOT NULL CHECK (json_valid(parsed)),
        imported_at TEXT NOT NULL,
        UNIQUE (event_id, hash)
      ) STRICT;

      CREATE TABLE signups (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        state TEXT NOT NULL CHECK (state IN ('seated', 'waiting', 'cancelled', 'declined')),
        received_at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'email', 'spreadsheet')),
        message_id INTEGER REFERENCES imported_messages(id) ON DELETE SET NULL,
        lunch INTEGER NOT NULL DEFAULT 1 CHECK (lunch IN (0, 1)),
        diets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(diets)),
        diet_note TEXT,
        session_id INTEGER REFERENCES group_sessions(id) ON DELETE SET NULL,
        late_accepted INTEGER NOT NULL DEFAULT 0 CHECK (late_accepted IN (0, 1)),
        state_reason TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (event_id, person_id)
      ) STRICT;
      CREATE INDEX signups_event_state ON signups(event_id, state, received_at);
      CREATE INDEX signups_event_org ON signups(event_id, organisation_id, received_at);
      CREATE INDEX signups_person ON signups(person_id);
      CREATE INDEX signups_session ON signups(session_id);

      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operation TEXT NOT NULL,
        summary TEXT NOT NULL,
        event_id INTEGER,
        undoes INTEGER REFERENCES changes(id),
        undone_by INTEGER REFERENCES changes(id)
      ) STRICT;

      CREATE TABLE change_rows (
        id INTEGER PRIMARY KEY,
        change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX change_rows_change ON change_rows(change_id, seq);
    `);
  },
};
