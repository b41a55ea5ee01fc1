/**
 * Human labels: how far raters agree ({@link dev.greenlight.labels.RaterAgreement}) and which rows to send to
 * labelling when only some can be ({@link dev.greenlight.labels.LabelSelection}). The statistics themselves (Cohen's,
 * Fleiss' and Randolph's kappa, Krippendorff's alpha) live in {@code dev.greenlight.metrics}; this package applies
 * them to a table of ratings.
 */
package dev.greenlight.labels;
