package dev.acrconsole.ui.runs;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.app.runs.RunFilters;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.ui.details.FieldGrid;
import dev.acrconsole.ui.fx.ActionBar;
import dev.acrconsole.ui.fx.DateField;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.RowAction;
import dev.acrconsole.ui.runlogs.RunLogWindow;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A registry's runs: criteria, the table with its pager, the selected run's details, and what can be done to it. */
public final class RunsView extends PageView.OfModel implements dev.acrconsole.ui.fx.RowMenus.Host {
    private final ViewContext view;
    private final RunsViewModel model;
    private final BorderPane root = new BorderPane();
    private final List<RowAction> actions = new ArrayList<>();
    private TableView<Row> table;

    public RunsView(ViewContext view, RunsViewModel model) {
        super(model);
        this.view = view;
        this.model = model;
        table = table();
        FieldGrid details = new FieldGrid();
        model.details().addListener((obs, old, fields) -> details.show(fields));
        ScrollPane detailScroll = new ScrollPane(details.node());
        detailScroll.setFitToWidth(true);
        detailScroll.setPadding(new Insets(0, 16, 8, 16));
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);

        Label title = new Label("Runs");
        title.getStyleClass().add("details-title");
        Label fetched = new Label();
        fetched.setId("runs-fetched");
        fetched.getStyleClass().add("details-fetched");
        fetched.textProperty().bind(model.fetched());
        VBox header = new VBox(6, title, fetched, filters(), actions(), pager());
        header.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(header);
        root.setCenter(split);
    }

    @Override
    public Node node() {
        return root;
    }

    /** A run's menu: its actions (as the buttons offer them), copies, Portal, az commands, JSON. */
    @Override
    public void contextMenus(dev.acrconsole.ui.fx.RowMenus menus) {
        dev.acrconsole.ui.fx.RowMenus.attach(table, menus, actions, () -> null, () -> true);
    }

    private TableView<Row> table() {
        TableView<Row> table = new TableView<>(model.rows());
        table.setId("runs-table");
        table.setAccessibleText("Runs");
        table.setPlaceholder(new Label("No runs for these criteria."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // eleven columns: scroll rather than squeeze
        for (TableColumn column : view.page().kinds().of(RunKind.KIND).columns()) {
            javafx.scene.control.TableColumn<Row, String> c = new javafx.scene.control.TableColumn<>(column.header());
            c.setPrefWidth(switch (column.header()) {
                case "Run ID", "Trigger" -> 64;
                case "Status", "Duration", "Agent pool" -> 90;
                case "Created", "Started", "Finished" -> 124;
                case "Output images" -> 190;
                default -> 110;
            });
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.value().apply(cell.getValue())));
            if (column.header().equals("Status")) {
                c.setCellFactory(col -> new StatusCell());
            }
            table.getColumns().add(c);
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        return table;
    }

    /** A status in its colour: failures red, running blue. */
    private static final class StatusCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(s -> s.startsWith("run-"));
            setText(empty ? null : status);
            if (!empty && status != null) {
                getStyleClass().add("run-" + status.toLowerCase());
            }
        }
    }

    private Node filters() {
        ComboBox<String> status = new ComboBox<>();
        status.getItems().add(RunsViewModel.ANY);
        status.getItems().addAll(RunDetails.STATUSES);
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<String> task = new ComboBox<>(model.tasks());
        task.valueProperty().bindBidirectional(model.taskProperty());
        ComboBox<String> type = new ComboBox<>();
        type.getItems().add(RunsViewModel.ANY);
        type.getItems().addAll(RunDetails.RUN_TYPES);
        type.valueProperty().bindBidirectional(model.runTypeProperty());
        CheckBox failures = new CheckBox("Failures only");
        failures.selectedProperty().bindBidirectional(model.failuresOnlyProperty());
        status.disableProperty().bind(failures.selectedProperty());
        DateField from = new DateField(model.fromProperty());
        from.setPrefWidth(140);
        DateField to = new DateField(model.toProperty());
        to.setPrefWidth(140);
        TextField top = new TextField();
        top.textProperty().bindBidirectional(model.topProperty());
        top.setPrefColumnCount(5);
        Button apply = new Button("Apply");
        apply.setId("runs-apply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.busy());
        apply.setOnAction(e -> model.apply());
        List<Node> parts = new ArrayList<>();
        parts.add(labelled("Status", status, "runs-status"));
        parts.add(failures);
        parts.add(labelled("Task", task, "runs-task"));
        parts.add(labelled("Type", type, "runs-type"));
        parts.add(labelled("From", from, "runs-from"));
        parts.add(labelled("To", to, "runs-to"));
        parts.add(labelled("At most", top, "runs-top"));
        parts.add(apply);
        FlowPane bar = new FlowPane(10, 6);
        bar.getChildren().addAll(parts);
        VBox box = new VBox(2, bar,
                FormRows.errorLabel(model.errorProperty(RunFilters.TOP), "runs-top-error"),
                // Beneath the whole bar, so each says which field it is about.
                FormRows.errorLabel(model.errorProperty(RunsViewModel.FROM).map(m -> m.isEmpty() ? "" : "From: " + m), "runs-from-error"),
                FormRows.errorLabel(model.errorProperty(RunsViewModel.TO).map(m -> m.isEmpty() ? "" : "To: " + m), "runs-to-error"),
                FormRows.errorLabel(model.errorProperty(RunFilters.RANGE), "runs-range-error"));
        return box;
    }

    private static Node labelled(String text, javafx.scene.control.Control control, String id) {
        control.setId(id);
        control.setAccessibleText(text);
        Label label = new Label(text);
        label.setLabelFor(control);
        HBox box = new HBox(4, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node actions() {
        actions.add(RowAction.onSelected("View log", "run-log", "Open the run's log (followed live while it runs)",
                r -> RunLogWindow.open(view, r)));
        if (model.online()) {
            actions.add(RowAction.onSelected("Cancel run", "run-cancel", "Stop a queued or running run",
                    RunsViewModel::running, model::cancel));
            actions.add(RowAction.onSelected("Archive log", "run-archive", "Keep the run's log as an artifact in the registry",
                    r -> !RunsViewModel.archiving(r), r -> model.archive(r, true)));
            actions.add(RowAction.onSelected("Stop archiving", "run-unarchive", "Do not keep the run's log in the registry",
                    RunsViewModel::archiving, r -> model.archive(r, false)));
        }
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        List<Node> buttons = new ArrayList<>(ActionBar.buttons(actions, model.selectedProperty(), () -> null,
                view.page().notice()));
        if (model.online()) {
            Button schedule = new Button("Schedule run…");
            schedule.setId("run-schedule");
            schedule.setOnAction(e -> ScheduleRunDialog.show(view, model));
            buttons.add(1, schedule);
        }
        bar.getChildren().addAll(buttons);
        return bar;
    }

    private Node pager() {
        Button previous = new Button("‹ Previous");
        previous.setId("runs-previous");
        previous.disableProperty().bind(model.hasPrevious().not().or(model.busy()));
        previous.setOnAction(e -> model.previous());
        Button next = new Button("Next ›");
        next.setId("runs-next");
        next.disableProperty().bind(model.hasNext().not().or(model.busy()));
        next.setOnAction(e -> model.next());
        Label text = new Label();
        text.setId("runs-page");
        text.textProperty().bind(model.pageText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, text, spacer, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
