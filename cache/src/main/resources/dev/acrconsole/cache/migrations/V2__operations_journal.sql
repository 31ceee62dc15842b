-- The operations journal: every write the console makes to ARM, recorded before the request is sent, so that an
-- operation still running when the app stops is followed again after the next start. Request bodies are stored
-- with secrets removed.
CREATE TABLE operation (
    id            TEXT    NOT NULL PRIMARY KEY,  -- UUID made by the console
    scope_key     TEXT    NOT NULL,              -- whose session sent it (account@cloud)
    account       TEXT    NOT NULL,
    kind          TEXT    NOT NULL,              -- e.g. registry.create
    title         TEXT    NOT NULL,              -- e.g. "Create registry contosonew"
    target_id     TEXT    NOT NULL,              -- the ARM resource it changes
    target_kind   TEXT,                          -- resource kind code of the target, to cache it when done
    tenant_id     TEXT,
    method        TEXT    NOT NULL,
    path          TEXT    NOT NULL,              -- ARM path and query, without the host
    request_body  TEXT,
    after         TEXT    NOT NULL,              -- what to do with the target when done: refresh | remove | none
    cancel_path   TEXT,                          -- ARM action that cancels it, where ARM allows one
    state         TEXT    NOT NULL,              -- Pending | Running | Succeeded | Failed | Canceled
    poll_mode     TEXT,                          -- async (Azure-AsyncOperation) | location | resource
    poll_url      TEXT,
    next_poll_at  INTEGER,                       -- epoch millis
    polls         INTEGER NOT NULL DEFAULT 0,
    throttled     INTEGER NOT NULL DEFAULT 0,    -- 429s seen while following it
    note          TEXT,                          -- the latest transient problem, e.g. throttled until ...
    error_code    TEXT,
    error_message TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    dismissed     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX operation_by_state ON operation (state, next_poll_at);
CREATE INDEX operation_by_time ON operation (created_at);
