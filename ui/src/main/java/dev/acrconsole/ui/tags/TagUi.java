package dev.acrconsole.ui.tags;

import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.ui.kind.UiKind;

/** What the window shows of a registry's tags: read from its data plane, browsed offline from the cache. */
public final class TagUi extends UiKind {
    public TagUi() {
        super(TagKind.KIND, "TAG", "#107c10");
    }
}
