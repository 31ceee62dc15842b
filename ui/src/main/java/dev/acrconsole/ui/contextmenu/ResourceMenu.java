package dev.acrconsole.ui.contextmenu;

import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.Clipboards;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The context menu of a resource (a tree node or a table row), from its kind's descriptors: the kind's actions, Copy
 * (name, ARM id, and the kind's copyable values: login server, pull reference, digest), Open in Portal, the equivalent
 * {@code az} command of each action, and View JSON. Item ids are {@code ctx-<what>} for tests.
 */
public final class ResourceMenu {
    private ResourceMenu() {}

    /**
     * @param actions the kind's actions (none offline); an action on the parent acts on {@code parent}'s row
     */
    public static ContextMenu of(ViewContext view, Row row, List<RowAction> actions, Supplier<Row> parent) {
        ContextMenu menu = new ContextMenu();
        menu.setId("resource-menu");
        for (RowAction a : actions) {
            menu.getItems().add(action(view, a, row, parent));
        }
        if (!actions.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(copy(view, row));
        MenuItem portal = item("Open in _Portal", "ctx-portal", () -> Portal.open(view, row));
        menu.getItems().add(portal);
        menu.getItems().add(azCommands(view, row, actions, parent));
        menu.getItems().add(item("View _JSON…", "ctx-json", () -> JsonWindow.open(view, row)));
        return menu;
    }

    /** A node that is no cached resource (an account, a folder): its name to copy. */
    public static ContextMenu nameOnly(String name) {
        ContextMenu menu = new ContextMenu(item("Copy _name", "ctx-copy-name", () -> Clipboards.put(name)));
        menu.setId("resource-menu");
        return menu;
    }

    private static MenuItem action(ViewContext view, RowAction a, Row row, Supplier<Row> parent) {
        MenuItem item = new MenuItem(a.label());
        item.setId("ctx-" + a.id());
        switch (a.on()) {
            case SELECTED -> {
                item.setDisable(!a.enabledFor(row));
                item.setOnAction(e -> a.perform().accept(row));
            }
            case SELECTED_ROWS -> {
                item.setDisable(!a.enabledForAll(List.of(row)));
                item.setOnAction(e -> a.performOnRows().accept(List.of(row)));
            }
            case PARENT -> item.setOnAction(e -> {
                Row p = parent.get();
                if (p == null) {
                    view.page().notice().accept("Its parent is not in the cache yet.");
                } else {
                    a.perform().accept(p);
                }
            });
        }
        return item;
    }

    private static Menu copy(ViewContext view, Row row) {
        Menu copy = new Menu("_Copy");
        copy.setId("ctx-copy");
        copy.getItems().add(item("Name", "ctx-copy-name", () -> Clipboards.put(row.name())));
        boolean inRegistry = ContentIds.registryId(row.id()) != null; // a repository, tag or manifest has no ARM id
        if (!inRegistry) {
            copy.getItems().add(item("ARM id", "ctx-copy-id", () -> Clipboards.put(row.id())));
        }
        for (DetailField f : view.page().kinds().describe(row).fields()) {
            if (f.copyable() && f.value() != null && !f.value().equalsIgnoreCase(row.id())) {
                copy.getItems().add(item(f.label(), "ctx-copy-" + idOf(f.label()), () -> Clipboards.put(f.value())));
            }
        }
        return copy;
    }

    /** One entry per action the kind maps to an az command; the menu is disabled when it maps none. */
    private static Menu azCommands(ViewContext view, Row row, List<RowAction> actions, Supplier<Row> parent) {
        Menu az = new Menu("Copy _az command");
        az.setId("ctx-az");
        Map<String, Function<Row, String>> commands = view.page().kinds().of(row.kind()).azCommands();
        for (RowAction a : actions) {
            Function<Row, String> line = commands.get(a.id());
            Row on = a.on() == RowAction.On.PARENT ? parent.get() : row;
            if (line != null && on != null) {
                String command = line.apply(on);
                MenuItem item = item(a.label().replace("…", "").replace("_", ""), "ctx-az-" + a.id(),
                        () -> Clipboards.put(command));
                item.setUserData(command);
                az.getItems().add(item);
            }
        }
        az.setDisable(az.getItems().isEmpty());
        return az;
    }

    private static MenuItem item(String label, String id, Runnable run) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setOnAction(e -> run.run());
        return item;
    }

    private static String idOf(String label) {
        return label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
