package dev.acrconsole.ui.cleanup;

import dev.acrconsole.app.cleanup.CleanupActions;
import dev.acrconsole.app.cleanup.CleanupPlan;
import dev.acrconsole.app.cleanup.CleanupPlanner;
import dev.acrconsole.app.cleanup.CleanupRules;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Sizes;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagDetails;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.app.tasks.TaskRules;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The clean-up planner of a registry (or one repository of it): rules as typed, a dry run over what is cached (the
 * folders not read yet are read first, when online), then run it as one operation, export it as CSV, or schedule the
 * equivalent {@code acr purge} as an ACR task. Plain Java: tested without the toolkit.
 */
public final class CleanupViewModel extends FormModel {
    /** One line of the dry run's table. */
    public record Line(String what, String repository, String name, String lastUpdated, String size) {}

    private final PageContext context;
    private final dev.acrconsole.cache.CacheScope scope;
    private final String registryId;
    private final String registryName;
    /** The registry's row, read from the cache in the background when first needed (the window may come from a repository). */
    private volatile Row registry;
    private final StringProperty repositories = new SimpleStringProperty(".*");
    private final StringProperty include = new SimpleStringProperty(".*");
    private final StringProperty exclude = new SimpleStringProperty("");
    private final StringProperty keep = new SimpleStringProperty("3");
    private final StringProperty days = new SimpleStringProperty("30");
    private final BooleanProperty deleteUntagged = new SimpleBooleanProperty(true);
    private final BooleanProperty untaggedOnly = new SimpleBooleanProperty(false);
    private final StringProperty taskName = new SimpleStringProperty("purge");
    private final StringProperty schedule = new SimpleStringProperty("0 1 * * Sun");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper purge = new ReadOnlyStringWrapper("");
    private final ObjectProperty<CleanupPlan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper taskProblem = new ReadOnlyStringWrapper("");

    /** For a registry's row (every repository), or a repository's row (that one, to begin with). */
    public CleanupViewModel(PageContext context, Row registryOrRepository) {
        this.context = context;
        this.scope = registryOrRepository.scope();
        boolean repositoryRow = registryOrRepository.kind().equals(RepositoryKind.KIND);
        this.registryId = repositoryRow ? dev.acrconsole.app.kind.ContentIds.registryId(registryOrRepository.id())
                : registryOrRepository.id();
        this.registryName = registryId.substring(registryId.lastIndexOf('/') + 1);
        this.registry = repositoryRow ? null : registryOrRepository;
        String repository = repositoryRow ? registryOrRepository.name() : null;
        if (repository != null) {
            // A repository's name is lower-case letters, digits and . _ / -: only the dot means more in a regex.
            repositories.set(repository.replace(".", "\\."));
        }
        for (var p : List.of(repositories, include, exclude, keep, days)) {
            p.addListener((obs, old, now) -> rulesChanged());
        }
        deleteUntagged.addListener((obs, old, now) -> rulesChanged());
        untaggedOnly.addListener((obs, old, now) -> rulesChanged());
        watch(repositories, CleanupRules.REPOSITORIES);
        watch(include, CleanupRules.INCLUDE);
        watch(exclude, CleanupRules.EXCLUDE);
        watch(keep, CleanupRules.KEEP);
        watch(days, CleanupRules.DAYS);
        rulesChanged();
    }

    public String registryName() {
        return registryName;
    }

    /** Blocks on the cache: background only. */
    private Row registry() {
        Row r = registry;
        if (r == null) {
            r = context.find(scope, registryId).orElseThrow(() -> new IllegalStateException(
                    "The registry " + registryName + " is no longer in the cache: refresh it first."));
            registry = r;
        }
        return r;
    }

    /** The rules' problems; the task's name and schedule matter only when scheduling, and are checked then. */
    @Override
    protected FieldErrors validate() {
        return CleanupRules.check(input());
    }

    private CleanupRules.Input input() {
        return new CleanupRules.Input(repositories.get(), include.get(), exclude.get(), keep.get(), days.get(),
                deleteUntagged.get(), untaggedOnly.get());
    }

    /** A change of rule makes the last dry run stale: its lines go, and the purge command follows the rules. */
    private void rulesChanged() {
        plan.set(null);
        lines.clear();
        summary.set("");
        boolean ok = CleanupRules.check(input()).isEmpty();
        if (!ok) {
            purge.set("");
            return;
        }
        CleanupRules rules = CleanupRules.of(input());
        String differs = CleanupActions.purgeDiffers(rules);
        purge.set(CleanupActions.purgeCommand(rules) + (differs == null ? "" : "\n" + differs));
    }

