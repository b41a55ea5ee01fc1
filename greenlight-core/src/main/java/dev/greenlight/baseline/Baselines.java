package dev.greenlight.baseline;

import dev.greenlight.metrics.Task;

import java.util.List;

/** The baselines Greenlight trains for a task. */
public final class Baselines {
    private static final List<Baseline> ALL = List.of(new MostFrequentClass(), new TrainMean(), new TrainMedian());

    private Baselines() {
    }

    public static List<Baseline> forTask(Task task) {
        return ALL.stream().filter(b -> b.appliesTo(task)).toList();
    }
}
