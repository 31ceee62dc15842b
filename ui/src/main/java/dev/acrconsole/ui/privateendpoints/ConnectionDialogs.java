package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionDetails;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.privateendpoints.ConnectionDecisionViewModel.Decision;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The dialogs that approve, reject or delete a private endpoint connection. */
final class ConnectionDialogs {
    private ConnectionDialogs() {}

    static FormDialog decide(ViewContext view, Row connection, Decision decision) {
        ConnectionDecisionViewModel model = new ConnectionDecisionViewModel(view.page(), connection, decision);
        PrivateEndpointConnectionDetails d = model.details();
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        FormRows form = new FormRows()
                .note(new Label("Private endpoint " + d.privateEndpointName() + " asks to reach registry " + d.registry()
                        + ".\nIts request: " + (d.description() == null ? "(none)" : d.description())))
                .add("Reason (its owner sees this)", description, model.errorProperty(ConnectionActions.DESCRIPTION),
                        "connection-description");
        String verb = decision == Decision.APPROVE ? "Approve" : "Reject";
        return new FormDialog(view.window(), "connection-decision", verb + " private endpoint connection",
                verb + " " + d.privateEndpointName() + "?", form.node(), verb, model::submit);
    }

    /** Deleting needs only a confirmation: the private endpoint's owner can ask again. */
    static void delete(ViewContext view, Row connection) {
        PrivateEndpointConnectionDetails d = connection.details(PrivateEndpointConnectionDetails.class);
        Confirm.ask(view, "connection-delete", "Delete private endpoint connection", "Delete the connection from private endpoint "
                        + d.privateEndpointName() + " to " + d.registry() + "? The endpoint loses access; its owner can ask again.",
                () -> new ConnectionCommands(view.page()).delete(connection));
    }
}
