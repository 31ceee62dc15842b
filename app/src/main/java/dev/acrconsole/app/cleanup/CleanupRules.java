package dev.acrconsole.app.cleanup;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.Typed;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a clean-up deletes, as {@code acr purge} reads it: in the repositories {@code repositories} matches (whole
 * name), the tags {@code includeTags} matches and {@code excludeTags} does not, except the newest {@code keepNewest}
 * of them, last updated more than {@code olderThanDays} days ago; and, with {@code deleteUntagged}, the manifests left
 * without a tag. {@code untaggedOnly} touches no tag: only manifests that have none. Locked items are never touched.
 */
public record CleanupRules(Pattern repositories, Pattern includeTags, Pattern excludeTags, int keepNewest,
                           int olderThanDays, boolean deleteUntagged, boolean untaggedOnly) {
    public static final String REPOSITORIES = "repositories";
    public static final String INCLUDE = "include";
    public static final String EXCLUDE = "exclude";
    public static final String KEEP = "keep";
    public static final String DAYS = "days";
    private static final int MAX_DAYS = 36_500;
    private static final int MAX_KEEP = 100_000;

    /** The form's fields as typed. */
    public record Input(String repositories, String include, String exclude, String keep, String days,
                        boolean deleteUntagged, boolean untaggedOnly) {}

    /** What is wrong with what was typed, by field; empty when the rules can be made. */
    public static FieldErrors check(Input in) {
        FieldErrors errors = new FieldErrors();
        regexProblem(in.repositories(), true).ifPresent(p -> errors.add(REPOSITORIES, p));
        regexProblem(in.include(), true).ifPresent(p -> errors.add(INCLUDE, p));
        regexProblem(in.exclude(), false).ifPresent(p -> errors.add(EXCLUDE, p));
        Typed<Integer> keep = Typed.wholeNumber(in.keep(), 0, MAX_KEEP);
        if (!keep.ok()) {
            errors.add(KEEP, keep.problem());
        }
        Typed<Integer> days = Typed.wholeNumber(in.days(), 0, MAX_DAYS);
        if (!days.ok()) {
            errors.add(DAYS, days.problem());
        }
        return errors;
    }

    /** The rules; the input must have passed {@link #check}. */
    public static CleanupRules of(Input in) {
        if (!check(in).isEmpty()) {
            throw new IllegalArgumentException("Clean-up rules with errors: " + check(in));
        }
        String exclude = in.exclude() == null ? "" : in.exclude().strip();
        return new CleanupRules(Pattern.compile(in.repositories().strip()), Pattern.compile(in.include().strip()),
                exclude.isEmpty() ? null : Pattern.compile(exclude), Integer.parseInt(in.keep().strip()),
                Integer.parseInt(in.days().strip()), in.deleteUntagged() || in.untaggedOnly(), in.untaggedOnly());
    }

    private static java.util.Optional<String> regexProblem(String text, boolean required) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return required ? java.util.Optional.of("Type a regular expression (.* for all).") : java.util.Optional.empty();
        }
        try {
            Pattern.compile(t);
            return java.util.Optional.empty();
        } catch (PatternSyntaxException e) {
            return java.util.Optional.of("Not a regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ".");
        }
    }

    boolean selectsRepository(String name) {
        return repositories.matcher(name).matches();
    }

    boolean selectsTag(String tag) {
        return includeTags.matcher(tag).matches() && (excludeTags == null || !excludeTags.matcher(tag).matches());
    }
}
