package dev.acrconsole.ui.children;

import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.iotoperations.RegistryEndpointDialogs;
import dev.acrconsole.ui.iotoperations.RegistryEndpointFormViewModel;
import dev.acrconsole.ui.main.PageContext;
import dev.acrconsole.ui.privateendpoints.ConnectionDialogs;
import dev.acrconsole.ui.privateendpoints.ConnectionDecisionViewModel.Decision;
import dev.acrconsole.ui.tokens.TokenButtons;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The buttons above each kind of collection's table, enabled by what the selected row allows. */
public final class ChildActions {
    private ChildActions() {}

    public static List<Node> forList(PageContext context, ChildListViewModel model) {
        if (!context.online()) {
            return List.of();
        }
        ObservableValue<CachedResource> selected = model.selectedProperty();
        return switch (model.kind()) {
            case PRIVATE_ENDPOINT_CONNECTION -> List.of(
                    button("Approve…", "connection-approve", "Let the private endpoint reach the registry", selected,
                            ConnectionDialogs::canApprove, c -> ConnectionDialogs.decide(context, c, Decision.APPROVE).show()),
                    button("Reject…", "connection-reject", "Refuse the private endpoint (it cannot be approved later)",
                            selected, ConnectionDialogs::canReject, c -> ConnectionDialogs.decide(context, c, Decision.REJECT).show()),
                    button("Delete…", "connection-delete-button", "Remove the connection", selected, c -> true,
                            c -> ConnectionDialogs.delete(context, c)));
            case REGISTRY_ENDPOINT -> List.of(
                    create("New endpoint…", "endpoint-create", "Point the instance at a container registry", model,
                            instance -> RegistryEndpointDialogs.edit(context,
                                    new RegistryEndpointFormViewModel(context, instance, null)).show()),
                    button("Edit…", "endpoint-edit", "Change the host or how the instance signs in", selected, e -> true,
                            e -> RegistryEndpointDialogs.edit(context,
                                    new RegistryEndpointFormViewModel(context, model.parent(), e)).show()),
                    button("Delete…", "endpoint-delete-button", "Remove the endpoint", selected, e -> true,
                            e -> RegistryEndpointDialogs.delete(context, e)));
            case TASK -> dev.acrconsole.ui.tasks.TaskButtons.forTasks(context, model);
            case TASK_RUN -> dev.acrconsole.ui.tasks.TaskButtons.forTaskRuns(context, model);
            case AGENT_POOL -> dev.acrconsole.ui.tasks.TaskButtons.forAgentPools(context, model);
            case SCOPE_MAP -> TokenButtons.scopeMaps(context, model);
            case TOKEN -> TokenButtons.tokens(context, model);
            default -> List.of();
        };
    }

    /** A button that adds to the collection: it needs the parent's cached row, not a selected one. */
    private static Button create(String text, String id, String tip, ChildListViewModel model,
                                 java.util.function.Consumer<CachedResource> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            if (model.parent() != null) {
                action.accept(model.parent());
            }
        });
        return b;
    }

    /** A button acting on the selected row; disabled when nothing (or nothing it applies to) is selected. */
    public static Button button(String text, String id, String tip, ObservableValue<CachedResource> selected,
                                Predicate<CachedResource> applies, java.util.function.Consumer<CachedResource> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(selected.map(r -> !applies.test(r)).orElse(true));
        b.setOnAction(e -> action.accept(selected.getValue()));
        return b;
    }
}
