/**
 * Two-sample statistics behind Greenlight's data-drift checks: hypothesis tests (Kolmogorov-Smirnov,
 * chi-square on contingency tables, Anderson-Darling k-sample, t-tests, Cramér-von Mises,
 * two-proportion z), distances (Wasserstein, Jensen-Shannon), the population stability index, effect sizes
 * and multiple-testing corrections.
 *
 * <p>Conventions shared by every class:
 * <ul>
 *   <li>Inputs are primitive arrays. {@code NaN} marks a missing value: it is excluded, and results carry
 *       the number of values actually used ({@code n1}, {@code n2}, ...). The caller's arrays are never
 *       modified.</li>
 *   <li>A sample that is {@code null}, or empty once missing values are removed, is rejected with an
 *       {@link dev.greenlight.error.InvalidDataException} whose message names the sample.</li>
 *   <li>Results are immutable records that keep the statistic, the p-value and the method actually used apart
 *       from any threshold or decision, in the style of Apache DataSketches' {@code KolmogorovSmirnov}:
 *       deciding is the caller's job.</li>
 *   <li>Definitions follow scipy 1.10 ({@code scipy.stats}) so that results can be checked against it; each
 *       class cites the published method it implements.</li>
 * </ul>
 */
package dev.greenlight.stats;
