package dev.greenlight.checklist;

import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a check's measuring step records for the report beside the figures its conditions read: evidence, tables,
 * charts, findings in plain words, the plan questions left open, and the comparisons it could not make. A
 * comparison that did not run is judged WARN by {@link MeasuredCheck}, whatever the conditions say, so a check that
 * did not run never passes.
 */
public final class Measurements {
    private final List<Evidence> evidence = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final List<EvidenceTable> tables = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private final List<OpenQuestion> openQuestions = new ArrayList<>();
    private final List<String> notRun = new ArrayList<>();
    private String notApplicable;
    private String recommendation;

    /** Adds a figure; its id must be new within the check. */
    public Measurements evidence(Evidence e) {
        if (!ids.add(e.id())) {
            throw new IllegalStateException("two figures share the evidence id '" + e.id() + "'");
        }
        evidence.add(e);
        return this;
    }

    public Measurements table(EvidenceTable t) {
        tables.add(t);
        return this;
    }

    public Measurements chart(Chart c) {
        charts.add(c);
        return this;
    }

    public Measurements finding(String f) {
        findings.add(f);
        return this;
    }

    public Measurements openQuestion(OpenQuestion q) {
        openQuestions.add(q);
        return this;
    }

    /**
     * A comparison or computation the item needs that could not be made, e.g. "train vs test: not compared
     * (column 'x' has no value in train)". The item WARNs with this reason in its summary.
     */
    public Measurements notRun(String what) {
        notRun.add(what);
        return this;
    }

    /**
     * What to do about what the measurement found, when a condition does not hold and the check has no advice of
     * its own (an analysis that found training/serving skew knows best how to fix it).
     */
    public Measurements recommend(String advice) {
        recommendation = advice;
        return this;
    }

    /** The measurement's advice, or null. */
    public String recommendation() {
        return recommendation;
    }

    /** The item does not apply to this configuration or data, for this reason. */
    public Measurements notApplicable(String reason) {
        notApplicable = reason;
        return this;
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public List<EvidenceTable> tables() {
        return List.copyOf(tables);
    }

    public List<Chart> charts() {
        return List.copyOf(charts);
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public List<OpenQuestion> openQuestions() {
        return List.copyOf(openQuestions);
    }

    public List<String> notRun() {
        return List.copyOf(notRun);
    }

    /** Why the item does not apply, or null when it does. */
    public String notApplicableReason() {
        return notApplicable;
    }
}
