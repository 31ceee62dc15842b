-- Every resource the user has seen, in the scope it was seen in (account + cloud).
-- Views read the plain columns; the full ARM JSON is kept for details and export.
CREATE TABLE resource (
    scope_key          TEXT    NOT NULL,
    id_key             TEXT    NOT NULL,   -- lower-cased ARM id: ARM ids are case-insensitive
    id                 TEXT    NOT NULL,
    kind               TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    type               TEXT,
    tenant_id          TEXT,
    subscription_id    TEXT,
    resource_group     TEXT,
    location           TEXT,
    sku                TEXT,
    provisioning_state TEXT,
    parent_key         TEXT,               -- id_key of the node it sits under in the tree
    listing_key        TEXT    NOT NULL,   -- the listing that last delivered it
    json               TEXT    NOT NULL,
    fetched_at         INTEGER NOT NULL,   -- epoch millis
    PRIMARY KEY (scope_key, id_key)
) WITHOUT ROWID;

CREATE INDEX resource_by_listing ON resource (scope_key, listing_key);
CREATE INDEX resource_by_kind ON resource (kind, scope_key);

-- One row per listing (e.g. the registries of one subscription): when it was last complete,
-- and why the last attempt failed, if it did.
CREATE TABLE listing (
    scope_key        TEXT    NOT NULL,
    listing_key      TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    last_complete_at INTEGER,
    last_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    PRIMARY KEY (scope_key, listing_key)
) WITHOUT ROWID;
