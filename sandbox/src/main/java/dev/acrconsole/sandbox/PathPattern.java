package dev.acrconsole.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path template like {@code /subscriptions/{subscriptionId}/resourceGroups}, matched ignoring case as ARM does. */
final class PathPattern {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String template;
    private final Pattern regex;
    private final List<String> names = new ArrayList<>();

    PathPattern(String template) {
        this.template = template;
        StringBuilder re = new StringBuilder();
        for (String segment : template.substring(1).split("/")) {
            Matcher v = VARIABLE.matcher(segment);
            re.append('/');
            if (v.matches()) {
                names.add(v.group(1));
                re.append("([^/]+)");
            } else {
                re.append(Pattern.quote(segment));
            }
        }
        this.regex = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The placeholder values if {@code path} fits this template. */
    Optional<Map<String, String>> match(String path) {
        Matcher m = regex.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return Optional.of(values);
    }

    @Override
    public String toString() {
        return template;
    }
}
