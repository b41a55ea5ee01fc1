/**
 * Training/serving skew: the same records (joined by id) as the training pipeline and the serving pipeline produced
 * them, compared value by value. {@link dev.greenlight.skew.SkewAnalysis} computes, {@link dev.greenlight.skew.SkewLimits}
 * judges; presenting is the caller's. Unlike drift, which compares two samples' distributions, skew compares each
 * record with itself, so a unit change or a different default shows even when the distributions look alike.
 */
package dev.greenlight.skew;
