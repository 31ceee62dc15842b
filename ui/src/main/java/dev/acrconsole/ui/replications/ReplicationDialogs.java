package dev.acrconsole.ui.replications;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.replications.ReplicationForm;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;

/** The dialogs of replications: create, edit, delete. */
final class ReplicationDialogs {
    private ReplicationDialogs() {}

    static FormDialog replication(ViewContext view, ReplicationFormViewModel model) {
        ComboBox<String> region = new ComboBox<>(model.regions());
        region.setEditable(true);
        region.setMaxWidth(Double.MAX_VALUE);
        region.setPromptText("e.g. westeurope");
        region.getEditor().textProperty().bindBidirectional(model.regionProperty());
        region.setDisable(!model.creating());
        CheckBox zones = new CheckBox("Zone redundant (fixed once the replica exists)");
        zones.selectedProperty().bindBidirectional(model.zoneRedundantProperty());
        zones.setDisable(!model.creating());
        zones.setId("replication-zones");
        CheckBox endpoint = new CheckBox("Regional endpoint enabled (off: clients are routed to other replicas)");
        endpoint.selectedProperty().bindBidirectional(model.regionEndpointEnabledProperty());
        endpoint.setId("replication-endpoint");
        TextArea tags = new TextArea();
        tags.setPrefRowCount(3);
        tags.setPromptText("name=value, one a line");
        tags.textProperty().bindBidirectional(model.tagsProperty());
        FormRows form = new FormRows()
                .note(FormRows.errorLabel(model.errorProperty(ReplicationForm.REGISTRY), "replication-registry-error"))
                .add("Region", region, model.errorProperty(ReplicationForm.REGION), "replication-region")
                .note(zones)
                .note(endpoint)
                .add("Tags", tags, model.errorProperty(ReplicationForm.TAGS), "replication-tags");
        String verb = model.creating() ? "Create" : "Update";
        return new FormDialog(view.window(), "replication-form", verb + " replication",
                model.creating() ? "Replicate " + model.registryName() + " to another region"
                        : "Update replication " + model.regionProperty().get(),
                form.node(), verb, model::submit).command(model.commandProperty());
    }

    static void delete(ViewContext view, Row replication) {
        Confirm.ask(view, "replication-delete-confirm", "Delete replication", "Delete the replication in "
                + replication.location() + "? Clients there are served from another region.",
                () -> new ReplicationCommands(view.page()).delete(replication));
    }

}
