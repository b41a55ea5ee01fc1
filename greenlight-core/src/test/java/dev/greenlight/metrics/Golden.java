package dev.greenlight.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Turns the cases of an oracle file into dynamic tests, one container per case and one test per expected key, so a
 * key the Java side has no check for fails instead of being skipped.
 */
final class Golden {
    private Golden() {
    }

    /** A check of one expected key against the value computed from a case's inputs. */
    @FunctionalInterface
    interface Check<T> {
        void run(OracleCase c, T subject, String key);
    }

    static <T> Stream<DynamicContainer> tests(String family, java.util.function.Function<OracleCase, T> subject,
                                              Map<String, Check<T>> checks) {
        return Oracle.cases(family).stream().map(c -> {
            // built once per case, on first use (real-data cases read a CSV)
            java.util.function.Supplier<T> once = new java.util.function.Supplier<>() {
                private T value;

                @Override
                public synchronized T get() {
                    if (value == null) {
                        value = subject.apply(c);
                    }
                    return value;
                }
            };
            List<DynamicTest> tests = new ArrayList<>();
            Iterator<String> keys = c.expected().fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                tests.add(DynamicTest.dynamicTest(key, () -> {
                    Check<T> check = checks.get(key);
                    if (check == null) {
                        fail("no Java check for key " + key + " of case " + c.name());
                    }
                    check.run(c, once.get(), key);
                }));
            }
            return DynamicContainer.dynamicContainer(c.name(), tests);
        });
    }

    /**
     * Asserts a scalar: an expected error or NaN must come back undefined with a reason; a number must come back
     * defined and within the case's tolerance.
     */
    static void scalar(OracleCase c, String key, MetricValue actual) {
        if (c.expectsError(key) || Double.isNaN(Oracle.number(c.expected(key)))) {
            assertThat(actual.isDefined()).as(c.name() + " / " + key + " should be undefined, got " + actual).isFalse();
            assertThat(actual.undefinedReason()).isNotBlank();
            return;
        }
        assertThat(actual.isDefined()).as(c.name() + " / " + key + ": " + actual.undefinedReason()).isTrue();
        c.assertClose(key, actual.value());
    }

    /** Asserts each field of an expected object with the key's tolerance. */
    static void fields(OracleCase c, String key, Map<String, Double> actual) {
        JsonNode expected = c.expected(key);
        assertThat(actual.keySet()).as(c.name() + " / " + key + " fields")
                .containsExactlyInAnyOrderElementsOf(() -> expected.fieldNames());
        actual.forEach((field, value) -> c.assertClose(key, value, Oracle.number(expected.get(field))));
    }

    static double[] toDoubles(long[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
