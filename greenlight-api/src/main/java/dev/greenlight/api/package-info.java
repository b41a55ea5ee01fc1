/**
 * Greenlight's library entry point, {@link dev.greenlight.api.Greenlight}.
 *
 * <h2>Public API</h2>
 * Code outside Greenlight may depend on these packages; their types change only with the version:
 * <ul>
 *   <li>{@code dev.greenlight.api}: the facade and its options;</li>
 *   <li>{@code dev.greenlight.config}: {@code GreenlightConfig} and its builder ({@code GreenlightConfig.builder()},
 *       {@code ConfigLoader});</li>
 *   <li>{@code dev.greenlight.checklist}: the results ({@code ChecklistReport}, {@code CheckResult},
 *       {@code Status}, {@code Verdict}) and the extension point {@code Check};</li>
 *   <li>{@code dev.greenlight.checklist.evidence}: the figures, tables and charts a result carries;</li>
 *   <li>{@code dev.greenlight.model}: the extension points {@code ModelProvider} and {@code Model};</li>
 *   <li>{@code dev.greenlight.drift}: {@code DriftReport}, {@code DriftOptions};</li>
 *   <li>{@code dev.greenlight.metrics}: {@code ConfidenceInterval}, {@code Task};</li>
 *   <li>{@code dev.greenlight.error}: the exceptions every bad input is reported with;</li>
 *   <li>{@code dev.greenlight.plugin}: loading plug-in jars.</li>
 * </ul>
 * Every other package is internal: it may change in any release. (A {@code module-info.java} per module will
 * enforce this once the module layout settles; until then this list is the contract.)
 */
package dev.greenlight.api;
