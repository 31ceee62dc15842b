package dev.acrconsole.app.runlogs;

import java.util.ArrayList;
import java.util.List;

/**
 * ANSI escape codes in build output: SGR colour and weight ({@code ESC[...m}) become styled segments; every other
 * escape sequence is dropped, as a terminal would not print it.
 */
public final class Ansi {
    /** A run of text in one style; {@code color} is a name of the 16 ANSI colours ("red", "bright-blue"), or null. */
    public record Segment(String text, String color, boolean bold) {}

    private static final String[] NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

    private Ansi() {}

    public static List<Segment> parse(String line) {
        List<Segment> out = new ArrayList<>();
        String color = null;
        boolean bold = false;
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != 0x1b) {
                text.append(c);
                i++;
                continue;
            }
            int end = sequenceEnd(line, i);
            if (line.charAt(end - 1) == 'm' && end > i + 1 && line.charAt(i + 1) == '[') {
                if (!text.isEmpty()) {
                    out.add(new Segment(text.toString(), color, bold));
                    text.setLength(0);
                }
                for (String code : line.substring(i + 2, end - 1).split(";", -1)) {
                    int n = code.isEmpty() ? 0 : number(code);
                    if (n == 0) {
                        color = null;
                        bold = false;
                    } else if (n == 1) {
                        bold = true;
                    } else if (n == 22) {
                        bold = false;
                    } else if (n >= 30 && n <= 37) {
                        color = NAMES[n - 30];
                    } else if (n >= 90 && n <= 97) {
                        color = "bright-" + NAMES[n - 90];
                    } else if (n == 39) {
                        color = null;
                    }
                }
            }
            i = end;
        }
        if (!text.isEmpty() || out.isEmpty()) {
            out.add(new Segment(text.toString(), color, bold));
        }
        return out;
    }

    /** The text without any escape sequence. */
    public static String strip(String line) {
        if (line.indexOf(0x1b) < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (Segment s : parse(line)) {
            out.append(s.text());
        }
        return out.toString();
    }

    /** One past the end of the escape sequence starting at {@code i}: CSI ({@code ESC[ ... final}) or ESC + one char. */
    private static int sequenceEnd(String line, int i) {
        if (i + 1 >= line.length()) {
            return line.length();
        }
        if (line.charAt(i + 1) != '[') {
            return i + 2;
        }
        int j = i + 2;
        while (j < line.length() && (line.charAt(j) < 0x40 || line.charAt(j) > 0x7e)) {
            j++;
        }
        return Math.min(line.length(), j + 1);
    }

    private static int number(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
