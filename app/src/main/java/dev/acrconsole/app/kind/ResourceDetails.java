package dev.acrconsole.app.kind;

import java.time.Instant;
import java.util.List;

/** What a detail pane shows for any cached resource: a title, what it is, fields, and when it was fetched. */
public record ResourceDetails(String title, String kindLabel, List<DetailField> fields, Instant fetchedAt) {}
