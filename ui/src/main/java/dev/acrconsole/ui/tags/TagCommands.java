package dev.acrconsole.ui.tags;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tags.TagActions;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;

/** Deleting and locking tags, one or many (toolkit-free: the actions above the Tags table call it). */
public final class TagCommands {
    private final PageContext context;

    public TagCommands(PageContext context) {
        this.context = context;
    }

    public void delete(Row tag) {
        context.submit(tag.scope(), TagActions.delete(tag));
    }

    public void lock(Row tag, boolean lock) {
        context.submit(tag.scope(), TagActions.lock(tag, lock));
    }

    public void deleteAll(List<Row> tags) {
        context.submit(tags.getFirst().scope(), TagActions.deleteAll(tags));
    }

    public void lockAll(List<Row> tags, boolean lock) {
        context.submit(tags.getFirst().scope(), TagActions.lockAll(tags, lock));
    }
}
