package dev.acrconsole.ui.cachesettings;

import dev.acrconsole.cache.Retention;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.NumberField;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.PageContext;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** View > Cache and history: days each kind of history is kept, the cache's size, and Compact now. */
public final class CacheSettingsDialog {
    private CacheSettingsDialog() {}

    public static void show(ViewContext view) {
        PageContext context = view.page();
        CacheSettingsViewModel model = new CacheSettingsViewModel(context);
        FormRows form = new FormRows();
        for (var e : model.days().entrySet()) {
            Retention.Rule rule = e.getKey();
            NumberField days = new NumberField(e.getValue(), 1, CacheSettingsViewModel.MAX_DAYS);
            days.setDisable(model.readOnly());
            form.add(rule.label() + " (days kept)", days, model.errorProperty(rule.key()), "keep-" + rule.key().replace('.', '-'));
        }
        Label size = new Label();
        size.setId("cache-size");
        size.textProperty().bind(model.sizeProperty().map(s -> "The cache takes " + s + " on disk, archived run logs included."));
        Button compact = new Button("Compact now");
        compact.setId("cache-compact");
        compact.disableProperty().bind(model.compactingProperty().or(
                new javafx.beans.property.SimpleBooleanProperty(model.readOnly())));
        compact.setOnAction(e -> model.compact());
        HBox sizeRow = new HBox(12, size, compact);
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        form.note(sizeRow);
        model.load();
        new FormDialog(view.window(), "cache-settings", "Cache and history",
                "How long history is kept", form.node(), "Save", model::save).show();
    }
}
