package dev.greenlight.checklist;

/** The nine items of the production-readiness checklist, with their stable ids. */
public enum ChecklistItem {
    BASELINE("baseline", "Baseline",
            "Is there a well-defined baseline, and does the model beat it by a margin that is statistically real?"),
    METRICS_DEFINITION("metrics-definition", "Metrics for training and for scoring",
            "Is performance measured with the same metric, computed the same way, over the same kind of period in "
                    + "training and in production?"),
    BENCHMARK("benchmark", "Benchmarked",
            "Are the metrics known on train and test, with a documented, reproducible split?"),
    GROUND_TRUTH("ground-truth", "Ground truth",
            "Can labels be had in production: how, with what delay, and of what quality?"),
    DATA_DISTRIBUTION("data-distribution", "Data distribution",
            "Do train, test and validation come from one distribution, and can new data be compared with them?"),
    GOALS_AND_LIMITS("goals-and-limits", "Goals and hard limits",
            "Are goals and hard limits set for quality, latency, throughput, resources and cost, and are they met?"),
    INTEGRATION("integration", "Integration",
            "How does the model fit into the product: batch or real time, human in the loop, feedback, fallback, "
                    + "transparency and the cost of a wrong prediction?"),
    MONITORING("monitoring", "Monitoring",
            "Will abrupt changes in inputs and performance be noticed, who is warned, and when is the model "
                    + "retrained?"),
    RESPONSIBLE_AI("responsible-ai", "Responsible AI",
            "Is the model fair across sensitive groups, and are the other Responsible AI principles addressed?");

    private final String id;
    private final String title;
    private final String question;

    ChecklistItem(String id, String title, String question) {
        this.id = id;
        this.title = title;
        this.question = question;
    }

    public String id() {
        return id;
    }

    public CheckInfo info() {
        return new CheckInfo(id, ordinal() + 1, title, question);
    }

    public static ChecklistItem fromId(String id) {
        for (ChecklistItem i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        return null;
    }
}
