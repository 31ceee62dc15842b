package dev.acrconsole.app.kind;

/** One labelled value in a detail pane; {@code value} is already formatted for display. */
public record DetailField(String label, String value) {}
