package dev.acrconsole.ui.cleanup;

import dev.acrconsole.ui.fx.FormRows;
import java.io.File;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The clean-up planner's window: the rules (each field's message under it), a dry run's list and what it frees, then
 * Run, Export CSV, or Schedule the equivalent acr purge as an ACR task. All of it is the view model's; this only shows.
 */
public final class CleanupWindow {
    private final Stage stage = new Stage();

    public CleanupWindow(CleanupViewModel model, Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Clean up " + model.registryName());

        CheckBox untagged = new CheckBox("Then delete the manifests left without a tag");
        untagged.selectedProperty().bindBidirectional(model.deleteUntaggedProperty());
        CheckBox untaggedOnly = new CheckBox("Only manifests that have no tag (touch no tag)");
        untaggedOnly.selectedProperty().bindBidirectional(model.untaggedOnlyProperty());
        Label never = new Label("Locked tags, manifests and repositories are never touched; the newest tags are kept.");
        never.setWrapText(true);
        never.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FormRows rules = new FormRows().note(never)
                .add("Repositories (regex)", field(model.repositoriesProperty()),
                        model.errorProperty(dev.acrconsole.app.cleanup.CleanupRules.REPOSITORIES), "cleanup-repositories")
                .add("Tags to include (regex)", field(model.includeProperty()),
                        model.errorProperty(dev.acrconsole.app.cleanup.CleanupRules.INCLUDE), "cleanup-include")
                .add("Tags to exclude (regex)", field(model.excludeProperty()),
                        model.errorProperty(dev.acrconsole.app.cleanup.CleanupRules.EXCLUDE), "cleanup-exclude")
                .add("Keep the newest", field(model.keepProperty()),
                        model.errorProperty(dev.acrconsole.app.cleanup.CleanupRules.KEEP), "cleanup-keep")
                .add("Older than (days)", field(model.daysProperty()),
                        model.errorProperty(dev.acrconsole.app.cleanup.CleanupRules.DAYS), "cleanup-days")
                .add("", untagged, new SimpleStringProperty(""), "cleanup-untagged")
                .add("", untaggedOnly, new SimpleStringProperty(""), "cleanup-untagged-only");

        Button dryRun = new Button("Dry run");
        dryRun.setId("cleanup-dry-run");
        dryRun.setOnAction(e -> model.dryRun());
        Label summary = new Label();
        summary.setId("cleanup-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped in full, not cut with an ellipsis
        summary.textProperty().bind(model.summaryProperty());

        TableView<CleanupViewModel.Line> table = new TableView<>(model.lines());
        table.setId("cleanup-plan");
        table.setAccessibleText("What the rules would delete");
        table.setPlaceholder(new Label("A dry run lists here what the rules would delete. Nothing is sent until Run."));
        table.getColumns().add(column("What", CleanupViewModel.Line::what));
        table.getColumns().add(column("Repository", CleanupViewModel.Line::repository));
        table.getColumns().add(column("Tag or digest", CleanupViewModel.Line::name));
        table.getColumns().add(column("Last updated", CleanupViewModel.Line::lastUpdated));
        table.getColumns().add(column("Size", CleanupViewModel.Line::size));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button run = new Button("Run clean-up");
        run.setId("cleanup-run");
        run.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.lines()));
        run.setOnAction(e -> {
            var sending = model.run();
            if (sending != null) {
                sending.thenRunAsync(stage::close, dev.acrconsole.ui.fx.FxBridge.executor());
            }
        });
        Button csv = new Button("Export CSV…");
        csv.setId("cleanup-csv");
        csv.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.lines()));
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("cleanup-" + model.registryName() + ".csv");
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        HBox actions = new HBox(8, dryRun, run, csv);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea purge = new TextArea();
        purge.setId("cleanup-purge");
        purge.setEditable(false);
        purge.setWrapText(true);
        purge.setPrefRowCount(2);
        purge.textProperty().bind(model.purgeProperty());
        FormRows task = new FormRows()
                .add("Task name", field(model.taskNameProperty()), model.taskProblemProperty(),
                        "cleanup-task-name")
                .add("Schedule (cron, UTC)", field(model.scheduleProperty()),
                        new SimpleStringProperty(""), "cleanup-schedule");
        Button schedule = new Button("Schedule as ACR task");
        schedule.setId("cleanup-schedule-task");
        schedule.setOnAction(e -> model.schedule());
        Label purgeTitle = new Label("Or run it in Azure on a timer: the ACR task runs this command");
        purgeTitle.setLabelFor(purge);

        VBox root = new VBox(10, rules.node(), actions, summary, table, purgeTitle, purge, task.node(), schedule);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 820, 760);
        scene.getStylesheets().add(java.util.Objects.requireNonNull(
                CleanupWindow.class.getResource("/dev/acrconsole/ui/console.css")).toExternalForm());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    /** A text field bound to {@code value}; its id is given by its form row. */
    private static TextField field(javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TableColumn<CleanupViewModel.Line, String> column(String header,
                                                                    java.util.function.Function<CleanupViewModel.Line, String> value) {
        TableColumn<CleanupViewModel.Line, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
