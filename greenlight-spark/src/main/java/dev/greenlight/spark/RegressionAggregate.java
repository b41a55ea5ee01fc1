package dev.greenlight.spark;

import dev.greenlight.metrics.RegressionErrors.Residual;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.table.ColumnType;

import java.io.Serializable;
import java.util.List;

/**
 * The mergeable summary of a regressor's errors on a part of the data: the sum of each per-row loss of
 * {@link Residual} (so MSE, MAE, MAPE and sMAPE are their means), the largest absolute error, the mean and sum of
 * squared deviations of {@code y} and of {@code y - yhat} (Welford; merged by Chan, Golub and LeVeque 1979) for R²
 * and explained variance, and a KLL sketch of the absolute errors for the median absolute error. Rows with a
 * missing target or prediction are counted apart and left out.
 */
final class RegressionAggregate implements Serializable {
    static final String ABSOLUTE_ERRORS = "absolute_error";

    long rows;
    long missing;
    final double[] lossSums = new double[Residual.values().length];
    double maxError;
    final Moments y = new Moments();
    final Moments residual = new Moments();
    byte[] errorSketch;

    static RegressionAggregate ofPartition(java.util.Iterator<org.apache.spark.sql.Row> rows) {
        RegressionAggregate a = new RegressionAggregate();
        NumericProfile errors = new NumericProfile(ABSOLUTE_ERRORS, ColumnType.NUMERIC);
        while (rows.hasNext()) {
            org.apache.spark.sql.Row r = rows.next();
            double t = r.isNullAt(0) ? Double.NaN : r.getDouble(0);
            double p = r.isNullAt(1) ? Double.NaN : r.getDouble(1);
            if (Double.isNaN(t) || Double.isNaN(p)) {
                a.missing++;
                continue;
            }
            a.rows++;
            for (Residual loss : Residual.values()) {
                a.lossSums[loss.ordinal()] += loss.of(t, p);
            }
            double e = Math.abs(t - p);
            a.maxError = Math.max(a.maxError, e);
            a.y.add(t);
            a.residual.add(t - p);
            errors.update(e);
        }
        a.errorSketch = ProfileFile.toBytes(new DatasetProfile("errors", a.rows, List.<ColumnProfile>of(errors)));
        return a;
    }

    static RegressionAggregate merge(RegressionAggregate a, RegressionAggregate b) {
        RegressionAggregate m = new RegressionAggregate();
        m.rows = a.rows + b.rows;
        m.missing = a.missing + b.missing;
        for (int i = 0; i < m.lossSums.length; i++) {
            m.lossSums[i] = a.lossSums[i] + b.lossSums[i];
        }
        m.maxError = Math.max(a.maxError, b.maxError);
        m.y.merge(a.y).merge(b.y);
        m.residual.merge(a.residual).merge(b.residual);
        m.errorSketch = PartitionProfiles.merge(a.errorSketch, b.errorSketch);
        return m;
    }

    NumericProfile errors() {
        return (NumericProfile) ProfileFile.fromBytes(errorSketch, "the error sketch").column(ABSOLUTE_ERRORS);
    }

    /** Count, mean and sum of squared deviations from the mean of a stream of values. */
    static final class Moments implements Serializable {
        long n;
        double mean;
        double m2;

        void add(double v) {
            n++;
            double delta = v - mean;
            mean += delta / n;
            m2 += delta * (v - mean);
        }

        /** Chan, Golub and LeVeque's pairwise update; returns this. */
        Moments merge(Moments o) {
            if (o.n == 0) {
                return this;
            }
            long total = n + o.n;
            double delta = o.mean - mean;
            mean = n == 0 ? o.mean : mean + delta * o.n / total;
            m2 = m2 + o.m2 + delta * delta * ((double) n * o.n / total);
            n = total;
            return this;
        }
    }
}
