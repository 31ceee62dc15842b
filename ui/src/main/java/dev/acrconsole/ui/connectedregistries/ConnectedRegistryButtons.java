package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.ui.children.ChildActions;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The actions above the connected registries page, each enabled by what the selected one allows. */
public final class ConnectedRegistryButtons {
    private ConnectedRegistryButtons() {}

    public static List<Node> of(ConnectedRegistriesViewModel page) {
        if (!page.context().online()) {
            return List.of();
        }
        var selected = page.list().selectedProperty();
        Button create = new Button("Create…");
        create.setId("cr-create");
        create.setTooltip(new Tooltip("Create a connected registry with its sync scope map and token"));
        create.setOnAction(e -> new CreateConnectedRegistryDialog(page.context(), page.list().parentId()).show());
        return List.of(create,
                ChildActions.button("Update…", "cr-update-button", "Change when it syncs, its logging, notifications and client tokens",
                        selected, r -> true, r -> ConnectedRegistryDialogs.update(page, r).show()),
                ChildActions.button("Get connection string…", "cr-connection-string-button",
                        "Generate a sync token password and show the string its runtime is deployed with",
                        selected, ConnectedRegistriesViewModel::hasSyncToken, r -> ConnectedRegistryDialogs.connectionString(page, r)),
                ChildActions.button("Deactivate…", "cr-deactivate-button", "Stop the runtime on site (to deploy it again)",
                        selected, ConnectedRegistriesViewModel::canDeactivate, r -> ConnectedRegistryDialogs.deactivate(page, r)),
                ChildActions.button("Delete…", "cr-delete-button", "Delete the connected registry", selected, r -> true,
                        r -> ConnectedRegistryDialogs.delete(page, r)));
    }
}
