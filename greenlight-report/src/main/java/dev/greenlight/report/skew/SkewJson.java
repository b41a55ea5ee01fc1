package dev.greenlight.report.skew;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.skew.FeatureSkew;
import dev.greenlight.skew.SkewLimits;
import dev.greenlight.skew.SkewReport;
import dev.greenlight.skew.ValueMapping;

/** A {@link SkewReport}, judged by {@link SkewLimits}, as one JSON object. */
public final class SkewJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SkewJson() {
    }

    public static ObjectNode toTree(SkewReport r, SkewLimits limits) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("training", r.training());
        root.put("serving", r.serving());
        root.put("id", r.options().id());
        root.put("tolerance", r.options().tolerance());
        root.put("max_differing_share", limits.maxDifferingShare());
        root.put("matched", r.matched());
        root.put("training_only", r.trainingOnly());
        root.put("serving_only", r.servingOnly());
        ArrayNode skewed = root.putArray("skewed");
        limits.skewed(r).forEach(f -> skewed.add(f.feature()));
        ArrayNode features = root.putArray("features");
        for (FeatureSkew f : r.features()) {
            ObjectNode o = features.addObject();
            o.put("feature", f.feature());
            o.put("kind", f.kind());
            o.put("skewed", limits.skewed(f));
            o.put("compared", f.compared());
            o.put("differing", f.differing());
            o.put("differing_share", f.differingShare());
            o.put("missing_one_side", f.missingOneSide());
            o.put("missing_one_side_share", f.missingOneSideShare());
            number(o, "max_abs_difference", f.maxAbsDifference());
            number(o, "mean_abs_difference", f.meanAbsDifference());
            ObjectNode d = o.putObject("distance");
            d.put("test", f.distance().test());
            number(d, "statistic", f.distance().statistic());
            number(d, "p_value", f.distance().pValue());
            if (f.kind().equals("categorical")) {
                ArrayNode m = o.putArray("mappings");
                for (ValueMapping v : f.mappings()) {
                    ObjectNode x = m.addObject();
                    x.put("training", v.training());
                    x.put("serving", v.serving());
                    x.put("count", v.count());
                }
            }
        }
        r.trainingOnlyColumns().forEach(root.putArray("training_only_columns")::add);
        r.servingOnlyColumns().forEach(root.putArray("serving_only_columns")::add);
        return root;
    }

    public static String write(SkewReport r, SkewLimits limits) {
        try {
            return MAPPER.writeValueAsString(toTree(r, limits)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the skew report as JSON", e);
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
