package dev.greenlight.report.fairness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.fairness.Disparities;
import dev.greenlight.fairness.FairnessAssessment;
import dev.greenlight.fairness.GroupRates;
import dev.greenlight.fairness.Rate;
import dev.greenlight.report.json.CliJson;

import java.util.List;

/**
 * Rates per group and the disparities of each sensitive attribute, as {@code greenlight fairness --format json}
 * prints them.
 */
public final class FairnessJson {
    private FairnessJson() {
    }

    public static String write(String task, int n, List<FairnessAssessment> assessments) {
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
}
