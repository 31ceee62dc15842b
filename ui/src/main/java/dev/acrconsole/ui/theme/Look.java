package dev.acrconsole.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.acrconsole.app.settings.LookSettings;
import dev.acrconsole.app.settings.LookSettings.Theme;
import dev.acrconsole.ui.fx.ActionIcons;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's look, for every window the app opens: the AtlantaFX theme (Primer light or dark; by default the OS's
 * scheme), the app icon on each stage, and the root font size (the OS's, zoomed with Ctrl+= / Ctrl+- / Ctrl+0). The
 * choice is saved (off the FX thread) through {@code save}, in the settings file.
 */
public final class Look {
    static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);
    /** Each zoom step is a tenth of the OS's size: small enough to land on a comfortable size, large enough to see. */
    private static final double STEP = 0.1;
    private static final String ICON_SHEET = Look.class.getName() + ".iconSheet";

    private final ObjectProperty<LookSettings> settings = new SimpleObjectProperty<>(LookSettings.DEFAULT);
    private final ObjectProperty<Boolean> osDark = new SimpleObjectProperty<>(false);
    private final double osFontSize = Font.getDefault().getSize();
    private final Consumer<LookSettings> save;
    private List<Image> icons;

    /** {@code save} is called on the FX thread with each change; it hands the write to a background thread. */
    public Look(Consumer<LookSettings> save) {
        this.save = Objects.requireNonNull(save);
        settings.addListener((obs, old, s) -> apply());
        osDark.addListener((obs, old, d) -> apply());
    }

    private final ListChangeListener<Window> opened = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::adopt);
        }
    };

    /** Applies the look now and to every window opened from now on; follows the OS's scheme as it changes. */
    public Look install() {
        apply();
        Window.getWindows().addListener(opened);
        List.copyOf(Window.getWindows()).forEach(this::adopt);
        followOs(javafx.application.Platform.getPreferences().colorSchemeProperty());
        return this;
    }

    /**
     * Follows {@code scheme} as it changes (JavaFX's view of the OS's colour scheme, where the toolkit can tell): with
     * the System theme chosen, the windows turn dark or light with the OS. Its value at start is not taken: the OS was
     * asked directly then ({@link OsColourScheme}), which JavaFX cannot always tell on Linux.
     */
    public void followOs(javafx.beans.value.ObservableValue<javafx.application.ColorScheme> scheme) {
        scheme.addListener((obs, old, now) -> {
            if (now != null) {
                osDark.set(now == javafx.application.ColorScheme.DARK);
            }
        });
    }

    /**
     * The light theme, unless a look is already set: console.css looks its colours up in the theme, so a window made
     * without the app's {@link Look} (a test's) still finds them.
     */
    public static void ensureTheme() {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
    }

    /** Stops styling new windows and puts the toolkit's own look back (a test's windows after this one's). */
    public void uninstall() {
        Window.getWindows().removeListener(opened);
        Application.setUserAgentStylesheet(null);
    }

    /** What was saved and what the OS prefers, once read (off the FX thread): applied without saving again. */
    public void loaded(LookSettings saved, boolean prefersDark) {
        osDark.set(prefersDark);
        settings.set(saved);
    }

    public ReadOnlyObjectProperty<LookSettings> settingsProperty() {
        return settings;
    }

    public boolean dark() {
        return switch (settings.get().theme()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> osDark.get();
        };
    }

    public void choose(Theme theme) {
        change(settings.get().withTheme(theme));
    }

    public void zoomIn() {
        change(settings.get().withZoom(settings.get().zoom() + 1));
    }

    public void zoomOut() {
        change(settings.get().withZoom(settings.get().zoom() - 1));
    }

    public void zoomReset() {
        change(settings.get().withZoom(0));
    }

    /** The root font size, in pixels: the OS's, zoomed. */
    public double fontSize() {
        return Math.round(osFontSize * (1 + STEP * settings.get().zoom()) * 10) / 10.0;
    }

    private void change(LookSettings next) {
        if (!next.equals(settings.get())) {
            settings.set(next);
            save.accept(next);
        }
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark()
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        List.copyOf(Window.getWindows()).forEach(w -> style(w.getScene()));
    }

    private void adopt(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(icons());
        }
        window.sceneProperty().addListener((obs, old, scene) -> prepare(scene));
        prepare(window.getScene());
    }

    private void prepare(Scene scene) {
        if (scene == null || scene.getProperties().containsKey(Look.class)) {
            style(scene);
            return;
        }
        scene.getProperties().put(Look.class, this);
        scene.rootProperty().addListener((obs, old, root) -> style(scene));
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), this::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), this::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), this::zoomReset);
        keys.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), this::zoomReset);
        style(scene);
    }

    /** The root's font size is inline: every size in console.css is in em of it, so the whole window zooms. */
    private void style(Scene scene) {
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        Parent root = scene.getRoot();
        String size = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize());
        String rest = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-size:[^;]*;?\\s*", "").strip();
        root.setStyle(rest.isEmpty() ? size : size + " " + rest);
        root.pseudoClassStateChanged(DARK, dark());
        iconSize(scene);
    }

    /**
     * Icons zoom with the text: the theme gives them 18px (for its 14px text), and Ikonli reads an icon's em against
     * the icon's own font, not the text's; so each scene gets a one-rule stylesheet with the size in pixels.
     */
    private void iconSize(Scene scene) {
        long px = Math.round(fontSize() * 18 / 14);
        String sheet = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                (".ikonli-font-icon { -fx-icon-size: " + px + "px; }").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Object was = scene.getProperties().put(ICON_SHEET, sheet);
        if (!sheet.equals(was)) {
            scene.getStylesheets().remove(was);
            scene.getStylesheets().add(sheet);
        }
    }

    /** View › Theme (System, Light, Dark) and the zoom items, added at the end of the menu bar's View menu. */
    public void addTo(MenuBar bar) {
        Menu view = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("View")).findFirst()
                .orElseGet(() -> {
                    Menu m = new Menu("View");
                    bar.getMenus().add(m);
                    return m;
                });
        ToggleGroup group = new ToggleGroup();
        Menu theme = new Menu("Theme");
        theme.setId("menu-theme");
        for (Theme t : Theme.values()) {
            String label = t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT);
            RadioMenuItem item = new RadioMenuItem(t == Theme.SYSTEM ? "System (follow the OS)" : label);
            item.setId("menu-theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(settings.get().theme() == t);
            item.setOnAction(e -> choose(t));
            settings.addListener((obs, old, s) -> item.setSelected(s.theme() == t));
            theme.getItems().add(item);
        }
        MenuItem in = item("menu-zoom-in", "Zoom in", this::zoomIn, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        MenuItem out = item("menu-zoom-out", "Zoom out", this::zoomOut, new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem reset = item("menu-zoom-reset", "Actual size", this::zoomReset, new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        view.getItems().addAll(new SeparatorMenuItem(), theme, in, out, reset);
        bar.getMenus().forEach(Look::decorate);
    }

    /** The main actions' icons (Refresh, Create, Delete...) on the menus' items, as on the buttons. */
    private static void decorate(Menu menu) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                decorate(sub);
            } else {
                ActionIcons.decorate(i);
            }
        }
    }

    private static MenuItem item(String id, String text, Runnable action, KeyCombination keys) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        i.setAccelerator(keys); // the same action the scene's own accelerator runs, shown in the menu
        return i;
    }

    /** The app icon in several sizes: the OS picks the one it shows (title bar, task switcher, dock). */
    public static synchronized List<Image> appIcons() {
        return ICON_SIZES.stream().map(s -> new Image(Objects.requireNonNull(Look.class.getResourceAsStream(
                "/dev/acrconsole/ui/icons/acr-console-" + s + ".png"), "icon " + s))).toList();
    }

    private List<Image> icons() {
        if (icons == null) {
            icons = appIcons();
        }
        return icons;
    }
}
