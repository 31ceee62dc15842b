-- The resource table was WITHOUT ROWID. SQLite keeps at most ~1 KB of such a row on its b-tree page; ARM JSON is
-- 1-2 KB, so nearly every row spilled into an overflow page of its own: ~6 KB a run, a 6 GB cache for a million
-- runs. A rowid table keeps rows of up to ~4 KB on shared pages. Same columns, same key (a unique index now).
CREATE TABLE resource_rowid (
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
    watch              TEXT,               -- the watched fields' values (ChangeRules), one line
    PRIMARY KEY (scope_key, id_key)
);

INSERT INTO resource_rowid SELECT scope_key, id_key, id, kind, name, type, tenant_id, subscription_id, resource_group,
    location, sku, provisioning_state, parent_key, listing_key, json, fetched_at, watch FROM resource;
DROP TABLE resource;
ALTER TABLE resource_rowid RENAME TO resource;

CREATE INDEX resource_by_listing ON resource (scope_key, listing_key);
CREATE INDEX resource_by_kind ON resource (kind, scope_key);
-- A folder's rows (a registry's tokens, its connected registries) without reading the kind's every row.
CREATE INDEX resource_by_parent ON resource (scope_key, parent_key, kind);
-- A page of runs comes in (createTime, id_key) order straight from these: id_key is spelled out, since a rowid table's
-- index entries end with the rowid, not the key.
CREATE INDEX resource_run_by_status ON resource (scope_key, parent_key, json_extract(json, '$.properties.status'),
    json_extract(json, '$.properties.createTime'), id_key) WHERE kind = 'run';
CREATE INDEX resource_run_by_task ON resource (scope_key, parent_key, json_extract(json, '$.properties.task'),
    json_extract(json, '$.properties.createTime'), id_key) WHERE kind = 'run';
CREATE INDEX resource_run_by_time ON resource (scope_key, parent_key, json_extract(json, '$.properties.createTime'),
    id_key) WHERE kind = 'run';
