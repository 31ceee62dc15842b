package dev.acrconsole.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The app's CSS (and inline styles in its code) names no colour of its own: only the theme's looked-up colours
 * ({@code -color-fg-default}, {@code -color-danger-fg}...), so the dark theme reads as well as the light one.
 */
class NoHardCodedColoursTest {
    /** What may stay, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "transparent", "no colour at all: lets the panel behind show through, in any theme");
    private static final Pattern FUNCTION = Pattern.compile("(?i)\\b(rgba?|hsla?|hsb|hsba)\\s*\\(");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");
    private static final Pattern WORD = Pattern.compile("(?<![-\\w])[a-zA-Z]+(?![-\\w])");
    /** JavaFX's named colours (white, red, lightgray...), from the Color class itself. */
    private static final Set<String> NAMED = Stream.of(Color.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Color.class)
            .map(Field::getName).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    @Test
    void theStylesheetsUseOnlyTheThemesColours() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Path sheet : sheets) {
            String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            // Only declarations' values: selectors (.state-offline) and property names say no colour.
            Matcher decl = Pattern.compile("[-\\w]+\\s*:\\s*([^;{}]*)").matcher(css);
            while (decl.find()) {
                colours(decl.group(1)).forEach(c -> found.add(sheet.getFileName() + ": " + c + " in \"" + decl.group().strip() + "\""));
            }
        }
        assertThat(found).as("hard-coded colours in the CSS (use the theme's -color-... instead)").isEmpty();
    }

    @Test
    void inlineStylesInTheCodeUseOnlyTheThemesColours() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source)) {
                    // An inline style is a string with a -fx- property in it; a colour may also be built into one.
                    Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(line);
                    while (literal.find()) {
                        String text = literal.group(1);
                        int colon = text.indexOf(':');
                        List<String> in = text.contains("-fx-") ? colours(colon < 0 ? "" : text.substring(colon + 1))
                                : HEX.matcher(text).matches() && !kindBadge(source, line) ? List.of(text) : List.of();
                        in.forEach(c -> found.add(source.getFileName() + ": " + c + " in " + line.strip()));
                    }
                }
            }
        }
        assertThat(found).as("hard-coded colours in inline styles").isEmpty();
    }

    /**
     * A kind's badge colour, in its descriptor ({@code super(KIND, "ACR", "#0078d4")}) or the catalog's default for an
     * unknown kind: each kind's own colour under white text, which reads the same on a light or a dark page.
     */
    private static boolean kindBadge(Path source, String line) {
        String file = source.getFileName().toString();
        return file.endsWith("Ui.java") && line.contains("super(") || file.equals("UiCatalog.java");
    }

    @Test
    void theCheckSeesEveryFormOfAColour() {
        assertThat(colours("#a4262c")).containsExactly("#a4262c");
        assertThat(colours("rgba(0,0,0,0.35)")).isNotEmpty();
        assertThat(colours("white")).containsExactly("white");
        assertThat(colours("dropshadow(gaussian, -color-shadow-default, 10, 0, 0, 2)")).isEmpty();
        assertThat(colours("-color-danger-fg")).isEmpty();
        assertThat(colours("transparent")).isEmpty();
    }

    private static List<String> colours(String value) {
        List<String> out = new ArrayList<>();
        Matcher m = HEX.matcher(value);
        while (m.find()) {
            out.add(m.group());
        }
        m = FUNCTION.matcher(value);
        while (m.find()) {
            out.add(m.group());
        }
        m = WORD.matcher(value);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (NAMED.contains(w) && !ALLOWED.containsKey(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
