package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.ui.fx.ActionBar;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.Folder;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A registry's connected registries: a page of their own (table or hierarchy in state colours, every field, the state
 * history), created with the wizard, updated, deactivated, deleted, and the connection string generated.
 */
public final class ConnectedRegistryUi extends UiKind {
    public ConnectedRegistryUi() {
        super(ConnectedRegistryKind.KIND, "CR", "#00796b");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.SERVER_NETWORK;
    }

    @Override
    public PageView page(ViewContext view, Folder folder) {
        ConnectedRegistriesViewModel model = new ConnectedRegistriesViewModel(view.page(), folder.parentId(), folder.scope());
        model.list().preselect(folder.selectId());
        List<RowAction> actions = !model.online() ? List.of() : List.of(
                RowAction.onParent("Create…", "cr-create", "Create a connected registry with its sync scope map and token",
                        registry -> new CreateConnectedRegistryDialog(view, model.list().parentId()).show()),
                RowAction.onSelected("Update…", "cr-update-button",
                        "Change when it syncs, its logging, notifications and client tokens",
                        r -> ConnectedRegistryDialogs.update(view, model, r).show()),
                RowAction.onSelected("Get connection string…", "cr-connection-string-button",
                        "Generate a sync token password and show the string its runtime is deployed with",
                        ConnectedRegistriesViewModel::hasSyncToken, r -> ConnectedRegistryDialogs.connectionString(view, model, r)),
                RowAction.onSelected("Resync", "cr-resync-button", "Sync with its parent again now, from the start",
                        ConnectedRegistriesViewModel::canResync, model::resync),
                RowAction.onSelected("Deactivate…", "cr-deactivate-button", "Stop the runtime on site (to deploy it again)",
                        ConnectedRegistriesViewModel::canDeactivate, r -> ConnectedRegistryDialogs.deactivate(view, model, r)),
                RowAction.onSelected("Delete…", "cr-delete-button", "Delete the connected registry",
                        r -> ConnectedRegistryDialogs.delete(view, model, r)));
        return new ConnectedRegistriesView(model, actions, ActionBar.buttons(actions, model.list().selectedProperty(),
                model.list()::parent, view.page().notice()));
    }
}
