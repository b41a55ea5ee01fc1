package dev.greenlight.report.fairness;

import dev.greenlight.fairness.Disparities;
import dev.greenlight.fairness.FairnessAssessment;
import dev.greenlight.fairness.GroupRates;
import dev.greenlight.fairness.Rate;
import dev.greenlight.text.Figures;

import java.util.List;

/** Rates per group and the disparities of each sensitive attribute, as the text {@code greenlight fairness} prints. */
public final class FairnessText {
    private FairnessText() {
    }

    public static String render(List<FairnessAssessment> assessments) {
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
