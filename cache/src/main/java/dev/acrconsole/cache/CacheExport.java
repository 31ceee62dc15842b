package dev.acrconsole.cache;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes the cached state as JSON: the operations journal, and one object per resource with its ARM fields as ARM names them
 * ({@code id}, {@code name}, {@code type}, {@code properties.loginServer}, ...), plus {@code kind},
 * {@code scope} and {@code fetchedAt}. Resources are streamed, so a large cache is never held whole.
 */
public final class CacheExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CacheExport() {}

    public static void write(ResourceStore store, OperationJournal journal, OutputStream out) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            // A read that fails part-way must not end in a valid document that looks complete: closing leaves it cut.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("exportedAt", Instant.now().toString());
            g.writeArrayFieldStart("resources");
            SecretFilter secrets = store.db().secrets();
            store.forEach(r -> writeResource(g, r, secrets));
            g.writeEndArray();
            g.writeArrayFieldStart("operations");
            for (Operation op : journal.all()) {
                MAPPER.writeTree(g, operation(op, secrets));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] CSV_COLUMNS = {"id", "name", "type", "kind", "account", "cloud", "tenantId",
            "subscriptionId", "resourceGroup", "location", "sku", "provisioningState", "fetchedAt"};

    /** One row per resource with the columns views show (RFC 4180: quoted where needed, CRLF line ends). */
    public static void writeCsv(ResourceStore store, OutputStream out) {
        // Not closed: the caller owns the stream (stdout).
        var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        try {
            w.write(String.join(",", CSV_COLUMNS) + "\r\n");
            store.forEach(r -> {
                try {
                    w.write(String.join(",", java.util.stream.Stream.of(r.id(), r.name(), r.type(), r.kind().code(),
                            r.scope().account(), r.scope().cloud(), r.tenantId(), r.subscriptionId(), r.resourceGroup(),
                            r.location(), r.sku(), r.provisioningState(), r.fetchedAt().toString())
                            .map(CacheExport::csv).toList()) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A journal row as the export shows it; the request body was scrubbed when it was journaled, and is again. */
    private static ObjectNode operation(Operation op, SecretFilter secrets) throws IOException {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("id", op.id());
        out.put("kind", op.kind());
        out.put("title", op.title());
        out.put("targetId", op.targetId());
        out.put("state", op.state().name());
        ObjectNode scope = out.putObject("scope");
        scope.put("account", op.scope().account());
        scope.put("cloud", op.scope().cloud());
        scope.put("tenantId", op.tenantId());
        out.put("method", op.method());
        out.put("path", op.path());
        if (op.requestBody() != null) {
            out.set("requestBody", MAPPER.readTree(secrets.scrub(op.requestBody())));
        }
        out.put("polls", op.polls());
        out.put("throttled", op.throttled());
        if (op.errorCode() != null) {
            ObjectNode error = out.putObject("error");
            error.put("code", op.errorCode());
            error.put("message", op.errorMessage());
        }
        out.put("createdAt", op.createdAt().toString());
        out.put("finishedAt", op.finishedAt() == null ? null : op.finishedAt().toString());
        if (op.unansweredSince() != null) {
            out.put("unansweredSince", op.unansweredSince().toString()); // for a Lost one: when contact was lost
        }
        out.put("dismissed", op.dismissed());
        return out;
    }

    private static void writeResource(JsonGenerator g, CachedResource r, SecretFilter secrets) {
        try {
            ObjectNode out = MAPPER.createObjectNode();
            out.put("id", r.id());
            out.put("name", r.name());
            out.put("type", r.type());
            out.put("kind", r.kind().code());
            ObjectNode scope = out.putObject("scope");
            scope.put("account", r.scope().account());
            scope.put("cloud", r.scope().cloud());
            scope.put("tenantId", r.tenantId());
            scope.put("subscriptionId", r.subscriptionId());
            scope.put("resourceGroup", r.resourceGroup());
            out.put("fetchedAt", r.fetchedAt().toString());
            // The ARM fields follow; ours above win on a clash. The JSON was scrubbed on the way in,
            // and is scrubbed again here so an export can never carry a secret.
            JsonNode arm = MAPPER.readTree(secrets.scrub(r.json()));
            Iterator<Map.Entry<String, JsonNode>> fields = arm.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!out.has(f.getKey())) {
                    out.set(f.getKey(), f.getValue());
                }
            }
            MAPPER.writeTree(g, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
