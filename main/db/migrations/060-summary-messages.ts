import type { Migration } from './types';

// The change log in the reader's language. `changes.summary` keeps the bokmål text (the CLI,
// older versions reading a newer file, the access export); `summary_msg` keeps the same summary
// as a message: JSON {k: the bokmål template with {0}, {1} …, a: its arguments}, where an
// argument may itself be a message (e.g. "Angret: {0}" holds the undone change's message). The
// history renders it in the current language (main/core/i18n). NULL: an entry written before
// this version, shown as stored. Privacy scrubbing overwrites both columns (names are in `a`).
export const migration060: Migration = {
  version: 60,
  name: 'summary-messages',
  up(db) {
    db.exec('ALTER TABLE changes ADD COLUMN summary_msg TEXT');
  },
};
