package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionDetails;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Approving or rejecting one private endpoint connection, with the reason its owner will read. */
public final class ConnectionDecisionViewModel extends FormModel {
    public enum Decision { APPROVE, REJECT }

    private final PageContext context;
    private final Row connection;
    private final Decision decision;
    private final StringProperty description = new SimpleStringProperty("");

    public ConnectionDecisionViewModel(PageContext context, Row connection, Decision decision) {
        this.context = context;
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
        return connection.details(PrivateEndpointConnectionDetails.class);
    }

    @Override
    protected FieldErrors validate() {
        return ConnectionActions.validateDescription(description.get());
    }

    /** Null when the form refused to send (its message shows), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        OperationRequest request = decision == Decision.APPROVE
                ? ConnectionActions.approve(connection.id(), connection.tenantId(), description.get())
                : ConnectionActions.reject(connection.id(), connection.tenantId(), description.get());
        return context.submit(connection.scope(), request);
    }
}
