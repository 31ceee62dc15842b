package dev.acrconsole.app.registries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmRequestException;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.Sizes;
import java.util.ArrayList;
import java.util.List;

/** What a registry uses against its SKU's limits (Registries_ListUsages): storage, webhooks, scope maps, tokens... */
public final class RegistryUsages {
    /** One usage as ARM says it; {@code unit} "Bytes" or "Count". */
    public record Usage(String name, Long current, Long limit, String unit) {
        /** "1.2 GiB of 100.0 GiB (1 %)", "2 of 10". */
        public String text() {
            boolean bytes = "Bytes".equalsIgnoreCase(unit);
            String now = current == null ? "?" : bytes ? Sizes.bytes(current) : String.valueOf(current);
            if (limit == null || limit <= 0) {
                return now;
            }
            String of = now + " of " + (bytes ? Sizes.bytes(limit) : String.valueOf(limit));
            return current == null ? of : of + " (" + Math.round(100.0 * current / limit) + " %)";
        }
    }

    private RegistryUsages() {}

    /** Reads them from ARM. Blocks on the network: background only. ARM's refusal is its own error. */
    public static List<Usage> read(ArmClients arm, String registryId) {
        ArmResponse r = arm.readHttp().get(registryId + "/listUsages" + ApiVersions.query(ApiVersions.REGISTRY));
        if (!r.ok()) {
            throw new ArmRequestException(r);
        }
        return parse(r.json());
    }

    public static List<Usage> parse(JsonNode body) {
        List<Usage> out = new ArrayList<>();
        for (JsonNode u : body.path("value")) {
            JsonNode name = u.path("name");
            // The published shape names it as text; some versions send {"value", "localizedValue"}.
            String label = name.isTextual() ? name.asText() : Json.textOr(name, "localizedValue", Json.text(name, "value"));
            out.add(new Usage(label, u.path("currentValue").canConvertToLong() ? u.path("currentValue").asLong() : null,
                    u.path("limit").canConvertToLong() ? u.path("limit").asLong() : null, Json.text(u, "unit")));
        }
        return out;
    }
}
