package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} of ARM's generic resource lists, as Resources_List documents it: {@code eq} and {@code ne} on
 * location, resourceType, name and resourceGroup, {@code substringof('text', name|resourceGroup)}, and
 * {@code tagName eq 'k' and tagValue eq 'v'}; conditions joined by {@code and}, alternatives by {@code or} (no
 * parentheses). Comparisons ignore case, as ARM's do. Anything else is refused (400 InvalidFilter).
 */
final class ResourceFilter {

    private static final Pattern COMPARISON = Pattern.compile("(?i)\\s*(location|resourceType|name|resourceGroup|tagName|tagValue)"
            + "\\s+(eq|ne)\\s+'((?:[^']|'')*)'\\s*");
    private static final Pattern SUBSTRING = Pattern.compile("(?i)\\s*substringof\\(\\s*'((?:[^']|'')*)'\\s*,\\s*(name|resourceGroup)\\s*\\)\\s*");

    private ResourceFilter() {
    }

    static Predicate<JsonNode> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return r -> true;
        }
        Predicate<JsonNode> any = r -> false;
        for (String alternative : filter.split("(?i)\\s+or\\s+")) {
            any = any.or(conjunction(filter, alternative));
        }
        return any;
    }

    private static Predicate<JsonNode> conjunction(String filter, String text) {
        List<Predicate<JsonNode>> all = new ArrayList<>();
        String tagName = null;
        String tagValue = null;
        for (String condition : text.split("(?i)\\s+and\\s+")) {
            Matcher c = COMPARISON.matcher(condition);
            Matcher s = SUBSTRING.matcher(condition);
            if (c.matches()) {
                String field = c.group(1).toLowerCase(Locale.ROOT);
                String value = c.group(3).replace("''", "'");
                boolean eq = c.group(2).equalsIgnoreCase("eq");
                switch (field) {
                    case "tagname" -> tagName = value;
                    case "tagvalue" -> tagValue = value;
                    default -> all.add(r -> value.equalsIgnoreCase(field(r, field)) == eq);
                }
            } else if (s.matches()) {
                String part = s.group(1).replace("''", "'").toLowerCase(Locale.ROOT);
                String field = s.group(2).toLowerCase(Locale.ROOT);
                all.add(r -> field(r, field).toLowerCase(Locale.ROOT).contains(part));
            } else {
                throw new ArmException(400, "InvalidFilter", "The $filter '" + filter + "' is not valid: use eq or ne on "
                        + "location, resourceType, name or resourceGroup, substringof('text', name), or tagName eq 'k' and "
                        + "tagValue eq 'v', joined by and / or.");
            }
        }
        String name = tagName;
        String value = tagValue;
        if (name != null || value != null) {
            all.add(r -> {
                for (var tag : r.path("tags").properties()) {
                    if ((name == null || tag.getKey().equalsIgnoreCase(name))
                            && (value == null || tag.getValue().asText().equalsIgnoreCase(value))) {
                        return true;
                    }
                }
                return false;
            });
        }
        return r -> all.stream().allMatch(p -> p.test(r));
    }

    private static String field(JsonNode resource, String field) {
        return switch (field) {
            case "location" -> resource.path("location").asText();
            case "resourcetype" -> resource.path("type").asText();
            case "name" -> resource.path("name").asText();
            default -> ArmPaths.segment(resource.path("id").asText(), "resourceGroups");
        };
    }
}
