package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code $filter} of Runs_List, as ACR documents it: OData comparisons ({@code eq ne gt ge lt le}) of run fields
 * with quoted strings, date-times or numbers, the string function {@code contains(Field, 'text')}, and {@code and} /
 * {@code or} with parentheses. Arithmetic and {@code not}, {@code has}, {@code all} are refused, as ACR refuses them.
 */
final class RunFilter {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("runid", "runId"), Map.entry("status", "status"), Map.entry("taskname", "task"),
            Map.entry("runtype", "runType"), Map.entry("createtime", "createTime"), Map.entry("starttime", "startTime"),
            Map.entry("finishtime", "finishTime"), Map.entry("agentpoolname", "agentPoolName"),
            Map.entry("isarchiveenabled", "isArchiveEnabled"), Map.entry("outputimagemanifests", "outputImages"));

    private final String text;
    private final List<String> tokens;
    private int at;

    private RunFilter(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /** A predicate over a run's JSON; everything matches an empty filter. ARM's 400 when it cannot be read. */
    static Predicate<JsonNode> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return r -> true;
        }
        RunFilter f = new RunFilter(filter);
        Predicate<JsonNode> p = f.or();
        if (f.at < f.tokens.size()) {
            throw f.invalid("unexpected '" + f.tokens.get(f.at) + "'");
        }
        return p;
    }

    private Predicate<JsonNode> or() {
        Predicate<JsonNode> left = and();
        while (peek("or")) {
            at++;
            left = left.or(and());
        }
        return left;
    }

    private Predicate<JsonNode> and() {
        Predicate<JsonNode> left = term();
        while (peek("and")) {
            at++;
            left = left.and(term());
        }
        return left;
    }

    private Predicate<JsonNode> term() {
        String t = next();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.equals("(")) {
            Predicate<JsonNode> inner = or();
            expect(")");
            return inner;
        }
        if (lower.equals("not") || lower.equals("has") || lower.equals("all")) {
            throw invalid("the operator '" + t + "' is not supported");
        }
        if (lower.equals("contains")) {
            expect("(");
            String field = field(next());
            expect(",");
            String value = literal(next());
            expect(")");
            String needle = value.toLowerCase(Locale.ROOT);
            return r -> value(r, field).toLowerCase(Locale.ROOT).contains(needle);
        }
        String field = field(t);
        String op = next().toLowerCase(Locale.ROOT);
        if (!java.util.Set.of("eq", "ne", "gt", "ge", "lt", "le").contains(op)) {
            throw invalid("the operator '" + op + "' is not supported; use eq, ne, gt, ge, lt or le");
        }
        String value = literal(next());
        return comparison(field, op, value);
    }

    private Predicate<JsonNode> comparison(String field, String op, String value) {
        boolean time = field.endsWith("Time");
        Instant wanted = time ? instant(value) : null;
        return r -> {
            String actual = value(r, field);
            int c;
            if (time) {
                if (actual.isEmpty()) {
                    return op.equals("ne");
                }
                c = instant(actual).compareTo(wanted);
            } else {
                c = actual.compareToIgnoreCase(value);
            }
            return switch (op) {
                case "eq" -> c == 0;
                case "ne" -> c != 0;
                case "gt" -> c > 0;
                case "ge" -> c >= 0;
                case "lt" -> c < 0;
                case "le" -> c <= 0;
                default -> c <= 0;
            };
        };
    }

    private static String value(JsonNode run, String field) {
        JsonNode p = run.path("properties");
        if (field.equals("outputImages")) {
            StringBuilder s = new StringBuilder();
            p.path("outputImages").forEach(i -> s.append(i.path("repository").asText()).append(':')
                    .append(i.path("tag").asText()).append('@').append(i.path("digest").asText()).append(' '));
            return s.toString();
        }
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private String field(String token) {
        String f = FIELDS.get(token.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw invalid("unknown field '" + token + "'; filterable fields are RunId, Status, TaskName, RunType, "
                    + "CreateTime, StartTime, FinishTime, AgentPoolName, IsArchiveEnabled, OutputImageManifests");
        }
        return f;
    }

    private String literal(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        if (token.matches("[-+:.0-9TZtz]+|true|false")) {
            return token;
        }
        throw invalid("'" + token + "' is not a value; quote strings with single quotes");
    }

    private Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            throw invalid("'" + value + "' is not a date-time such as 2025-08-01T00:00:00Z");
        }
    }

    private boolean peek(String word) {
        return at < tokens.size() && tokens.get(at).equalsIgnoreCase(word);
    }

    private String next() {
        if (at >= tokens.size()) {
            throw invalid("it ends too early");
        }
        return tokens.get(at++);
    }

    private void expect(String token) {
        if (!next().equals(token)) {
            throw invalid("'" + token + "' expected");
        }
    }

    private ArmException invalid(String why) {
        return new ArmException(400, "InvalidFilter", "The $filter '" + text + "' is not valid: " + why + ".");
    }

    private List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '\'') {
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) {
                        throw invalid("a quoted string is not closed");
                    }
                    if (s.charAt(j) == '\'' && (j + 1 >= s.length() || s.charAt(j + 1) != '\'')) {
                        break;
                    }
                    j += s.charAt(j) == '\'' ? 2 : 1;
                }
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "(),'".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                String word = s.substring(i, j);
                if (word.matches(".*[*/%].*") || word.equalsIgnoreCase("add") || word.equalsIgnoreCase("sub")
                        || word.equalsIgnoreCase("mul") || word.equalsIgnoreCase("div") || word.equalsIgnoreCase("mod")) {
                    throw invalid("arithmetic operators are not supported");
                }
                out.add(word);
                i = j;
            }
        }
        return out;
    }
}
