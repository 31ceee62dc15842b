package dev.acrconsole.ui.navigation;

import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** One node of the navigation tree, built off the FX thread from cache rows. */
public record NavNode(String id, String key, ResourceKind kind, String name, String badge, List<NavNode> children) {}
