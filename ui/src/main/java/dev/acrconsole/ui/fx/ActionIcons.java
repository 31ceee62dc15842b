package dev.acrconsole.ui.fx;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;

/**
 * The icon of an action, from the first word of its label ("Create token…" is a create, "Delete" a delete): the
 * actions are labelled consistently across kinds, so one table serves every kind's buttons and menus.
 */
public final class ActionIcons {
    private static final Map<String, Ikon> BY_VERB = Map.ofEntries(
            Map.entry("refresh", MaterialDesignR.REFRESH),
            Map.entry("create", MaterialDesignP.PLUS),
            Map.entry("add", MaterialDesignP.PLUS),
            Map.entry("new", MaterialDesignP.PLUS),
            Map.entry("delete", MaterialDesignD.DELETE_OUTLINE),
            Map.entry("remove", MaterialDesignD.DELETE_OUTLINE),
            Map.entry("update", MaterialDesignP.PENCIL_OUTLINE),
            Map.entry("edit", MaterialDesignP.PENCIL_OUTLINE),
            Map.entry("search", MaterialDesignM.MAGNIFY),
            Map.entry("run", MaterialDesignP.PLAY),
            Map.entry("schedule", MaterialDesignP.PLAY),
            Map.entry("cancel", MaterialDesignC.CANCEL),
            Map.entry("approve", MaterialDesignC.CHECK),
            Map.entry("reject", MaterialDesignC.CLOSE),
            Map.entry("export", MaterialDesignE.EXPORT),
            Map.entry("import", MaterialDesignI.IMPORT),
            Map.entry("copy", MaterialDesignC.CONTENT_COPY),
            Map.entry("generate", MaterialDesignK.KEY_CHANGE),
            Map.entry("regenerate", MaterialDesignK.KEY_CHANGE),
            Map.entry("view", MaterialDesignT.TEXT_BOX_OUTLINE),
            Map.entry("show", MaterialDesignT.TEXT_BOX_OUTLINE),
            Map.entry("logs", MaterialDesignT.TEXT_BOX_OUTLINE),
            Map.entry("sync", MaterialDesignS.SYNC),
            Map.entry("history", MaterialDesignH.HISTORY));
    private static final List<String> SKIP = List.of("_", "…", ".");

    private ActionIcons() {}

    /** The icon for a label, or null when its verb has none. */
    public static Ikon forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String first = label.strip().split("[\\s…]+", 2)[0].toLowerCase(Locale.ROOT);
        for (String s : SKIP) {
            first = first.replace(s, "");
        }
        return BY_VERB.get(first);
    }

    /** Gives the button its action's icon, if its label has one and it has no graphic yet. */
    public static void decorate(ButtonBase button) {
        Ikon icon = forLabel(button.getText());
        if (icon != null && button.getGraphic() == null) {
            button.setGraphic(icon(icon));
        }
    }

    public static void decorate(MenuItem item) {
        Ikon icon = forLabel(item.getText());
        if (icon != null && item.getGraphic() == null) {
            item.setGraphic(icon(icon));
        }
    }

    /**
     * A kind column whose cells show the kind's icon before its badge text. {@code icon} gives the row's kind's icon
     * (null for none).
     */
    public static <T> void withKindIcons(javafx.scene.control.TableColumn<T, String> column, java.util.function.Function<T, Ikon> icon) {
        column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                T item = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                Ikon ikon = item == null ? null : icon.apply(item);
                if (ikon == null) {
                    setGraphic(null);
                } else if (!(getGraphic() instanceof FontIcon f) || f.getIconCode() != ikon) {
                    FontIcon f = new FontIcon(ikon);
                    f.getStyleClass().add("kind-icon");
                    setGraphic(f);
                }
            }
        });
    }

    /** An icon in the theme's text colour (the {@code ikonli-font-icon} style the themes give). */
    public static Node icon(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add("action-icon");
        return i;
    }
}
