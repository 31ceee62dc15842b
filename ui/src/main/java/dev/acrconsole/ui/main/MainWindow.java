package dev.acrconsole.ui.main;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Search;
import dev.acrconsole.ui.accounts.AccountsView;
import dev.acrconsole.ui.changes.ChangesView;
import dev.acrconsole.ui.changes.ChangesViewModel;
import dev.acrconsole.ui.details.DetailsView;
import dev.acrconsole.ui.fx.ActionBar;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.DetailsSection;
import dev.acrconsole.ui.kind.Folder;
import dev.acrconsole.ui.kind.UiCatalog;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.navigation.NavigationView;
import dev.acrconsole.ui.operations.OperationsPanel;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.privateendpoints.PendingApprovalsView;
import dev.acrconsole.ui.privateendpoints.PendingApprovalsViewModel;
import dev.acrconsole.ui.search.SearchView;
import dev.acrconsole.ui.search.SearchViewModel;
import dev.acrconsole.ui.shell.LayoutKeeper;
import dev.acrconsole.ui.shell.Shortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import dev.acrconsole.ui.guard.GuardUi;
import dev.acrconsole.ui.fx.FxBridge;

/**
 * The main window: menu, offline banner, accounts panel | tree | page, the operations panel, status bar, and notices.
 * F5 refreshes, or cancels the refresh that runs. The right-hand page follows the tree's selection (or View > Pending
 * approvals): a folder opens the page its kind's descriptor makes; a page that leaves is deactivated, releasing what it
 * listened to.
 */
public final class MainWindow {
    public static final double WIDTH = 1180;
    public static final double HEIGHT = 760;

    private final MainViewModel model;
    private final Scene scene;
    private final PageContext context;
    private final ViewContext view;
    private final UiCatalog kinds;
    private final StackPane pageHost = new StackPane();
    private final DetailsView details;
    private PageView currentPage;
    private final ToggleButton accountsToggle = new ToggleButton("Accounts");
    private final NavigationView navigation;
    private final SplitPane split;
    private final SplitPane vertical;
    private final dev.acrconsole.ui.operations.OperationsDock dock;
    private final OperationsPanel operations;
    /** Where it is shown (null until then). */
    private Stage stage;
    /** Alt+these letters open the menus: a page's buttons take others. */
    private java.util.Set<Character> menuLetters = java.util.Set.of();

    /** {@code openSnapshot} opens a snapshot file in a window of its own (File › Open snapshot). */
    public MainWindow(MainViewModel model, UiCatalog kinds, Consumer<java.nio.file.Path> openSnapshot) {
        this.model = model;
        this.kinds = kinds;
        this.context = model.pageContext();
        this.view = new ViewContext(context, this::window);
        dev.acrconsole.ui.fx.IconFont.loadAhead(context.background()); // while the window is made
        dev.acrconsole.ui.theme.Look.ensureTheme(); // console.css looks its colours up in the theme
        navigation = new NavigationView(model.navigation(), k -> kinds.of(k).icon());
        details = new DetailsView(model.details(), this::resourceActions, model.onlineProperty());
        dev.acrconsole.ui.contextmenu.TreeMenus.attach(navigation.node(), view, kinds, () -> model.onlineProperty().get());
        sections();
        operations = new OperationsPanel(model.operations(), op -> model.navigation().reveal(op.targetId(), null));

        split = new SplitPane(navigation.node(), pageHost);
        split.setId("main-split");
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(navigation.node(), false);
        dock = new dev.acrconsole.ui.operations.OperationsDock(split, operations, model.operations());
        vertical = dock.split();

        StackPane overlay = new StackPane(dock.node());
        Toast toast = new Toast(overlay);
        model.noticeProperty().addListener((obs, old, notice) -> toast.show(notice.text()));

        BorderPane root = new BorderPane(overlay);
        javafx.scene.control.MenuBar menuBar = new MainMenu(model, view, this::withSelectedRegistry, openSnapshot).build();
        dev.acrconsole.ui.fx.Mnemonics.forEveryWindow(); // dialogs' buttons get theirs as they open
        root.setTop(new VBox(menuBar, banner(), damageBar(model.damage())));
        menuLetters = dev.acrconsole.ui.fx.Mnemonics.menuLetters(root);
        root.setBottom(statusBar());
        accountsPanel(root);
        scene = new Scene(root, WIDTH, HEIGHT);
        dev.acrconsole.ui.fx.MultiLineFields.install(scene);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/dev/acrconsole/ui/console.css")).toExternalForm());
        scene.getStylesheets().add(kinds.stylesheet()); // each kind's badge colour, from its descriptor
        // F5 is the File menu's Refresh / Cancel refresh item's own accelerator: one binding, which does what the item says.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), model::showSearch);

        GuardUi.install(model.guard(), this::window);
        // Read-only switched: the page is made again without (or with) its write actions; a mark re-tints it.
        model.guard().onChange(() -> FxBridge.run(() -> show(model.pageProperty().get())));
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
        stage.titleProperty().bind(Bindings.concat("ACR Console — ", model.modeProperty(),
                Bindings.when(model.readOnlyProperty()).then(" — read-only").otherwise("")));
        desktopNotices(stage);
        stage.setScene(scene);
        // Closing while operations run asks first (File › Exit comes this way too).
        stage.setOnCloseRequest(e -> model.exitQuestion().ifPresent(question -> {
            e.consume();
            Confirm.ask(view, "exit-confirm", "Exit while operations are running?", question, stage::close);
        }));
        LayoutKeeper.attach(model.dataDir(), stage, java.util.Map.of("main", split, "operations", vertical),
                navigation.node(), pageHost);
        Shortcuts.install(scene, List.of(navigation.node(), pageHost, operations.node()));
        stage.show();
        this.stage = stage;
    }

