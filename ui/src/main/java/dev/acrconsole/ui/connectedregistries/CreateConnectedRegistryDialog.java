package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryForm;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryRules;
import dev.acrconsole.app.connectedregistries.CreateConnectedRegistryFlow.Step;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The create wizard's window: four pages (where, what and when, on site, create), Back / Next, then Create, which runs
 * the three operations and lists them as they go; after a failure, Remove what was made. Closing it leaves running
 * operations to the operations panel.
 */
public final class CreateConnectedRegistryDialog {
    private static final ButtonType BACK = new ButtonType("‹ Back", ButtonBar.ButtonData.BACK_PREVIOUS);
    private static final ButtonType NEXT = new ButtonType("Next ›", ButtonBar.ButtonData.NEXT_FORWARD);
    private static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType REMOVE = new ButtonType("Remove what was made", ButtonBar.ButtonData.OTHER);
    private static final ButtonType CLOSE = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final CreateConnectedRegistryViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Label summary = new Label();

    public CreateConnectedRegistryDialog(ViewContext view, String registryId) {
        PageContext context = view.page();
        this.model = new CreateConnectedRegistryViewModel(context);
        Window owner = view.window();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Create connected registry");
        List<Node> pages = List.of(where(), what(), onSite(), create());
        StackPane content = new StackPane();
        content.getChildren().setAll(pages);
        content.setPrefWidth(640);
        content.setMinHeight(430);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("cr-wizard");
        dialog.getDialogPane().getButtonTypes().setAll(BACK, NEXT, CREATE, REMOVE, CLOSE);
        model.pageProperty().addListener((obs, old, p) -> showPage(pages, p.intValue()));
        showPage(pages, 0);
        wireButtons();
        model.load(registryId);
    }

    public void show() {
        dialog.show();
    }

    public CreateConnectedRegistryViewModel model() {
        return model;
    }

