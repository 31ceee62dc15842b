package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.cache.ConnectedRegistryHistory.State;
import dev.acrconsole.cache.ConnectedRegistryHistory.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How one entry of a connected registry's state history reads in its timeline. */
public final class StateHistoryText {
    private StateHistoryText() {}

    /** When it was seen, e.g. "2026-11-01 10:00". */
    public static String when(Transition t) {
        return Format.instant(t.observedAt());
    }

    /** What changed, e.g. "Online → Syncing" or "First seen: Online, Active". */
    public static String what(Transition t) {
        State a = t.after();
        if (t.before() == null) {
            return "First seen: " + orUnknown(a.connectionState()) + ", " + orUnknown(a.activation());
        }
        State b = t.before();
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(b.connectionState(), a.connectionState())) {
            parts.add(orUnknown(b.connectionState()) + " → " + orUnknown(a.connectionState()));
        }
        if (!Objects.equals(b.activation(), a.activation())) {
            parts.add(("Active".equalsIgnoreCase(a.activation()) ? "activated" : "deactivated")
                    + " (" + orUnknown(b.activation()) + " → " + orUnknown(a.activation()) + ")");
        }
        if (!Objects.equals(b.lastSyncTime(), a.lastSyncTime())) {
            parts.add("synced at " + orUnknown(Format.armTime(a.lastSyncTime())));
        }
        return parts.isEmpty() ? "No change" : capitalize(String.join("; ", parts));
    }

    private static String capitalize(String s) {
        return Format.capitalized(s);
    }

    private static String orUnknown(String s) {
        return s == null ? "(unknown)" : s;
    }
}
