-- Where a listing's rows came from when it is not ARM's own read: 'resource-graph' while the inventory query filled it
-- and no ARM read has confirmed it yet (Resource Graph may lag ARM by minutes). Null: read from ARM (every older row).
ALTER TABLE listing ADD COLUMN source TEXT;
