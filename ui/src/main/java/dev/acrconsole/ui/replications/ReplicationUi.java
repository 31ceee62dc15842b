package dev.acrconsole.ui.replications;

import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** A Premium registry's geo-replicas: created in a region, their regional endpoint and tags edited, deleted. */
public final class ReplicationUi extends UiKind {
    public ReplicationUi() {
        super(ReplicationKind.KIND, "GEO", "#2e7d32"); // REP is repositories' badge
    }

    @Override
    public Ikon icon() {
        return MaterialDesignE.EARTH;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of(
                RowAction.onParent("Create…", "replication-create", "Replicate the registry to another region (Premium)",
                        registry -> ReplicationDialogs.replication(view, new ReplicationFormViewModel(view.page(), registry, null)).show()),
                RowAction.onSelected("Edit…", "replication-edit", "Change its regional endpoint and tags", r -> {
                    if (collection.parent() == null) {
                        view.page().notice().accept("The registry is not in the cache yet: wait for the refresh, then try again.");
                    } else {
                        ReplicationDialogs.replication(view, new ReplicationFormViewModel(view.page(), collection.parent(), r)).show();
                    }
                }),
                RowAction.onSelected("Delete…", "replication-delete", "Delete the replication (not the home region's)",
                        r -> ReplicationCommands.notHome(r, collection.parent()), r -> ReplicationDialogs.delete(view, r)));
    }
}
