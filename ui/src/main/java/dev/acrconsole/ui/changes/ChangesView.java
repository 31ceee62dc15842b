package dev.acrconsole.ui.changes;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.NumberField;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.Tables;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The change view: filters, then what changed (when, what, resource, where, field, before → after). */
public final class ChangesView extends PageView.OfModel {
    private final TableView<Change> table;
    private final BorderPane root = new BorderPane();
    private final ChangesViewModel model;

    /** {@code badges}: each kind's badge, as the window's kind registry has them. */
    public ChangesView(ChangesViewModel model, Function<ResourceKind, String> badges) {
        this(model, badges, k -> null);
    }

    /** {@code icons}: each kind's icon, shown before its badge. */
    public ChangesView(ChangesViewModel model, Function<ResourceKind, String> badges,
                       Function<ResourceKind, org.kordamp.ikonli.Ikon> icons) {
        super(model);
        this.model = model;
        Label title = new Label(model.title());
        title.getStyleClass().add("details-title");
        ComboBox<ChangesViewModel.Filter> filter = new ComboBox<>();
        filter.getItems().setAll(ChangesViewModel.Filter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setId("changes-filter");
        filter.setAccessibleText("Which changes");
        ComboBox<ChangesViewModel.Since> since = new ComboBox<>();
        since.getItems().setAll(ChangesViewModel.Since.values());
        since.valueProperty().bindBidirectional(model.sinceProperty());
        since.setId("changes-since");
        since.setAccessibleText("Since when");
        since.setVisible(!model.comparing());
        NumberField days = new NumberField(model.daysProperty(), 1, ChangesViewModel.MAX_DAYS);
        days.setPrefWidth(80);
        days.setId("changes-days");
        days.visibleProperty().bind(model.filterProperty().isEqualTo(ChangesViewModel.Filter.EXPIRING_TOKENS));
        days.managedProperty().bind(days.visibleProperty());
        days.setAccessibleText("Days");
        HBox bar = new HBox(8, filter, days, since);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("changes-summary");
        summary.getStyleClass().add("details-fetched");
        summary.textProperty().bind(model.summaryProperty());

        table = new TableView<>(model.rows());
        table.setId("changes-table");
        table.setAccessibleText("Changes");
        table.setPlaceholder(new Label("No changes."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                // Together narrower than the page beside the tree, so a change's before → after (a tag's digests) shows
                // whole; the account, last, takes what is left.
                column("When", 125, ChangesViewModel::when),
                column("Resource", 100, Change::name),
                withIcons(column("Kind", 60, c -> badges.apply(ResourceKind.of(c.kind()))), icons),
                column("Where", 150, c -> Format.where(c.id())),
                column("Field", 70, c -> c.field() == null ? "" : c.field()),
                withWholeValues(column("Change", 225, model::shown)),
                column("Account", 60, c -> c.scope().account()));
        Tables.onDoubleClick(table, model::open);

        VBox header = new VBox(6, title, bar, FormRows.errorLabel(model.daysErrorProperty(), "changes-days-error"), summary);
        header.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(header);
        root.setCenter(table);
    }

    /** The changes, for the window to give their rows a context menu. */
    public TableView<Change> table() {
        return table;
    }

    @Override
    public Node node() {
        return root;
    }

    private static TableColumn<Change, String> withIcons(TableColumn<Change, String> c,
                                                        Function<ResourceKind, org.kordamp.ikonli.Ikon> icons) {
        dev.acrconsole.ui.fx.ActionIcons.withKindIcons(c, ch -> icons.apply(ResourceKind.of(ch.kind())));
        return c;
    }

    /** The column's cells say the change whole in their tooltip (a digest the column shows shortened). */
    private static TableColumn<Change, String> withWholeValues(TableColumn<Change, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                Change change = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(change == null ? null : new Tooltip(ChangesViewModel.describe(change)));
            }
        });
        return c;
    }

    private static TableColumn<Change, String> column(String header, double width, Function<Change, String> value) {
        TableColumn<Change, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
