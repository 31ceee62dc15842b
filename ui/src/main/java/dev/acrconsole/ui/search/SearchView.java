package dev.acrconsole.ui.search;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.Tables;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The search page: a field, kind filters, and hits that open in the tree on double-click or Enter. */
public final class SearchView implements PageView {
    private final BorderPane root = new BorderPane();
    private final TextField field = new TextField();
    private boolean resultsWanted;
    private final TableView<SearchHit> table;

    /** {@code badges}: each kind's badge, as the window's kind registry has them. */
    public SearchView(SearchViewModel model, Function<ResourceKind, String> badges) {
        this(model, badges, k -> null);
    }

    /** {@code icons}: each kind's icon, shown before its badge in the results. */
    public SearchView(SearchViewModel model, Function<ResourceKind, String> badges,
                      Function<ResourceKind, org.kordamp.ikonli.Ikon> icons) {
        Label title = new Label("Search everything cached");
        title.getStyleClass().add("details-title");
        field.setId("search-field");
        // The syntax in short where it is typed; the status line below gives it whole (Search.SYNTAX).
        field.setPromptText("Every word must match; \"a phrase\" together; -word leaves out. e.g. contoso \"West Europe\" -dev");
        field.setAccessibleText("Search text");
        field.textProperty().bindBidirectional(model.textProperty());
        // Enter searches now and goes to the results once they are in.
        field.setOnAction(e -> {
            resultsWanted = true;
            model.searchNow();
        });
        FlowPane kinds = new FlowPane(6, 6);
        for (ResourceKind kind : model.filterableKinds()) {
            ToggleButton toggle = new ToggleButton(model.title(kind));
            toggle.setId("search-kind-" + kind.code());
            toggle.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.kinds().add(kind);
                } else {
                    model.kinds().remove(kind);
                }
            });
            kinds.getChildren().add(toggle);
        }
        Label status = new Label();
        status.setId("search-status");
        status.getStyleClass().add("details-fetched");
        status.textProperty().bind(model.statusProperty());

        table = new TableView<>(model.hits());
        table.setId("search-results");
        table.setAccessibleText("Search results");
        table.setPlaceholder(new Label("No results."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SearchHit, String> kindColumn = column("Kind", h -> badges.apply(h.kind()));
        dev.acrconsole.ui.fx.ActionIcons.withKindIcons(kindColumn, h -> icons.apply(h.kind()));
        table.getColumns().setAll(
                kindColumn,
                column("Name", SearchHit::name),
                column("Where", h -> Format.where(h.id())),
                column("Account", h -> h.scope().account()),
                column("Fetched", h -> Format.instant(h.fetchedAt())));
        Tables.onDoubleClick(table, model::open);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });

        model.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) change -> {
            if (resultsWanted && !model.hits().isEmpty()) {
                resultsWanted = false;
                toResults(table);
            }
        });
        // Down goes to the results; Tab too, before the kind filters (which the results' Tab reaches next).
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == javafx.scene.input.KeyCode.DOWN || e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShiftDown())
                    && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                toResults(table);
            }
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            if (e.isShiftDown()) {
                field.requestFocus();
            } else if (!kinds.getChildren().isEmpty()) {
                kinds.getChildren().getFirst().requestFocus();
            }
        });

        VBox header = new VBox(6, title, field, kinds, status);
        header.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(header);
        root.setCenter(table);
        FxBridge.later(field::requestFocus);
    }

    /** Focus on the results, the first selected if none is: arrows and Enter then work there. */
    private static void toResults(TableView<SearchHit> table) {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    /** The results, for the window to give their rows a context menu. */
    public TableView<SearchHit> results() {
        return table;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        // listens only to its own view model
    }

    @Override
    public void deactivate() {
        // nothing to release
    }

    private static TableColumn<SearchHit, String> column(String header, Function<SearchHit, String> value) {
        TableColumn<SearchHit, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
