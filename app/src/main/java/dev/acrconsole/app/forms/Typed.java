package dev.acrconsole.app.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A value read from what was typed into a field: the field keeps its text as typed, and a text that does not read as
 * the field's kind of value gives a message for beside the field instead of a value (ADR 0016). Never a value made up
 * from text that did not read: a day dropped for "no expiry" sends a password that never expires.
 *
 * @param value what the text reads as; null for an empty optional field or a text that does not read
 * @param problem what is wrong with the text, in words that say what to type; null when it reads
 */
public record Typed<T>(T value, String problem) {
    /** Year-month-day, with or without leading zeros, and only days that exist (no 2027-02-30). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    public boolean ok() {
        return problem == null;
    }

    /** An optional day as year-month-day: empty text is no day. */
    public static Typed<LocalDate> day(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Typed<>(null, null);
        }
        try {
            return new Typed<>(LocalDate.parse(t, DAY), null);
        } catch (DateTimeParseException e) {
            return new Typed<>(null, "'" + t + "' is not a day: type it as year-month-day (YYYY-MM-DD), or pick it.");
        }
    }

    /** A whole number from {@code min} to {@code max}; empty text is refused too. */
    public static Typed<Integer> wholeNumber(String text, int min, int max) {
        String t = text == null ? "" : text.strip();
        String range = "Type a whole number from " + min + " to " + max + ".";
        if (t.isEmpty()) {
            return new Typed<>(null, range);
        }
        int n;
        try {
            n = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return new Typed<>(null, (t.matches("[-+]?\\d+") ? t + " is out of range. " : "'" + t + "' is not a whole number. ") + range);
        }
        if (n < min || n > max) {
            return new Typed<>(null, n + " is out of range. " + range);
        }
        return new Typed<>(n, null);
    }
}
