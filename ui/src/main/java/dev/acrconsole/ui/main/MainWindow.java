package dev.acrconsole.ui.main;

import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.accounts.AccountsView;
import dev.acrconsole.ui.changes.ChangesView;
import dev.acrconsole.ui.changes.ChangesViewModel;
import dev.acrconsole.ui.children.ChildActions;
import dev.acrconsole.ui.children.ChildListView;
import dev.acrconsole.ui.children.ChildListViewModel;
import dev.acrconsole.ui.navigation.NavKind;
import dev.acrconsole.ui.connectedregistries.ConnectedRegistriesView;
import dev.acrconsole.ui.connectedregistries.ConnectedRegistriesViewModel;
import dev.acrconsole.ui.connectedregistries.ConnectedRegistryButtons;
import dev.acrconsole.ui.details.DetailsView;
import dev.acrconsole.ui.fx.Disposable;
import dev.acrconsole.ui.iotoperations.EndpointsUsingRegistryView;
import dev.acrconsole.ui.iotoperations.EndpointsUsingRegistryViewModel;
import dev.acrconsole.ui.navigation.NavigationView;
import dev.acrconsole.ui.operations.OperationsPanel;
import dev.acrconsole.ui.privateendpoints.PendingApprovalsView;
import dev.acrconsole.ui.privateendpoints.PendingApprovalsViewModel;
import dev.acrconsole.ui.registries.DeleteRegistryViewModel;
import dev.acrconsole.ui.registries.RegistryDialogs;
import dev.acrconsole.ui.registries.UpdateRegistryViewModel;
import dev.acrconsole.ui.search.SearchView;
import dev.acrconsole.ui.search.SearchViewModel;
import dev.acrconsole.ui.runs.RunsView;
import dev.acrconsole.ui.runs.RunsViewModel;
import dev.acrconsole.ui.tasks.TaskChartView;
import dev.acrconsole.ui.tasks.TaskChartViewModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu, offline banner, accounts panel | tree | page, the operations panel, status bar, and notices.
 * F5 refreshes. The right-hand page follows the tree's selection (or View > Pending approvals); a page that leaves is
 * disposed.
 */
public final class MainWindow {
    public static final double WIDTH = 1180;
    public static final double HEIGHT = 760;

    private final MainViewModel model;
    private final Scene scene;
    private final PageContext context;
    private final StackPane pageHost = new StackPane();
    private final DetailsView details;
    private Disposable currentPage;
    private final ToggleButton accountsToggle = new ToggleButton("Accounts");

