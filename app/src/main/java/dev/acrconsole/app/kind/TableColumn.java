package dev.acrconsole.app.kind;

import java.util.function.Function;

/** One column of a resource table: its header and how a row fills it (already formatted, from its typed details). */
public record TableColumn(String header, Function<Row, String> value) {}
