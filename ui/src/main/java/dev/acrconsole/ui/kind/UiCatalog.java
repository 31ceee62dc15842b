package dev.acrconsole.ui.kind;

import dev.acrconsole.cache.ResourceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The window's descriptors of the kinds, by kind: what the tree, the pages and the menus look kinds up in. Made once by
 * the window's kind registry. A kind it does not know (a newer version's, in an old cache) gets a plain badge and the
 * standard page with no actions.
 */
public final class UiCatalog {
    private final List<UiKind> all;
    private final Map<ResourceKind, UiKind> byKind = new LinkedHashMap<>();

    public UiCatalog(List<UiKind> kinds) {
        this.all = List.copyOf(kinds);
        for (UiKind k : all) {
            if (byKind.put(k.kind(), k) != null) {
                throw new IllegalArgumentException("Two window descriptors for the kind " + k.kind());
            }
        }
    }

    public List<UiKind> all() {
        return all;
    }

    public boolean knows(ResourceKind kind) {
        return byKind.containsKey(kind);
    }

    public UiKind of(ResourceKind kind) {
        UiKind k = byKind.get(kind);
        if (k != null) {
            return k; // the tree asks for every folder of every registry at each build: nothing made on this path
        }
        String code = kind.code().toUpperCase(Locale.ROOT);
        return new UiKind(kind, code.length() <= 3 ? code : code.substring(0, 3), "#6b6b6b") { };
    }

    /**
     * The badges' colours as a stylesheet for the scene ({@code .kind-<code>}, the style class cells carry): each
     * kind's colour lives in its descriptor, and a cell changes a style class, not an inline style, as it is reused.
     */
    public String stylesheet() {
        StringBuilder css = new StringBuilder();
        for (UiKind k : all) {
            css.append(".kind-").append(k.kind().code()).append(" { -fx-background-color: ").append(k.colour()).append("; }\n");
        }
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                css.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
