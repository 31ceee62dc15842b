package dev.acrconsole.ui.manifests;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.manifests.ManifestActions;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;

/** Deleting and locking manifests (toolkit-free: the actions above the Manifests table call it). */
public final class ManifestCommands {
    private final PageContext context;

    public ManifestCommands(PageContext context) {
        this.context = context;
    }

    public void delete(Row manifest) {
        context.submit(manifest.scope(), ManifestActions.delete(manifest));
    }

    public void lock(Row manifest, boolean lock) {
        context.submit(manifest.scope(), ManifestActions.lock(manifest, lock));
    }

    public void deleteAll(List<Row> manifests) {
        context.submit(manifests.getFirst().scope(), ManifestActions.deleteAll(manifests));
    }
}
