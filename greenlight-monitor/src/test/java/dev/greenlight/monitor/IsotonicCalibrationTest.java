package dev.greenlight.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against scikit-learn's IsotonicRegression (src/test/resources/isotonic.json, made by isotonic.py beside it). */
class IsotonicCalibrationTest {

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    @Test
    void predictionsAreScikitLearns() throws Exception {
        JsonNode o;
        try (InputStream in = getClass().getResourceAsStream("/isotonic.json")) {
            o = new ObjectMapper().readTree(in);
        }
        IsotonicCalibration c = IsotonicCalibration.fit(doubles(o.get("score")), doubles(o.get("outcome")));
        double[] grid = doubles(o.get("grid"));
        double[] expected = doubles(o.get("predicted"));
        for (int i = 0; i < grid.length; i++) {
            assertThat(c.apply(grid[i])).as("at " + grid[i]).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void calibratedScoresNeverDecrease() {
        double[] s = {0.1, 0.2, 0.2, 0.3, 0.5, 0.7, 0.9};
        double[] y = {1, 0, 0, 1, 0, 1, 1};
        IsotonicCalibration c = IsotonicCalibration.fit(s, y);
        double last = -1;
        for (double x = 0; x <= 1; x += 0.01) {
            assertThat(c.apply(x)).isGreaterThanOrEqualTo(last);
            last = c.apply(x);
        }
    }
}