    private void showPage(List<Node> pages, int page) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == page);
        }
        dialog.setHeaderText("Step " + (page + 1) + " of " + pages.size() + ": "
                + CreateConnectedRegistryViewModel.PAGE_TITLES.get(page));
        if (page == CreateConnectedRegistryViewModel.CREATE_PAGE && !model.startedProperty().get()) {
            summary.setText(model.summary());
        }
    }

    private void wireButtons() {
        int last = CreateConnectedRegistryViewModel.CREATE_PAGE;
        Button back = button(BACK, "cr-wizard-back", model::back);
        back.disableProperty().bind(model.pageProperty().isEqualTo(0).or(model.startedProperty()));
        Button next = button(NEXT, "cr-wizard-next", model::next);
        show(next, model.pageProperty().lessThan(last));
        Button create = button(CREATE, "cr-wizard-create", model::create);
        show(create, model.pageProperty().isEqualTo(last).and(model.startedProperty().not()));
        Button remove = button(REMOVE, "cr-wizard-remove", model::removeMade);
        show(remove, model.canRemoveProperty());
        // Closing while something is being made or removed is fine: the operations go on in the operations panel.
        dialog.getDialogPane().lookupButton(CLOSE).setId("cr-wizard-close");
    }

    private Button button(ButtonType type, String id, Runnable action) {
        Button b = (Button) dialog.getDialogPane().lookupButton(type);
        b.setId(id);
        b.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return b;
    }

    private static void show(Button b, javafx.beans.value.ObservableValue<Boolean> when) {
        b.visibleProperty().bind(when);
        b.managedProperty().bind(when);
    }

    private Node where() {
        ComboBox<CreateConnectedRegistryViewModel.RegistryChoice> registry = new ComboBox<>(model.registries());
        registry.valueProperty().bindBidirectional(model.registryProperty());
        registry.setMaxWidth(Double.MAX_VALUE);
        Label verdict = new Label();
        verdict.setId("cr-wizard-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("wizard-refusal");
        verdict.textProperty().bind(model.parentVerdictProperty());
        verdict.managedProperty().bind(verdict.textProperty().isNotEmpty());
        Button enable = new Button("Enable the dedicated data endpoint");
        enable.setId("cr-wizard-enable-endpoint");
        enable.visibleProperty().bind(model.canEnableDataEndpointProperty());
        enable.managedProperty().bind(enable.visibleProperty());
        enable.disableProperty().bind(model.enablingProperty());
        enable.setOnAction(e -> model.enableDataEndpoint());
        TextField name = new TextField();
        name.setPromptText("5-" + ConnectedRegistryRules.MAX_NAME + " letters and digits, e.g. dublinsite2");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameCheck = hint("cr-wizard-name-check");
        nameCheck.textProperty().bind(model.nameCheckProperty());
        ComboBox<String> mode = new ComboBox<>(FXCollections.observableArrayList(ConnectedRegistryRules.MODES));
        mode.valueProperty().bindBidirectional(model.modeProperty());
        Label modeHint = hint(null);
        modeHint.textProperty().bind(model.modeProperty().map(m -> ConnectedRegistryRules.readOnly(m)
                ? "Pulls from its parent only: clients on site can pull, not push."
                : "Pulls from and pushes to its parent: clients on site can pull and push."));
        // The verdict below says why a registry is refused; its field line says only what else is wrong.
        var parentError = javafx.beans.binding.Bindings.when(model.parentVerdictProperty().isEmpty())
                .then(model.errorProperty(ConnectedRegistryForm.PARENT)).otherwise("");
        return page(new FormRows()
                .add("Registry", registry, parentError, "cr-wizard-registry")
                .note(new VBox(6, verdict, enable))
                .add("Name", name, model.errorProperty(ConnectedRegistryForm.NAME), "cr-wizard-name")
                .note(nameCheck)
                .add("Mode", mode, model.errorProperty(ConnectedRegistryForm.MODE), "cr-wizard-mode")
                .note(modeHint));
    }

    private Node what() {
        TextArea repositories = area("One repository a line, e.g. hello-world or apps/* (every repository under apps/)");
        repositories.textProperty().bindBidirectional(model.repositoriesProperty());
        return page(SyncRows.when(new FormRows().add("Repositories to sync", repositories,
                model.errorProperty(ConnectedRegistryForm.REPOSITORIES), "cr-wizard-repositories"), model, model.fields(), "cr-wizard"));
    }

    private Node onSite() {
        return page(SyncRows.onSite(new FormRows(), model, model.fields(), "cr-wizard"));
    }

    private Node create() {
        summary.setId("cr-wizard-summary");
        summary.setWrapText(true);
        ListView<Step> steps = new ListView<>(model.steps());
        steps.setId("cr-wizard-steps");
        steps.setAccessibleText("Steps of the creation");
        steps.setPrefHeight(110);
        steps.setPlaceholder(new Label("Press Create to start."));
        steps.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Step step, boolean empty) {
                super.updateItem(step, empty);
                getStyleClass().removeIf(c -> c.startsWith("step-"));
                if (empty || step == null) {
                    setText(null);
                    return;
                }
                setText(stateText(step) + "  " + step.title()); // ARM's error is in full in the outcome below
                getStyleClass().add("step-" + step.state().name().toLowerCase(Locale.ROOT));
            }
        });
        Label outcome = new Label();
        outcome.setId("cr-wizard-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.outcomeProperty());
        VBox box = new VBox(10, summary, steps, outcome);
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static String stateText(Step step) {
        return switch (step.state()) {
            case WAITING -> "Waiting";
            case RUNNING -> "Running…";
            case DONE -> "Done";
            case FAILED -> "Failed";
            case SKIPPED -> "Not sent";
            case REMOVING -> "Removing…";
            case REMOVED -> "Removed";
            case NOT_REMOVED -> "Not removed";
        };
    }

    private static Node page(FormRows rows) {
        VBox box = new VBox(rows.node());
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static TextArea area(String prompt) {
        TextArea a = new TextArea();
        a.setPromptText(prompt);
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }

    private static Label hint(String id) {
        Label l = new Label();
        l.getStyleClass().add("field-hint");
        l.setWrapText(true);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }
}
