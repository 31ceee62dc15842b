package dev.acrconsole.ui.registries;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.registries.RegistryUsages;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The usage section of a registry's page: what it uses against its SKU's limits, read from ARM when the page shows
 * it and a session is connected (it is not cached: it changes with every push). Plain Java.
 */
public final class RegistryUsageViewModel {
    private final PageContext context;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private volatile Row showing;

    public RegistryUsageViewModel(PageContext context) {
        this.context = context;
    }

    /** One line per usage ("Size: 1.2 GiB of 100.0 GiB (1 %)"), or why there are none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Reads the usages of {@code row} if it is a registry (else hides); completes on the FX executor. */
    public CompletableFuture<Void> show(Row row) {
        showing = row;
        if (row == null || !row.kind().equals(RegistryKind.KIND)) {
            shown.set(false);
            return CompletableFuture.completedFuture(null);
        }
        shown.set(true);
        Session s = context.session(row);
        if (s == null) {
            text.set("Usage is read from Azure when connected.");
            return CompletableFuture.completedFuture(null);
        }
        text.set("Reading…");
        return context.background().submit(() -> RegistryUsages.read(s.arm(), row.id())).handleAsync((usages, error) -> {
            if (showing != row) {
                return null; // another resource is shown now
            }
            text.set(error != null ? "Usage could not be read: " + ArmErrors.describe(error) : lines(usages));
            return null;
        }, context.fx());
    }

    private static String lines(List<RegistryUsages.Usage> usages) {
        if (usages.isEmpty()) {
            return "ARM reported no usage.";
        }
        return String.join("\n", usages.stream().map(u -> u.name() + ": " + u.text()).toList());
    }
}
