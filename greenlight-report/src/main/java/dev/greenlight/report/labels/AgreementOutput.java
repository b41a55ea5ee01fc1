package dev.greenlight.report.labels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.greenlight.labels.AgreementReport;
import dev.greenlight.metrics.KappaInference;
import dev.greenlight.metrics.MetricValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.report.json.CliJson;
import dev.greenlight.text.Figures;

/** Presents an {@link AgreementReport} as a table for people or as JSON. */
public final class AgreementOutput {
    private AgreementOutput() {
    }

    public static String json(AgreementReport r) {
        ObjectNode root = CliJson.object();
        root.put("units", r.units());
        r.raters().forEach(root.putArray("raters")::add);
        r.categories().forEach(root.putArray("categories")::add);
        root.put("weights", r.options().weighting().name().toLowerCase(java.util.Locale.ROOT));
        root.put("level", r.options().level().key());
        ArrayNode pairs = root.putArray("pairs");
        for (AgreementReport.Pair p : r.pairs()) {
            ObjectNode n = pairs.addObject();
            n.put("rater1", p.rater1());
            n.put("rater2", p.rater2());
            n.put("n", p.n());
            number(n, "observed_agreement", p.observed());
            metric(n, "cohen_kappa", p.kappa());
            KappaInference k = p.inference();
            ObjectNode inf = n.putObject("unweighted_inference");
            number(inf, "kappa", k.kappa());
            number(inf, "std_kappa", k.standardError());
            number(inf, "std_kappa0", k.standardError0());
            number(inf, "ci_low", k.low());
            number(inf, "ci_high", k.high());
            number(inf, "z", k.z());
            number(inf, "p_value", k.pValue());
            inf.put("level", k.level());
            if (!k.isDefined()) {
                inf.put("undefined", k.undefinedReason());
            }
        }
        root.put("complete_units", r.completeUnits());
        metric(root, "fleiss_kappa", r.fleiss());
        metric(root, "randolph_kappa", r.randolph());
        metric(root, "krippendorff_alpha", r.alpha());
        ArrayNode per = root.putArray("per_rater");
        for (AgreementReport.RaterConsensus c : r.perRater()) {
            ObjectNode n = per.addObject();
            n.put("rater", c.rater());
            n.put("n", c.n());
            number(n, "agreement_with_consensus", c.agreement());
            metric(n, "cohen_kappa", c.kappa());
        }
        return CliJson.write(root);
    }

    public static String table(AgreementReport r) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(r.units()).append(" rows, ").append(r.raters().size()).append(" raters, ")
                .append(r.categories().size()).append(" labels (").append(String.join(", ", r.categories()))
                .append(")").append(nl).append(nl);
        String kappaName = r.options().weighting().metricName();
        String row = "%-24s  %6s  %8s  %-" + kappaName.length() + "s  %-10s  %-21s  %s%n";
        sb.append(String.format(row, "pair", "n", "observed", kappaName, "unweighted", "95% interval",
                "p-value"));
        for (AgreementReport.Pair p : r.pairs()) {
            KappaInference k = p.inference();
            sb.append(String.format(row, p.rater1() + " / " + p.rater2(),
                    p.n(), Figures.format(p.observed()), value(p.kappa()),
                    k.isDefined() ? Figures.format(k.kappa()) : "undefined",
                    k.isDefined() ? Figures.format(k.low()) + " to " + Figures.format(k.high()) : "",
                    k.isDefined() ? Figures.format(k.pValue()) : ""));
        }
        sb.append("(the interval and p-value are statsmodels' for the unweighted kappa; the p-value tests "
                + "agreement beyond chance)").append(nl).append(nl);
        sb.append("fleiss_kappa        ").append(value(r.fleiss())).append("  on ").append(r.completeUnits())
                .append(" rows every rater labelled").append(nl);
        sb.append("randolph_kappa      ").append(value(r.randolph())).append(nl);
        sb.append("krippendorff_alpha  ").append(value(r.alpha())).append("  (").append(r.options().level().key())
                .append(", ").append(r.alpha().n()).append(" rows with two ratings or more)").append(nl).append(nl);
        sb.append(String.format("%-16s  %6s  %-24s  %s%n", "rater", "n", "agrees with the others", kappaName));
        for (AgreementReport.RaterConsensus c : r.perRater()) {
            sb.append(String.format("%-16s  %6d  %-24s  %s%n", c.rater(), c.n(),
                    c.n() == 0 ? "no consensus" : Figures.format(c.agreement()), value(c.kappa())));
        }
        return sb.toString();
    }

    private static String value(MetricValue v) {
        return v.isDefined() ? Figures.format(v.value()) : "undefined (" + v.undefinedReason() + ")";
    }

    private static void metric(ObjectNode node, String key, MetricValue v) {
        ObjectNode m = node.putObject(key);
        number(m, "value", v.value());
        m.put("n", v.n());
        if (!v.isDefined()) {
            m.put("undefined", v.undefinedReason());
        }
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }
}
