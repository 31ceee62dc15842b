package dev.acrconsole.ui.manifests;

import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.ui.kind.UiKind;

/** What the window shows of a registry's manifests: read from its data plane, browsed offline from the cache. */
public final class ManifestUi extends UiKind {
    public ManifestUi() {
        super(ManifestKind.KIND, "MAN", "#5c2e91");
    }
}
