/**
 * Plug-ins: jars that add {@code ModelProvider}s and {@code Check}s at run time ({@code --plugin},
 * {@code plugins:}). Public API: {@link dev.greenlight.plugin.Plugins}.
 */
package dev.greenlight.plugin;
