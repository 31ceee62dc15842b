package dev.acrconsole.ui.imports;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.imports.ImageReference;
import dev.acrconsole.app.imports.ImportActions;
import dev.acrconsole.app.imports.ImportFollowUp;
import dev.acrconsole.app.imports.ImportForm;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationsListener;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing an image into a registry: from a registry the cache knows (offered by name) or a public registry's host,
 * an image by tag or digest (several, each by tag, make one bulk import), target tags (the source's repository and
 * tag until the user types others), and the mode. When the operation ends, the registry's repositories and the
 * imported ones' tags are read again, so the image shows without a refresh.
 */
public final class ImportViewModel extends FormModel {

    /** Where to import from: a cached registry, or {@link #PUBLIC} (a host typed in). */
    public record SourceChoice(String registryId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final SourceChoice PUBLIC = new SourceChoice(null, "A public registry (its host below)");

    private final PageContext context;
    private final Row registry;
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList(PUBLIC);
    private final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>(PUBLIC);
    private final StringProperty host = new SimpleStringProperty("docker.io");
    private final StringProperty image = new SimpleStringProperty("");
    private final StringProperty targets = new SimpleStringProperty("");
    private final BooleanProperty force = new SimpleBooleanProperty(false);
    /** The targets the form filled in from the image: replaced as the image changes, until the user types others. */
    private String filled = "";

    public ImportViewModel(PageContext context, Row registry) {
        this.context = context;
        this.registry = registry;
        watch(source, ImportForm.SOURCE);
        watch(host, ImportForm.SOURCE);
        watch(image, ImportForm.IMAGE);
        watch(targets, ImportForm.TARGETS);
        image.addListener((obs, old, now) -> {
            if (targets.get().strip().equals(filled)) {
                ImageReference r = ImageReference.parse(now);
                filled = r == null || r.byDigest() ? "" : r.repository() + ":" + r.tagOrLatest();
                targets.set(filled);
            }
        });
        context.background().submit(() -> context.kinds().rows(context.store().resources(registry.scope(), RegistryKind.KIND)))
                .thenAcceptAsync(this::offer, context.fx());
    }

    /** The cached registries, this one too (importing within a registry copies to another repository). */
    private void offer(List<Row> registries) {
        sources.setAll(PUBLIC);
        registries.stream().sorted(Comparator.comparing(Row::name))
                .map(r -> new SourceChoice(r.id(), r.name() + loginServer(r))).forEach(sources::add);
    }

    private static String loginServer(Row r) {
        String server = r.details(RegistryDetails.class).loginServer();
        return server == null ? "" : "  (" + server + ")";
    }

    public String registryName() {
        return registry.name();
    }

    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    public ObjectProperty<SourceChoice> sourceProperty() {
        return source;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty imageProperty() {
        return image;
    }

    public StringProperty targetsProperty() {
        return targets;
    }

    public BooleanProperty forceProperty() {
        return force;
    }

    /** Selects a cached registry as the source by its id (as if chosen from the list); false when it is not offered. */
    public boolean chooseRegistry(String id) {
        return sources.stream().filter(s -> id.equalsIgnoreCase(s.registryId())).findFirst().map(s -> {
            source.set(s);
            return true;
        }).orElse(false);
    }

    public ImportForm form() {
        boolean fromPublic = source.get() == null || source.get().registryId() == null;
        return new ImportForm(registry.id(), registry.tenantId(), fromPublic ? null : source.get().registryId(),
                fromPublic ? host.get() : null, image.get(), targets.get(), force.get());
    }

    @Override
    protected String azCommand() {
        return dev.acrconsole.app.imports.ImportAzCommands.form(form());
    }

    @Override
    protected FieldErrors validate() {
        return form().validate();
    }

    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        ImportForm f = form();
        CompletableFuture<Operation> sent = context.submit(registry.scope(), ImportActions.importImage(f));
        Session s = context.session(registry);
        if (s != null) {
            sent.thenAccept(op -> rereadWhenEnded(s, op.id(), f.targetRepositories()));
        }
        return sent;
    }

    /** Once the operation has ended (even a bulk with failures: some may be there), its repositories are read again. */
    private void rereadWhenEnded(Session s, String id, List<String> repositories) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable reread = () -> {
            if (done.compareAndSet(false, true)) {
                context.background().submit(() -> {
                    ImportFollowUp.reread(s.refresh(), context.store(), registry.resource(), repositories);
                    return null;
                });
            }
        };
        OperationsListener listener = new OperationsListener() {
            @Override
            public void changed(Operation op) {
                if (op.id().equals(id) && op.state().terminal()) {
                    s.operations().removeListener(this);
                    reread.run();
                }
            }
        };
        s.operations().addListener(listener);
        // It may have ended before the listener was added.
        context.background().submit(() -> s.operations().find(id)).thenAccept(op -> op.filter(o -> o.state().terminal())
                .ifPresent(o -> {
                    s.operations().removeListener(listener);
                    reread.run();
                }));
    }
}
