package dev.greenlight.drift;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.text.Suggestions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of drift tests by name. An unknown name fails with the list of valid ones.
 */
public final class DriftTests {
    private static final Map<String, DriftTest> TESTS = new LinkedHashMap<>();

    static {
        for (DriftTest t : List.of(new KsTest(), new ChiSquareTest(), new ProportionZTest(), new WassersteinTest(),
                new PsiTest(), new JensenShannonTest(), new AndersonDarlingTest(), new CramerVonMisesTest(),
                new LInfinityTest(), new CramersVTest(), new HellingerTest(), new TotalVariationTest(), new EnergyTest(),
                new FisherTest(), new MmdTest())) {
            TESTS.put(t.name(), t);
        }
    }

    private DriftTests() {
    }

    /** Every registered test, in registration order. */
    public static List<DriftTest> all() {
        return Collections.unmodifiableList(new ArrayList<>(TESTS.values()));
    }

    public static List<String> names() {
        return List.copyOf(TESTS.keySet());
    }

    /**
     * The test of that name.
     *
     * @throws GreenlightException naming the valid tests when there is none
     */
    public static DriftTest named(String name) {
        DriftTest t = TESTS.get(name);
        if (t == null) {
            throw new GreenlightException("unknown drift test '" + name + "'" + Suggestions.didYouMean(name,
                    names()) + "; expected one of " + String.join(", ", names()));
        }
        return t;
    }
}
