package dev.greenlight.config;

import java.util.List;
import java.util.Map;

/**
 * The production plan's questions, by the id of the checklist item they belong to. The configuration schema's
 * {@code plan} section lists the same keys (a test keeps the two in step).
 */
public final class PlanQuestions {

    private static final Map<String, List<PlanQuestion>> QUESTIONS = new java.util.LinkedHashMap<>();

    static {
        QUESTIONS.put("ground-truth", List.of(
                q("ground_truth", "source", "How are true labels obtained in production (delayed outcomes, "
                        + "user actions such as clicks, human labelling)?"),
                q("ground_truth", "delay", "How long after a prediction does its label arrive, and what share "
                        + "of predictions ever gets one?"),
                q("ground_truth", "proxy", "If a proxy stands in for the label, how well does it agree with "
                        + "the real label? (answer 'none' if there is no proxy)"),
                q("ground_truth", "human_labels", "If people label data, who labels, and how is their "
                        + "agreement measured? (answer 'none' if there are no human labels)"),
                q("ground_truth", "sample_selection", "Which predictions get labelled (all, a random sample, "
                        + "uncertain cases), and does that choice bias the measured performance?")));
        QUESTIONS.put("integration", List.of(
                q("integration", "mode", "Batch or real time: how and how often are predictions requested?"),
                q("integration", "human_in_the_loop", "Does a person review or override predictions, and "
                        + "when?"),
                q("integration", "feedback", "How do corrections and outcomes flow back to the team?"),
                q("integration", "fallback", "What happens when the model is unavailable, slow or unsure (a "
                        + "rule, a previous model, a person)?"),
                q("integration", "transparency", "What data does a prediction use, and what do users see "
                        + "about why it was made?"),
                q("integration", "cost_of_error", "What does a wrong prediction cost (a false positive against "
                        + "a false negative, or the size of an error)?")));
        QUESTIONS.put("monitoring", List.of(
                q("monitoring", "inputs", "Which input data is watched for abrupt changes and drift, and how "
                        + "often?"),
                q("monitoring", "performance", "How is performance measured in production: on which labels "
                        + "and over which window?"),
                q("monitoring", "thresholds", "Which thresholds raise a warning or an alert on anomalies?"),
                q("monitoring", "alerting", "Who is warned, through which channel, and who acts?"),
                q("monitoring", "retraining", "When is the model retrained or rolled back, and who decides?")));
        QUESTIONS.put("responsible-ai", List.of(
                q("responsible_ai", "fairness", "Is performance comparable across sensitive groups, and how "
                        + "was it checked?"),
                q("responsible_ai", "reliability_and_safety", "How does the system behave on unusual or "
                        + "adversarial inputs, and what harm could a failure cause?"),
                q("responsible_ai", "privacy_and_security", "What personal data does the model use or "
                        + "reveal, and how is it protected?"),
                q("responsible_ai", "inclusiveness", "Who might the model serve badly (languages, devices, "
                        + "accessibility, under-represented groups)?"),
                q("responsible_ai", "transparency", "Can the people affected learn that a model is involved and "
                        + "how it decides?"),
                q("responsible_ai", "accountability", "Who is accountable for the model's decisions and for "
                        + "responding to problems?")));
    }

    private PlanQuestions() {
    }

    private static PlanQuestion q(String section, String key, String question) {
        return new PlanQuestion(section, key, question);
    }

    /** The questions of the checklist item with that id; empty for items answered by data alone. */
    public static List<PlanQuestion> of(String itemId) {
        return QUESTIONS.getOrDefault(itemId, List.of());
    }

    /** All questions, in checklist order. */
    public static List<PlanQuestion> all() {
        return QUESTIONS.values().stream().flatMap(List::stream).toList();
    }
}
