package dev.acrconsole.ui.imports;

import dev.acrconsole.app.imports.ImportForm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Import… on a registry's page and its Repositories folder: the dialog over {@link ImportViewModel}. */
public final class ImportDialog {
    private ImportDialog() {}

    public static FormDialog of(ViewContext view, ImportViewModel model) {
        ComboBox<ImportViewModel.SourceChoice> source = new ComboBox<>(model.sources());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        TextField host = new TextField();
        host.setPromptText("docker.io, mcr.microsoft.com, ...");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField image = new TextField();
        image.setPromptText("repository:tag or repository@sha256:…; several tags: a, b, c");
        image.textProperty().bindBidirectional(model.imageProperty());
        TextField targets = new TextField();
        targets.setPromptText("repository:tag, …  (empty: as the source)");
        targets.textProperty().bindBidirectional(model.targetsProperty());
        CheckBox force = new CheckBox("Force: overwrite target tags that exist (otherwise ARM refuses the import)");
        force.selectedProperty().bindBidirectional(model.forceProperty());
        force.setId("import-force");
        Label note = new Label("Several images at once (each by its tag) are one bulk import: each keeps its tag, in "
                + "its own repository or the one target repository given.");
        note.setWrapText(true);
        note.getStyleClass().add("field-hint");
        FormRows form = new FormRows()
                .add("Import from", source, model.errorProperty(ImportForm.SOURCE), "import-source")
                .add("Public registry host", host, new SimpleStringProperty(""), "import-host",
                        model.sourceProperty().isEqualTo(ImportViewModel.PUBLIC))
                .add("Source image", image, model.errorProperty(ImportForm.IMAGE), "import-source-image")
                .add("Target tags", targets, model.errorProperty(ImportForm.TARGETS), "import-targets")
                .note(force)
                .note(note);
        return new FormDialog(view.window(), "import-image", "Import image", "Import into " + model.registryName(),
                form.node(), "Import", model::submit).command(model.commandProperty());
    }
}
