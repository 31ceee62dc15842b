package dev.acrconsole.ui.scopemaps;

import dev.acrconsole.app.scopemaps.ScopeMapForm;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.GatewayPermission;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.RepositoryPermission;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The scope map dialog, with its actions editor. */
final class ScopeMapDialogs {
    private ScopeMapDialogs() {}

    static FormDialog scopeMap(ViewContext view, ScopeMapFormViewModel model) {
        TextField name = new TextField();
        name.setPromptText("5-50 letters, digits, '-' and '_', e.g. site-readers");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setDisable(!model.creating());
        TextField description = new TextField();
        description.textProperty().bindBidirectional(model.descriptionProperty());
        VBox repositories = new VBox(4);
        rebuild(repositories, model.repositories(), r -> {
            Node row = permissionRow(model, r, RepositoryPermission.values(), p -> p.action, "repository, e.g. hello-world, apps/*");
            row.getStyleClass().add("scope-map-repository");
            return row;
        });
        VBox gateways = new VBox(4);
        rebuild(gateways, model.gateways(), g -> permissionRow(model, g, GatewayPermission.values(), p -> p.action,
                "connected registry"));
        Button addRepository = new Button("Add repository");
        addRepository.setId("scope-map-add-repository");
        addRepository.setOnAction(e -> model.addRepository());
        Button addGateway = new Button("Add gateway");
        addGateway.setId("scope-map-add-gateway");
        addGateway.setOnAction(e -> model.addGateway());
        TextArea preview = new TextArea();
        preview.setEditable(false);
        preview.setPrefRowCount(4);
        preview.textProperty().bind(model.previewProperty());
        FormRows form = new FormRows()
                .add("Name", name, model.errorProperty(ScopeMapForm.NAME), "scope-map-name")
                .add("Description", description, model.errorProperty(ScopeMapForm.DESCRIPTION), "scope-map-description")
                .note(header("Repositories", "what the token may do in each"))
                .note(repositories).note(addRepository)
                .note(header("Connected registry gateways", "for connected registries' sync tokens"))
                .note(gateways).note(addGateway)
                .add("Actions sent to ARM", preview, model.errorProperty(ScopeMapPermissions.ACTIONS), "scope-map-actions");
        if (!model.others().isEmpty()) {
            form.note(new Label("Kept as they are (the editor cannot show them): " + String.join(", ", model.others())));
        }
        String verb = model.creating() ? "Create" : "Update";
        FormDialog dialog = new FormDialog(view.window(), "scope-map-form", verb + " scope map",
                model.creating() ? "Create a scope map" : "Update " + model.nameProperty().get(), form.node(), verb, model::submit);
        dialog.dialog().getDialogPane().setPrefWidth(880); // a row of five actions, their names in full
        return dialog;
    }

    private static Node header(String title, String legend) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        Label l = new Label(legend);
        l.getStyleClass().add("details-kind");
        HBox box = new HBox(12, t, l);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private static <T> void rebuild(VBox box, javafx.collections.ObservableList<T> rows, java.util.function.Function<T, Node> view) {
        box.getChildren().setAll(rows.stream().map(view).toList());
        rows.addListener((ListChangeListener<T>) c -> box.getChildren().setAll(rows.stream().map(view).toList()));
    }

    private static <P extends Enum<P>> Node permissionRow(ScopeMapFormViewModel model,
                                                          ScopeMapFormViewModel.PermissionRow<P> row, P[] permissions,
                                                          java.util.function.Function<P, String> action, String prompt) {
        TextField name = new TextField();
        name.setPromptText(prompt);
        name.setPrefColumnCount(14);
        name.textProperty().bindBidirectional(row.nameProperty());
        name.setAccessibleText(prompt);
        HBox box = new HBox(6, name);
        for (P p : permissions) {
            box.getChildren().add(tick(action.apply(p), row.permission(p)));
        }
        box.getChildren().add(removeButton(() -> model.remove(row)));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE); // the dialog widens rather than cut the actions' names short
        return box;
    }

    private static CheckBox tick(String action, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(action);
        box.selectedProperty().bindBidirectional(value);
        box.setAccessibleText(action);
        box.setTooltip(new javafx.scene.control.Tooltip(action));
        return box;
    }

    private static Button removeButton(Runnable remove) {
        Button b = new Button("✕");
        b.setAccessibleText("Remove this line");
        b.setOnAction(e -> remove.run());
        return b;
    }
}
