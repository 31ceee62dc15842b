package dev.acrconsole.ui.main;

import dev.acrconsole.ui.accounts.AccountsView;
import dev.acrconsole.ui.details.DetailsView;
import dev.acrconsole.ui.navigation.NavigationView;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/** The main window: offline banner, accounts panel | tree | details, status bar. F5 refreshes. */
public final class MainWindow {
    public static final double WIDTH = 1180;
    public static final double HEIGHT = 720;

    private final MainViewModel model;
    private final Scene scene;
    private final ToggleButton accountsToggle = new ToggleButton("Accounts");

    public MainWindow(MainViewModel model) {
        this.model = model;
        NavigationView navigation = new NavigationView(model.navigation());
        DetailsView details = new DetailsView(model.details());

        SplitPane split = new SplitPane(navigation.node(), details.node());
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(navigation.node(), false);

        BorderPane root = new BorderPane(split);
        root.setTop(banner());
        root.setBottom(statusBar());
        root.setLeft(accountsPanel());
        scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/dev/acrconsole/ui/console.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::refresh);
    }

    public Scene scene() {
        return scene;
    }

    public void showIn(Stage stage) {
        stage.titleProperty().bind(Bindings.concat("ACR Console — ", model.modeProperty()));
        stage.setScene(scene);
        stage.show();
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

    /** The accounts panel, on the left; the status bar's Accounts button shows and hides it. */
    private Parent accountsPanel() {
        Parent panel = (Parent) new AccountsView(model.accounts()).node();
        accountsToggle.setId("accounts-toggle");
        accountsToggle.setSelected(model.accountsPanelOpen());
        // The sandbox has no accounts: its demo window stays as it was.
        accountsToggle.setVisible(model.accountsAvailable());
        accountsToggle.setManaged(accountsToggle.isVisible());
        panel.visibleProperty().bind(accountsToggle.selectedProperty());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
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
        Label activity = new Label();
        activity.setId("status-activity");
        activity.textProperty().bind(model.activityProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("F5 refresh · Ctrl+C copy id");
        hint.getStyleClass().add("status-hint");
        for (Region fixed : new Region[] {accountsToggle, mode, freshness}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // a long activity line is cut, not these
        }
        HBox bar = new HBox(12, accountsToggle, mode, freshness, activity, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }
}
