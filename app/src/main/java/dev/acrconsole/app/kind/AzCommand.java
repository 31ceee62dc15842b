package dev.acrconsole.app.kind;

import dev.acrconsole.app.arm.ArmIds;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code az} command line a user would type for one of a kind's actions, from the row it acts on (the selected
 * row, or for an action that adds, the parent). Values the action's form would ask for are written {@code <like-this>}.
 * Each kind lists its own beside its actions ({@code RegistryAzCommands}); {@link KindDescriptor#azCommands()} hands
 * them out by the action's id.
 */
public final class AzCommand {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:@/=<>+-]+");

    private AzCommand() {}

    /** One kind's commands by action id, in a stable order. */
    @SafeVarargs
    public static Map<String, Function<Row, String>> of(Map.Entry<String, Function<Row, String>>... entries) {
        Map<String, Function<Row, String>> all = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Function<Row, String>> e : entries) {
            all.put(e.getKey(), e.getValue());
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The registry's name of a row in it, or of the registry itself. */
    public static String registry(Row row) {
        String name = ArmIds.segment(row.id(), "registries");
        return name == null ? row.name() : name;
    }

    /** {@code value} quoted, or {@code placeholder} while it is blank (a form not filled in yet). */
    public static String valueOr(String value, String placeholder) {
        return value == null || value.isBlank() ? placeholder : quote(value.strip());
    }

    /** A value as a POSIX shell reads it back: quoted only when it has to be. */
    public static String quote(String value) {
        if (value != null && PLAIN.matcher(value).matches()) {
            return value;
        }
        return "'" + String.valueOf(value).replace("'", "'\\''") + "'";
    }
}