    /** Lists what the rules would delete; nothing is sent. Null when the rules are not right (their messages show). */
    public CompletableFuture<Void> dryRun() {
        if (!check()) {
            return null;
        }
        CleanupRules rules = CleanupRules.of(input());
        summary.set("Reading…");
        return context.background().submit(() -> {
            Row registry = registry();
            Session s = context.session(registry);
            Instant asOf = Instant.now();
            if (s != null) {
                s.refresh().refreshChildren(registry.resource(), RepositoryKind.KIND, RefreshListener.NONE);
            }
            List<Row> selected = context.children(registry, RepositoryKind.KIND).stream()
                    .filter(r -> rules.repositories().matcher(r.name()).matches()).toList();
            if (s != null) {
                // Online: what the rules judge is read now, not as it was when the folders were last opened.
                for (Row repository : selected) {
                    s.refresh().refreshChildren(repository.resource(), TagKind.KIND, RefreshListener.NONE);
                    s.refresh().refreshChildren(repository.resource(), ManifestKind.KIND, RefreshListener.NONE);
                }
            }
            return CleanupPlanner.dryRun(rules, context.store(), context.kinds(), selected, Instant.now(), asOf);
        }).thenAcceptAsync(this::show, context.fx());
    }

    private void show(CleanupPlan p) {
        plan.set(p);
        List<Line> out = new ArrayList<>();
        for (Row t : p.tags()) {
            TagDetails d = t.details(TagDetails.class);
            out.add(new Line("tag", d.repository(), d.name(), Format.armTime(d.lastUpdateTime()), ""));
        }
        for (Row m : p.manifests()) {
            ManifestDetails d = m.details(ManifestDetails.class);
            out.add(new Line("manifest", d.repository(), d.digest(), Format.armTime(d.lastUpdateTime()),
                    d.imageSize() == null ? "" : Sizes.bytes(d.imageSize())));
        }
        lines.setAll(out);
        summary.set((p.empty() ? "Nothing matches these rules." : p.tags().size() + " tags and " + p.manifests().size()
                + " manifests would be deleted" + (p.manifests().isEmpty() ? "" : "; at most " + Sizes.bytes(p.bytesAtMost())
                + " freed (layers shared with images that stay are not freed)") + ".") + referrersKept(p.referrersKept()));
    }

    /** What the plan left of the untagged signatures, SBOMs and attestations: nothing said when there were none. */
    private static String referrersKept(int n) {
        return switch (n) {
            case 0 -> "";
            case 1 -> " 1 untagged signature, SBOM or attestation is kept: it belongs to another manifest (acr purge keeps"
                    + " it too).";
            default -> " " + n + " untagged signatures, SBOMs or attestations are kept: they belong to other manifests"
                    + " (acr purge keeps them too).";
        };
    }

    /** Runs the dry run's plan as one operation. Null when there is none to run (do a dry run first). */
    public CompletableFuture<Operation> run() {
        CleanupPlan p = plan.get();
        if (p == null || p.empty()) {
            summary.set(p == null ? "Do a dry run first: the clean-up runs what it lists." : "Nothing to delete.");
            return null;
        }
        Row r = registry; // read by the dry run
        return context.submit(r.scope(), CleanupActions.run(r, r.details(RegistryDetails.class).loginServer(), p));
    }

    /** Writes the dry run's plan as CSV. Null when there is none. */
    public CompletableFuture<Void> exportCsv(Path file) {
        CleanupPlan p = plan.get();
        if (p == null) {
            summary.set("Do a dry run first: the export is its list.");
            return null;
        }
        return context.background().submit(() -> {
            Files.writeString(file, CleanupActions.csv(p), StandardCharsets.UTF_8);
            return null;
        });
    }

    /** Creates the ACR task that runs the purge on the schedule. Null when the rules, name or schedule are not right. */
    public CompletableFuture<Operation> schedule() {
        FieldErrors extra = TaskRules.validate(CleanupActions.purgeTask(CleanupRules.of(safeRules()), taskName.get(),
                schedule.get()), true);
        if (!check() || !extra.isEmpty()) {
            extraErrors(extra);
            return null;
        }
        var form = CleanupActions.purgeTask(CleanupRules.of(input()), taskName.get().strip(), schedule.get().strip());
        return context.background().submit(this::registry).thenCompose(r ->
                context.submit(r.scope(), TaskActions.create(r.id(), r.location(), r.tenantId(), form)));
    }

    private CleanupRules.Input safeRules() {
        return CleanupRules.check(input()).isEmpty() ? input()
                : new CleanupRules.Input(".*", ".*", "", "0", "0", false, false);
    }

    private void extraErrors(FieldErrors extra) {
        taskProblem.set(String.join(" ", extra.all().values()));
    }

    /** What is wrong with the task's name or schedule, after Schedule was pressed; empty otherwise. */
    public ReadOnlyStringProperty taskProblemProperty() {
        return taskProblem.getReadOnlyProperty();
    }

    public StringProperty repositoriesProperty() {
        return repositories;
    }

    public StringProperty includeProperty() {
        return include;
    }

    public StringProperty excludeProperty() {
        return exclude;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public BooleanProperty deleteUntaggedProperty() {
        return deleteUntagged;
    }

    public BooleanProperty untaggedOnlyProperty() {
        return untaggedOnly;
    }

    public StringProperty taskNameProperty() {
        return taskName;
    }

    public StringProperty scheduleProperty() {
        return schedule;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The acr purge the scheduled task would run (and where it would differ); empty while the rules are wrong. */
    public ReadOnlyStringProperty purgeProperty() {
        return purge.getReadOnlyProperty();
    }
}
