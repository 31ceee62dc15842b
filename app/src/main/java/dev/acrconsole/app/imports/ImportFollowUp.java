package dev.acrconsole.app.imports;

import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceStore;
import java.util.List;

/**
 * After an import succeeded: the target registry's repositories are read again from its data plane, then the tags
 * of each repository imported into, so the image shows without a manual refresh. Runs on a background thread.
 */
public final class ImportFollowUp {
    private ImportFollowUp() {}

    public static void reread(RefreshService refresh, ResourceStore store, CachedResource registry, List<String> repositories) {
        refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);
        for (String name : repositories) {
            store.get(registry.scope(), ContentIds.repository(registry.id(), name))
                    .ifPresent(repo -> refresh.refreshChildren(repo, TagKind.KIND, RefreshListener.NONE));
        }
    }
}