    /**
     * Un-minimised, in front and focused: what a second launch on the data dir asks (ADR 0022). Where the OS keeps
     * a background app from taking the focus, it marks the window in the task bar instead.
     */
    public void bringForward() {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    /**
     * A long operation that ends while the window is not focused is also told on the desktop, where the OS offers a
     * way (the toast is shown in any case; its details keep ARM's whole error). The channel is looked for once, off
     * the FX thread (it reads the PATH, or starts AWT's tray).
     */
    private void desktopNotices(Stage stage) {
        java.util.concurrent.CompletableFuture<dev.acrconsole.ui.notify.DesktopNotices> notices = new java.util.concurrent.CompletableFuture<>();
        model.onEnded(op -> {
            boolean focused = stage.isFocused();
            if (!dev.acrconsole.ui.notify.DesktopNotices.toDesktop(op, focused)) {
                return;
            }
            if (!notices.isDone()) {
                context.background().submit(dev.acrconsole.ui.notify.DesktopNotices::forThisDesktop)
                        .whenComplete((n, e) -> notices.complete(n != null ? n
                                : new dev.acrconsole.ui.notify.DesktopNotices(Optional.empty())));
            }
            String text = dev.acrconsole.app.operations.OperationText.finished(op);
            notices.thenAcceptAsync(n -> n.notify(op, focused, text), context.background()::run);
        });
    }

    /** Swaps the right-hand page, deactivating the old one (it releases what it listened to) and activating the new. */
    private void show(Page page) {
        if (currentPage != null) {
            currentPage.deactivate();
            currentPage = null;
        }
        PageView next = switch (page) {
            case Page.Resource r -> null;
            case Page.Children c -> kinds.of(c.folder().folderOf()).page(view,
                    new Folder(c.folder().id(), c.folder().scope(), c.folder().folderOf(), c.selectId()));
            case Page.Search s -> new SearchView(new SearchViewModel(context, context.review().search()), k -> kinds.of(k).badge(),
                    k -> kinds.of(k).icon());
            case Page.Changes c -> new ChangesView(new ChangesViewModel(context, context.review(), c.snapshot()),
                    k -> kinds.of(k).badge(), k -> kinds.of(k).icon());
            case Page.PendingApprovals p -> new PendingApprovalsView(view, new PendingApprovalsViewModel(context));
        };
        currentPage = next;
        if (next instanceof dev.acrconsole.ui.fx.RowMenus.Host table) {
            table.contextMenus((row, actions, parent) -> dev.acrconsole.ui.contextmenu.ResourceMenu.of(view, row, actions, parent));
        } else if (next instanceof SearchView search) {
            dev.acrconsole.ui.contextmenu.TreeMenus.attachToHits(search.results(), view, kinds, dev.acrconsole.cache.SearchHit::scope,
                    dev.acrconsole.cache.SearchHit::id, dev.acrconsole.cache.SearchHit::name, () -> model.onlineProperty().get());
        } else if (next instanceof ChangesView changes) {
            dev.acrconsole.ui.contextmenu.TreeMenus.attachToHits(changes.table(), view, kinds, dev.acrconsole.cache.Change::scope,
                    dev.acrconsole.cache.Change::id, dev.acrconsole.cache.Change::name, () -> model.onlineProperty().get());
        }
        pageHost.getChildren().setAll(next == null ? details.node() : next.node());
        pageHost.applyCss(); // the page's skins, so its buttons can be found
        dev.acrconsole.ui.fx.Mnemonics.assign(pageHost, menuLetters);
        tintPage();
        if (next != null) {
            next.activate();
        }
    }

    /** The page of a production resource, or of a folder below one, is tinted. */
    private void tintPage() {
        String id = switch (model.pageProperty().get()) {
            case Page.Resource r -> r.node() == null ? null : r.node().id();
            case Page.Children c -> c.folder().id();
            case null, default -> null;
        };
        GuardUi.tint(pageHost, model.guard().production(id));
    }

    /**
     * The shown resource's kind's buttons (a registry's Update and Delete), where they can work: online; and the
     * Production toggle of what can be marked (a local setting: offline too).
     */
    private List<Node> resourceActions(Row row) {
        List<Node> all = new ArrayList<>();
        if (model.onlineProperty().get()) {
            UiKind kind = kinds.of(row.kind());
            all.addAll(ActionBar.buttons(kind.resourceActions(view), model.details().rowProperty(), () -> null, context.notice()));
        }
        if (GuardUi.markable(row)) {
            all.add(GuardUi.toggle(model.guard(), model.details().rowProperty()));
        }
        dev.acrconsole.ui.fx.Mnemonics.assign(all, menuLetters);
        return all;
    }

    /** What each kind adds below a resource's details (the registry endpoints pulling from a registry). */
    private void sections() {
        List<DetailsSection> all = new ArrayList<>();
        kinds.all().forEach(k -> all.addAll(k.sections(view)));
        for (DetailsSection section : all) {
            details.addSection(section.node());
            model.details().rowProperty().addListener((obs, old, row) -> section.show(row));
            section.show(model.details().rowProperty().get());
        }
    }

    private void withSelectedRegistry(Consumer<Row> action) {
        model.selectedRegistry().thenAccept((Optional<Row> r) -> r.ifPresentOrElse(action,
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

    /** What a damaged cache puts at the top: what is wrong, and the move aside (or, once done, how it went). */
    private static Parent damageBar(CacheDamageViewModel damage) {
        Label text = new Label();
        text.setId("damage-banner");
        text.setWrapText(true);
        text.textProperty().bind(damage.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button moveAside = new Button("Move it aside and start fresh");
        moveAside.setId("damage-move-aside");
        moveAside.setOnAction(e -> damage.moveAside());
        moveAside.visibleProperty().bind(damage.offeredProperty());
        moveAside.managedProperty().bind(moveAside.visibleProperty());
        Button dismiss = new Button("OK");
        dismiss.setId("damage-dismiss");
        dismiss.setOnAction(e -> damage.dismiss());
        dismiss.visibleProperty().bind(damage.dismissibleProperty());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        for (Button b : new Button[] {moveAside, dismiss}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(12, text, moveAside, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("damage-banner");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(damage.textProperty().isNotEmpty());
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
        Label readOnly = new Label("Read-only");
        readOnly.setId("status-read-only");
        readOnly.getStyleClass().add("status-read-only");
        readOnly.setTooltip(new javafx.scene.control.Tooltip("Read-only mode: nothing can be sent. View › Read-only mode turns it off."));
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Label activity = new Label();
        activity.setId("status-activity");
        activity.textProperty().bind(model.activityProperty());
        // While a refresh runs: listings done of those known, requests in flight, and its Cancel.
        Label progress = new Label();
        progress.setId("status-refresh-progress");
        progress.textProperty().bind(model.refreshProgressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("status-refresh-cancel");
        cancel.setOnAction(e -> model.cancelRefresh());
        cancel.visibleProperty().bind(model.refreshingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("F5 refresh · Ctrl+C copy id");
        hint.getStyleClass().add("status-hint");
        for (Region fixed : new Region[] {accountsToggle, mode, readOnly, freshness, running, progress, cancel}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // a long activity line is cut, not these
        }
        HBox bar = new HBox(12, accountsToggle, mode, readOnly, freshness, running, progress, cancel,
                ReadBudgetLabel.of(model.readBudget()), activity, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }
}
