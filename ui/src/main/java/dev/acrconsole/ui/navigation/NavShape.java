package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.kind.UiCatalog;
import java.util.List;

/**
 * What the tree knows of kinds, from both kind registries: which collections show as folders below a node (in the
 * registry's order), their titles, each kind's badge and what it notes beside a node.
 */
public record NavShape(KindCatalog kinds, UiCatalog ui) {
    List<KindDescriptor<?>> folders(ResourceKind parent) {
        return kinds.childrenOf(parent);
    }

    String badge(ResourceKind kind) {
        return ui.of(kind).badge();
    }

    String note(NavigationRow row) {
        return ui.of(row.kind()).note(row);
    }
}
