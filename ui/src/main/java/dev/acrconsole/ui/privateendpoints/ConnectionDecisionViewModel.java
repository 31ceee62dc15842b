package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.model.PrivateEndpointConnectionDetails;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.fx.FormModel;
import dev.acrconsole.ui.main.PageContext;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Approving or rejecting one private endpoint connection, with the reason its owner will read. */
public final class ConnectionDecisionViewModel extends FormModel {
    public enum Decision { APPROVE, REJECT }

    private final CachedResource connection;
    private final Decision decision;
    private final StringProperty description = new SimpleStringProperty("");

    public ConnectionDecisionViewModel(CachedResource connection, Decision decision) {
        this.connection = connection;
        this.decision = decision;
        watch(description, ConnectionActions.DESCRIPTION);
        description.set(decision == Decision.APPROVE ? "Approved" : "");
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public Decision decision() {
        return decision;
    }

    public PrivateEndpointConnectionDetails details() {
        return PrivateEndpointConnectionDetails.parse(connection.json());
    }

    @Override
    protected FieldErrors validate() {
        return ConnectionActions.validateDescription(description.get());
    }

    /** Null when the form refused to send (its message shows), else the operation being journaled. */
    public CompletableFuture<Operation> submit(PageContext context) {
        if (!check()) {
            return null;
        }
        OperationRequest request = decision == Decision.APPROVE
                ? ConnectionActions.approve(connection.id(), connection.tenantId(), description.get())
                : ConnectionActions.reject(connection.id(), connection.tenantId(), description.get());
        return context.submit(connection.scope(), request);
    }
}
