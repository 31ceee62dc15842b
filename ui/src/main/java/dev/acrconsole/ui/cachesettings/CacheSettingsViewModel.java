package dev.acrconsole.ui.cachesettings;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.Typed;
import dev.acrconsole.app.review.CacheReview;
import dev.acrconsole.cache.Retention;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How long each kind of history is kept, the cache's size, and compacting it (in the background). */
public final class CacheSettingsViewModel extends FormModel {
    static final int MAX_DAYS = 3650;
    private final PageContext context;
    private final CacheReview review;
    private final Map<Retention.Rule, StringProperty> days = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("…");
    private final ReadOnlyBooleanWrapper compacting = new ReadOnlyBooleanWrapper();

    public CacheSettingsViewModel(PageContext context) {
        this.context = context;
        this.review = context.review();
        for (Retention.Rule r : Retention.rules()) {
            StringProperty p = new SimpleStringProperty(Integer.toString(r.defaultDays()));
            days.put(r, p);
            watch(p, r.key());
        }
    }

    /** Reads the settings and the size; completes on the FX thread. */
    public CompletableFuture<Void> load() {
        return context.background().submit(() -> new Object[] {review.retention(), review.size()})
                .thenAcceptAsync(read -> {
                    @SuppressWarnings("unchecked")
                    Map<Retention.Rule, Integer> kept = (Map<Retention.Rule, Integer>) read[0];
                    kept.forEach((r, d) -> days.get(r).set(Integer.toString(d)));
                    size.set(megabytes((Long) read[1]));
                }, context.fx());
    }

    public Map<Retention.Rule, StringProperty> days() {
        return days;
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty compactingProperty() {
        return compacting.getReadOnlyProperty();
    }

    public boolean readOnly() {
        return review.readOnly();
    }

    @Override
    protected FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        days.forEach((r, p) -> {
            Typed<Integer> n = Typed.wholeNumber(p.get(), 1, MAX_DAYS);
            errors.check(!n.ok(), r.key(), n.problem());
        });
        return errors;
    }

    /** Saves the days and drops what is now too old; null when the form refused. */
    public CompletableFuture<Void> save() {
        if (!check()) {
            return null;
        }
        Map<Retention.Rule, Integer> chosen = new LinkedHashMap<>();
        days.forEach((r, p) -> chosen.put(r, Typed.wholeNumber(p.get(), 1, MAX_DAYS).value()));
        return context.background().submit(() -> {
            int dropped = 0;
            for (var e : chosen.entrySet()) {
                dropped += review.keep(e.getKey(), e.getValue());
            }
            return dropped;
        }).thenAcceptAsync(dropped -> context.notice().accept(dropped == 0 ? "History settings saved."
                : "History settings saved; " + dropped + " older entries removed."), context.fx());
    }

    /** VACUUM in the background; the size shows before and after. */
    public CompletableFuture<Void> compact() {
        compacting.set(true);
        String before = size.get();
        return context.background().submit(review::compact).handleAsync((after, error) -> {
            compacting.set(false);
            if (error != null) {
                context.notice().accept("Could not compact the cache: " + error.getMessage());
            } else {
                size.set(megabytes(after));
                context.notice().accept("Cache compacted: " + before + " → " + megabytes(after) + ".");
            }
            return null;
        }, context.fx());
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1_048_576.0);
    }
}
