package dev.greenlight.drift;

import dev.greenlight.profile.NumericProfile;
import dev.greenlight.stats.SortedSample;

/** A numeric column known by its profile: moments exact, the distribution from the KLL sketch. */
final class SketchNumeric implements NumericSample {
    private final NumericProfile profile;

    SketchNumeric(NumericProfile profile) {
        this.profile = profile;
    }

    @Override
    public long size() {
        return profile.present();
    }

    @Override
    public double mean() {
        return profile.mean();
    }

    @Override
    public double standardDeviation() {
        return profile.standardDeviation();
    }

    @Override
    public SortedSample sorted() {
        return null;
    }

    @Override
    public double quantile(double p) {
        return profile.quantile(p);
    }

    @Override
    public double shareBelow(double x) {
        return profile.shareBelow(x);
    }

    @Override
    public double[][] weightedValues() {
        return profile.weightedSample();
    }

    @Override
    public double rankError() {
        return profile.rankError();
    }
}
