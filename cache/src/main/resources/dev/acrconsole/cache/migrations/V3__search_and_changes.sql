-- Search: one FTS5 document per cached resource (its name, and every text value of its ARM JSON), kept in step with
-- the resource table in the same transaction. search_doc maps a resource to its document's rowid, because the
-- resource table has none of its own (WITHOUT ROWID).
CREATE TABLE search_doc (
    doc       INTEGER PRIMARY KEY,
    scope_key TEXT NOT NULL,
    id_key    TEXT NOT NULL,
    UNIQUE (scope_key, id_key)
);
CREATE VIRTUAL TABLE search_fts USING fts5(name, body, prefix = '2 3 4');

-- What changed: computed when a refresh replaces a listing, from the fields that matter per type (ChangeRules),
-- kept as one line per resource in resource.watch so a refresh compares strings, not JSON.
ALTER TABLE resource ADD COLUMN watch TEXT;

CREATE TABLE change (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,               -- epoch millis of the refresh that saw it
    scope_key TEXT    NOT NULL,
    id_key    TEXT    NOT NULL,
    id        TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    what      TEXT    NOT NULL,               -- added | removed | changed
    field     TEXT,                           -- the field's label, for changed
    before    TEXT,
    after     TEXT
);
CREATE INDEX change_by_time ON change (at);
CREATE INDEX change_by_resource ON change (scope_key, id_key);

-- The newest change each resource had when the user last looked at it: the tree marks what changed since.
CREATE TABLE seen (
    scope_key TEXT    NOT NULL,
    id_key    TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (scope_key, id_key)
) WITHOUT ROWID;

-- What was cached before this version is searchable at once (every text value of its JSON, as the app indexes it).
INSERT INTO search_doc (scope_key, id_key) SELECT scope_key, id_key FROM resource;
INSERT INTO search_fts (rowid, name, body)
SELECT d.doc, r.name, (SELECT group_concat(t.value, ' ') FROM json_tree(r.json) t WHERE t.type = 'text')
FROM search_doc d JOIN resource r ON r.scope_key = d.scope_key AND r.id_key = d.id_key;

-- Settings about the cache itself (how long the change log and other history are kept), as key and value.
CREATE TABLE setting (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
