-- Runs of ACR Tasks are cached as resource rows of kind 'run' (ARM JSON as ARM sent it). A registry can hold a great
-- many of them, and the runs table pages through them filtered by status or task, newest first: these partial
-- indexes on the JSON fields answer a page without reading the rest. Queries must use the same expressions.
CREATE INDEX resource_run_by_status ON resource (scope_key, parent_key, json_extract(json, '$.properties.status'),
    json_extract(json, '$.properties.createTime')) WHERE kind = 'run';
CREATE INDEX resource_run_by_task ON resource (scope_key, parent_key, json_extract(json, '$.properties.task'),
    json_extract(json, '$.properties.createTime')) WHERE kind = 'run';
CREATE INDEX resource_run_by_time ON resource (scope_key, parent_key, json_extract(json, '$.properties.createTime'))
    WHERE kind = 'run';

-- Logs of finished runs, archived as files in the data dir (run-logs/) so they stay readable offline and after the
-- service's retention. Never the SAS URL they were read from.
CREATE TABLE run_log (
    scope_key   TEXT    NOT NULL,
    run_key     TEXT    NOT NULL,   -- lower-cased ARM id of the run
    file        TEXT    NOT NULL,   -- file name in run-logs/
    bytes       INTEGER NOT NULL,
    archived_at INTEGER NOT NULL,   -- epoch millis
    PRIMARY KEY (scope_key, run_key)
) WITHOUT ROWID;
