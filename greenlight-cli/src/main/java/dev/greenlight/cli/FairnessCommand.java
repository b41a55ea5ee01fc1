package dev.greenlight.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.fairness.Disparities;
import dev.greenlight.fairness.FairnessAssessment;
import dev.greenlight.fairness.GroupRates;
import dev.greenlight.fairness.Rate;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.report.json.CliJson;
import dev.greenlight.slices.SliceLabels;
import dev.greenlight.text.Figures;
import dev.greenlight.text.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code greenlight fairness}: rates per group and Fairlearn's disparities for each sensitive attribute. */
@Command(name = "fairness", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Per group of each sensitive attribute (numbers in quartile bins) and of their intersection: "
                + "selection rate, true and false positive rates, precision and accuracy with Wilson intervals, and "
                + "Fairlearn's demographic parity, equalized odds and equal opportunity differences and the "
                + "disparate impact ratio (binary); mean error and MAE per group (regression). See docs/fairness.md.")
final class FairnessCommand implements Callable<Integer> {
    static final int BINS = 4;

    @CommandLine.Mixin
    OutcomeOptions data;

    @Option(names = "--sensitive", required = true, paramLabel = "COLUMN", description = "A sensitive attribute "
            + "(repeatable).")
    List<String> sensitive = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutcomeOptions.Read read = data.read(spec);
        if (read.outcomes() instanceof ClassificationOutcomes c && !c.isBinary()) {
            throw OutcomeOptions.usage(spec, "fairness rates need a binary or regression task (got multiclass)");
        }
        var table = read.table();
        int[] rows = IntStream.range(0, table.rowCount()).toArray();
        List<String[]> labels = new ArrayList<>();
        List<FairnessAssessment> assessments = new ArrayList<>();
        for (String s : sensitive) {
            if (!table.has(s)) {
                throw OutcomeOptions.usage(spec, "--sensitive: no column '" + s + "' in " + read.file().fileName()
                        + Suggestions.didYouMean(s, table.columnNames()));
            }
            String[] l = SliceLabels.of(table.column(s), rows, BINS);
            labels.add(l);
            assessments.add(FairnessAssessment.of(s, read.outcomes(), SliceLabels.groups(l)));
        }
        if (sensitive.size() > 1) {
            assessments.add(FairnessAssessment.of(String.join(" × ", sensitive), read.outcomes(),
                    FairnessAssessment.intersect(sensitive, labels)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? json(read.task().key(), table.rowCount(), assessments)
                : table(assessments));
        out.flush();
        return ExitCode.OK;
    }

    static String json(String task, int n, List<FairnessAssessment> assessments) {
        ObjectNode root = CliJson.object();
        root.put("task", task);
        root.put("n", n);
        ArrayNode list = root.putArray("attributes");
        for (FairnessAssessment a : assessments) {
            ObjectNode o = list.addObject();
            o.put("attribute", a.attribute());
            ArrayNode groups = o.putArray("groups");
            for (GroupRates g : a.rates()) {
                ObjectNode r = groups.addObject();
                r.put("group", g.group());
                r.put("n", g.n());
                rate(r, "selection_rate", g.selectionRate());
                rate(r, "true_positive_rate", g.truePositiveRate());
                rate(r, "false_positive_rate", g.falsePositiveRate());
                rate(r, "precision", g.precision());
                rate(r, "accuracy", g.accuracy());
            }
            for (FairnessAssessment.GroupErrors e : a.errors()) {
                ObjectNode r = groups.addObject();
                r.put("group", e.group());
                r.put("n", e.n());
                number(r, "mean_error", e.meanError());
                number(r, "mae", e.mae());
            }
            ObjectNode d = o.putObject("disparities");
            Disparities x = a.disparities();
            if (x != null) {
                number(d, "demographic_parity_difference", x.demographicParityDifference());
                number(d, "demographic_parity_ratio", x.demographicParityRatio());
                number(d, "equalized_odds_difference", x.equalizedOddsDifference());
                number(d, "equalized_odds_ratio", x.equalizedOddsRatio());
                number(d, "equal_opportunity_difference", x.equalOpportunityDifference());
                number(d, "equal_opportunity_ratio", x.equalOpportunityRatio());
                number(d, "disparate_impact_ratio", x.disparateImpactRatio());
                d.put("four_fifths_rule_met", x.passesFourFifths());
            } else {
                number(d, "mae_gap", a.maeGap());
            }
        }
        return CliJson.write(root);
    }

    private static void rate(ObjectNode parent, String name, Rate r) {
        ObjectNode o = parent.putObject(name);
        number(o, "value", r.value());
        number(o, "ci_low", r.low());
        number(o, "ci_high", r.high());
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    private static String table(List<FairnessAssessment> assessments) {
        StringBuilder b = new StringBuilder();
        for (FairnessAssessment a : assessments) {
            b.append(a.attribute()).append('\n');
            for (GroupRates g : a.rates()) {
                b.append(String.format("  %-28s n=%-7d selection %-7s TPR %-7s FPR %-7s accuracy %s%n", g.group(),
                        g.n(), f(g.selectionRate()), f(g.truePositiveRate()), f(g.falsePositiveRate()),
                        f(g.accuracy())));
            }
            for (FairnessAssessment.GroupErrors e : a.errors()) {
                b.append(String.format("  %-28s n=%-7d mean error %-9s MAE %s%n", e.group(), e.n(),
                        Figures.format(e.meanError()), Figures.format(e.mae())));
            }
            Disparities d = a.disparities();
            if (d != null) {
                b.append("  demographic parity difference ").append(Figures.format(d.demographicParityDifference()))
                        .append(", disparate impact ratio ").append(Figures.format(d.disparateImpactRatio()))
                        .append(d.passesFourFifths() ? " (four-fifths rule met)" : " (below four-fifths)")
                        .append(", equalized odds difference ").append(Figures.format(d.equalizedOddsDifference()))
                        .append(", equal opportunity difference ")
                        .append(Figures.format(d.equalOpportunityDifference())).append('\n');
            } else {
                b.append("  MAE gap ").append(Figures.format(a.maeGap())).append('\n');
            }
        }
        return b.toString();
    }

    private static String f(Rate r) {
        return r.isDefined() ? Figures.format(r.value()) : "-";
    }
}
