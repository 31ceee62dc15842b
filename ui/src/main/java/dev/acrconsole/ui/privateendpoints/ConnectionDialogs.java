package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.model.PrivateEndpointConnectionDetails;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.main.PageContext;
import dev.acrconsole.ui.privateendpoints.ConnectionDecisionViewModel.Decision;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The dialogs that approve, reject or delete a private endpoint connection. */
public final class ConnectionDialogs {
    private ConnectionDialogs() {}

    /** Only a pending request is approved: ARM will not approve a rejected one, and a disconnected one is gone. */
    public static boolean canApprove(CachedResource c) {
        return "Pending".equals(status(c));
    }

    public static boolean canReject(CachedResource c) {
        String status = status(c);
        return "Pending".equals(status) || "Approved".equals(status);
    }

    private static String status(CachedResource c) {
        return c == null ? null : PrivateEndpointConnectionDetails.parse(c.json()).status();
    }

    public static FormDialog decide(PageContext context, CachedResource connection, Decision decision) {
        ConnectionDecisionViewModel model = new ConnectionDecisionViewModel(connection, decision);
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
        return new FormDialog(context.owner().get(), "connection-decision", verb + " private endpoint connection",
                verb + " " + d.privateEndpointName() + "?", form.node(), verb, () -> model.submit(context));
    }

    /** Deleting needs only a confirmation: the private endpoint's owner can ask again. */
    public static void delete(PageContext context, CachedResource connection) {
        PrivateEndpointConnectionDetails d = PrivateEndpointConnectionDetails.parse(connection.json());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the connection from private endpoint "
                + d.privateEndpointName() + " to " + d.registry() + "? The endpoint loses access; its owner can ask again.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(context.owner().get());
        confirm.setHeaderText("Delete private endpoint connection");
        confirm.getDialogPane().setId("connection-delete");
        confirm.resultProperty().addListener((obs, old, button) -> {
            if (button == ButtonType.OK) {
                context.submit(connection.scope(), ConnectionActions.delete(connection.id(), connection.tenantId()));
            }
        });
        confirm.show();
    }
}
