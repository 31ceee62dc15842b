package dev.acrconsole.app.model;

import dev.acrconsole.cache.CachedResource;
import java.util.function.Function;

/** One column of a resource table: its header and how a cached row fills it (already formatted). */
public record TableColumn(String header, Function<CachedResource, String> value) {}
