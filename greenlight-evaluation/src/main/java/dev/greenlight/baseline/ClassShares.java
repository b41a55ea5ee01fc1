package dev.greenlight.baseline;

/** The (weighted) share of each class among the training labels. */
final class ClassShares {
    private final double[] mass;
    private final double total;

    private ClassShares(double[] mass, double total) {
        this.mass = mass;
        this.total = total;
    }

    static ClassShares of(TrainingTruth train, int classes) {
        double[] mass = new double[classes];
        double total = 0;
        for (int i = 0; i < train.size(); i++) {
            mass[train.classes()[i]] += train.weight(i);
            total += train.weight(i);
        }
        return new ClassShares(mass, total);
    }

    double share(int k) {
        return mass[k] / total;
    }

    int classes() {
        return mass.length;
    }

    /** The class of largest share; ties go to the first in label order, as numpy's argmax does. */
    int majority() {
        return dev.greenlight.metrics.PredictedClass.argmax(mass);
    }

    /** Every class's share. */
    double[] shares() {
        double[] out = new double[mass.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = share(k);
        }
        return out;
    }
}
