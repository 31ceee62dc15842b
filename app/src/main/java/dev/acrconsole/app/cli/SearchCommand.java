package dev.acrconsole.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.Search;
import dev.acrconsole.cache.SearchHit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code acr-console search TEXT}: the cached resources matching TEXT, one JSON object a line; no network. */
public final class SearchCommand {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchCommand() {}

    public static int run(Path dataDir, LaunchOptions.SearchOptions options, PrintStream out, PrintStream err) {
        Set<ResourceKind> kinds = new LinkedHashSet<>();
        for (String k : options.kinds()) {
            ResourceKind kind = ResourceKind.of(k);
            if (!Kinds.CATALOG.knows(kind)) {
                err.println("acr-console: unknown --kind " + k + "; kinds are " + kindCodes());
                return 2;
            }
            kinds.add(kind);
        }
        String note = Search.note(options.text()); // e.g. OR, which this search does not have: said, not silent
        if (note != null) {
            err.println("acr-console: " + note);
        }
        return Headless.run("search", dataDir, err, db -> {
            for (SearchHit hit : new Search(db).find(options.text(), null, kinds, options.limit())) {
                ObjectNode line = MAPPER.createObjectNode();
                line.put("type", hit.type());
                line.put("kind", hit.kind().code());
                line.put("id", hit.id());
                line.put("name", hit.name());
                line.put("fetchedAt", hit.fetchedAt().toString());
                line.putObject("scope").put("account", hit.scope().account()).put("cloud", hit.scope().cloud());
                out.println(MAPPER.writeValueAsString(line));
            }
            out.flush();
            return 0;
        });
    }

    private static String kindCodes() {
        StringBuilder s = new StringBuilder();
        for (KindDescriptor<?> k : Kinds.CATALOG.all()) {
            s.append(s.isEmpty() ? "" : ", ").append(k.kind().code());
        }
        return s.toString();
    }
}
