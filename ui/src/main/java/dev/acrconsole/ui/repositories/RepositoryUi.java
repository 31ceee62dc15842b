package dev.acrconsole.ui.repositories;

import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.ui.kind.UiKind;

/** What the window shows of a registry's repositories: read from its data plane, browsed offline from the cache. */
public final class RepositoryUi extends UiKind {
    public RepositoryUi() {
        super(RepositoryKind.KIND, "REP", "#0f6cbd");
    }
}
