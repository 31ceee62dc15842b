package dev.acrconsole.ui.page;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.concurrent.Background;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Asks ARM whether a name is free, a moment after it was typed (a newer name replaces the pending question), off the
 * FX thread. Shows "Checking…", then "Available"; a taken name is remembered, for the form to show as the name's error.
 * When ARM cannot be asked it says so and the form may still be sent: ARM refuses a taken name itself.
 */
public final class NameCheck {
    private static final Duration PAUSE = Duration.ofMillis(400);

    private final Background background;
    private final java.util.concurrent.Executor fx;
    private final Runnable answered;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<String, String> taken = new HashMap<>();
    private Future<?> pending;
    private String asking;

    /** {@code answered} runs on {@code fx} (the FX thread) after each answer (the form re-checks its fields). */
    public NameCheck(Background background, java.util.concurrent.Executor fx, Runnable answered) {
        this.background = background;
        this.fx = fx;
        this.answered = answered;
    }

    /** "Checking…", "Available", why it could not check, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the name under {@code key} is not free, if ARM said so; else null. */
    public String taken(String key) {
        return taken.get(key.toLowerCase(Locale.ROOT));
    }

    /** Nothing to ask (no session, or the name breaks a rule that is shown instead). */
    public void clear() {
        cancel();
        asking = null;
        status.set("");
    }

    /** Asks {@code ask} (blocking; null means free) about the name under {@code key}, after a pause. */
    public void check(String key, Callable<String> ask) {
        cancel();
        asking = key;
        status.set("Checking…");
        pending = background.schedule(PAUSE, () -> {
            String answer;
            try {
                answer = ask.call();
            } catch (Exception e) {
                String why = ArmErrors.describe(e);
                fx.execute(() -> {
                    if (key.equals(asking)) {
                        status.set("Could not check the name: " + why);
                    }
                });
                return;
            }
            fx.execute(() -> {
                if (!key.equals(asking)) {
                    return; // typed on since; a newer check is coming
                }
                if (answer != null) {
                    taken.put(key.toLowerCase(Locale.ROOT), answer);
                }
                status.set(answer == null ? "Available" : "");
                answered.run();
            });
        });
    }

    private void cancel() {
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
