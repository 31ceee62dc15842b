-- When an operation's endpoint stopped answering (transport failures, or gateway errors without ARM's body), so that
-- after a bounded time without an answer it is marked Lost ("Lost contact since ...") instead of Running forever.
ALTER TABLE operation ADD COLUMN unanswered_since INTEGER;  -- epoch millis; null while answers come
