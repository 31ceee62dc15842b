-- What ARM keeps no history of: how each connected registry's connection state, activation and last sync time moved,
-- as the console's refreshes saw them. A row is written, in the same transaction as the listing it came with, each
-- time a refresh sees one of the three change (and when it is first seen: the "before" columns are then null).
CREATE TABLE connected_registry_history (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    scope_key         TEXT    NOT NULL,
    id_key            TEXT    NOT NULL,  -- lower-cased ARM id of the connected registry
    observed_at       INTEGER NOT NULL,  -- epoch millis: when the refresh that saw it read it
    state_before      TEXT,
    state_after       TEXT,
    activation_before TEXT,
    activation_after  TEXT,
    last_sync_before  TEXT,              -- ARM's lastSyncTime as it sent it
    last_sync_after   TEXT
);

CREATE INDEX connected_registry_history_by_id ON connected_registry_history (scope_key, id_key, seq);