    public MainWindow(MainViewModel model) {
        this.model = model;
        this.context = model.pageContext(this::window);
        NavigationView navigation = new NavigationView(model.navigation());
        details = new DetailsView(model.details(), registryButtons());
        details.addSection(endpointsUsingRegistry());
        OperationsPanel operations = new OperationsPanel(model.operations(),
                op -> model.navigation().reveal(op.targetId(), null));

        SplitPane split = new SplitPane(navigation.node(), pageHost);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(navigation.node(), false);
        SplitPane vertical = new SplitPane(split, operations.node());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(operations.node(), false);

        StackPane overlay = new StackPane(vertical);
        Toast toast = new Toast(overlay);
        model.noticeProperty().addListener((obs, old, notice) -> toast.show(notice.text()));

        BorderPane root = new BorderPane(overlay);
        root.setTop(new VBox(new MainMenu(model, context, this::window, this::withSelectedRegistry).build(), banner()));
        root.setBottom(statusBar());
        accountsPanel(root);
        scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/dev/acrconsole/ui/console.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), model::showSearch);

        model.pageProperty().addListener((obs, old, page) -> show(page));
        show(model.pageProperty().get());
    }

    public Scene scene() {
        return scene;
    }

    private javafx.stage.Window window() {
        return scene == null ? null : scene.getWindow();
    }

    public void showIn(Stage stage) {
        stage.titleProperty().bind(Bindings.concat("ACR Console — ", model.modeProperty()));
        stage.setScene(scene);
        stage.show();
    }

    /** Swaps the right-hand page, releasing what the old one listened to. */
    private void show(Page page) {
        if (currentPage != null) {
            currentPage.dispose();
            currentPage = null;
        }
        Node node = switch (page) {
            case Page.Resource r -> details.node();
            case Page.Children c when c.folder().folderOf() == ResourceKind.RUN -> {
                RunsViewModel vm = new RunsViewModel(context, c.folder().id());
                vm.preselect(c.selectId());
                RunsView view = new RunsView(vm);
                currentPage = view;
                yield view.node();
            }
            case Page.Children c when c.folder().folderOf() == ResourceKind.TASK -> {
                ChildListViewModel vm = ChildListViewModel.of(context, c.folder().id(), c.folder().scope(), c.folder().folderOf());
                vm.preselect(c.selectId());
                TaskChartView chart = new TaskChartView(new TaskChartViewModel(context, vm.selectedProperty()));
                ChildListView view = new ChildListView(vm, ChildActions.forList(context, vm), context.cacheChanges(), chart.node());
                currentPage = () -> {
                    view.dispose();
                    chart.dispose();
                };
                yield view.node();
            }
            case Page.Children c when c.folder().folderOf() == ResourceKind.CONNECTED_REGISTRY -> {
                ConnectedRegistriesViewModel vm = new ConnectedRegistriesViewModel(context, c.folder().id(), c.folder().scope());
                vm.list().preselect(c.selectId());
                ConnectedRegistriesView view = new ConnectedRegistriesView(vm, ConnectedRegistryButtons.of(vm));
                currentPage = view;
                yield view.node();
            }
            case Page.Children c -> {
                ChildListViewModel vm = ChildListViewModel.of(context, c.folder().id(), c.folder().scope(), c.folder().folderOf());
                vm.preselect(c.selectId());
                ChildListView view = new ChildListView(vm, ChildActions.forList(context, vm), context.cacheChanges());
                currentPage = view;
                yield view.node();
            }
            case Page.Search s -> {
                SearchView view = new SearchView(new SearchViewModel(context, context.review().search()));
                currentPage = view;
                yield view.node();
            }
            case Page.Changes c -> {
                ChangesView view = new ChangesView(new ChangesViewModel(context, context.review(), c.snapshot()),
                        context.cacheChanges());
                currentPage = view;
                yield view.node();
            }
            case Page.PendingApprovals p -> {
                PendingApprovalsView view = new PendingApprovalsView(new PendingApprovalsViewModel(context));
                currentPage = view;
                yield view.node();
            }
        };
        pageHost.getChildren().setAll(node);
    }

    /** On a registry's page, the IoT Operations endpoints that pull from it; re-read when the cache changes. */
    private Node endpointsUsingRegistry() {
        EndpointsUsingRegistryViewModel links = new EndpointsUsingRegistryViewModel(context);
        model.navigation().selectedProperty().addListener((obs, old, node) -> links.show(node));
        model.cacheChangesProperty().addListener((obs, old, n) -> links.reload());
        links.show(model.navigation().selectedProperty().get());
        return new EndpointsUsingRegistryView(links).node();
    }

    private List<Node> registryButtons() {
        Button update = new Button("Update…");
        update.setId("registry-update");
        update.setOnAction(e -> withSelectedRegistry(r -> RegistryDialogs.update(context, new UpdateRegistryViewModel(context, r)).show()));
        Button delete = new Button("Delete…");
        delete.setId("registry-delete");
        delete.setOnAction(e -> withSelectedRegistry(r -> RegistryDialogs.delete(context, new DeleteRegistryViewModel(context, r)).show()));
        // Shown only where they can work: a registry is selected and a session is connected.
        var usable = Bindings.createBooleanBinding(() -> {
            var n = model.navigation().selectedProperty().get();
            return n != null && n.kind() == NavKind.REGISTRY && !n.folder() && model.onlineProperty().get();
        }, model.navigation().selectedProperty(), model.onlineProperty());
        for (Button b : List.of(update, delete)) {
            b.visibleProperty().bind(usable);
            b.managedProperty().bind(usable);
        }
        return List.of(update, delete);
    }

    private void withSelectedRegistry(Consumer<CachedResource> action) {
        model.selectedRegistry().thenAccept((Optional<CachedResource> r) -> r.ifPresentOrElse(action,
                () -> context.notice().accept("Select a registry first (its cached row is needed).")));
    }

    private Parent banner() {
        Label text = new Label();
        text.setId("offline-banner");
        text.textProperty().bind(model.bannerProperty());
        HBox bar = new HBox(text);
        bar.getStyleClass().add("offline-banner");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * The accounts panel, on the left; the status bar's Accounts button shows and hides it. Made when first shown: a
     * hidden panel would still cost its CSS and layout at start-up.
     */
    private void accountsPanel(BorderPane root) {
        accountsToggle.setId("accounts-toggle");
        accountsToggle.setSelected(model.accountsPanelOpen());
        // The sandbox has no accounts: its demo window stays as it was.
        accountsToggle.setVisible(model.accountsAvailable());
        accountsToggle.setManaged(accountsToggle.isVisible());
        Runnable make = () -> {
            Parent panel = (Parent) new AccountsView(model.accounts()).node();
            panel.visibleProperty().bind(accountsToggle.selectedProperty());
            panel.managedProperty().bind(panel.visibleProperty());
            root.setLeft(panel);
        };
        if (accountsToggle.isSelected()) {
            make.run();
        }
        accountsToggle.selectedProperty().addListener((obs, old, open) -> {
            if (open && root.getLeft() == null) {
                make.run();
            }
        });
    }

    private Parent statusBar() {
        Label mode = new Label();
        mode.setId("status-mode");
        mode.textProperty().bind(model.modeProperty());
        mode.getStyleClass().addAll("status-mode", "mode-" + model.modeLabel().toLowerCase());
        model.modeProperty().addListener((obs, old, now) -> {
            mode.getStyleClass().remove("mode-" + old.toLowerCase());
            mode.getStyleClass().add("mode-" + now.toLowerCase());
        });
        Label freshness = new Label();
        freshness.setId("status-freshness");
        freshness.textProperty().bind(model.freshnessProperty());
        Label running = new Label();
        running.setId("status-running");
        running.getStyleClass().add("status-running");
        running.textProperty().bind(model.operations().runningProperty().map(n -> n.intValue() == 0 ? ""
                : n + (n.intValue() == 1 ? " operation" : " operations") + " running"));
        Label activity = new Label();
        activity.setId("status-activity");
        activity.textProperty().bind(model.activityProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("F5 refresh · Ctrl+C copy id");
        hint.getStyleClass().add("status-hint");
        for (Region fixed : new Region[] {accountsToggle, mode, freshness, running}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // a long activity line is cut, not these
        }
        HBox bar = new HBox(12, accountsToggle, mode, freshness, running, activity, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }
}
