package dev.acrconsole.ui.repositories;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.repositories.RepositoryActions;
import dev.acrconsole.ui.page.PageContext;

/** Locking and unlocking a repository (toolkit-free; deleting has its confirmation form). */
public final class RepositoryCommands {
    private final PageContext context;

    public RepositoryCommands(PageContext context) {
        this.context = context;
    }

    public void lock(Row repository, boolean lock) {
        context.submit(repository.scope(), RepositoryActions.lock(repository, lock));
    }
}
