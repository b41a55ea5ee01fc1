package dev.greenlight.drift;

import java.util.Set;

/** What every registered test declares, held once; a test adds only its computation. */
abstract class DefinedTest implements DriftTest {
    private final String name;
    private final String description;
    private final Set<ColumnKind> accepts;
    private final Decision decision;
    private final double defaultThreshold;
    private final boolean binaryOnly;
    private final boolean needsRawValues;

    DefinedTest(String name, String description, Set<ColumnKind> accepts, Decision decision, double defaultThreshold,
                boolean binaryOnly, boolean needsRawValues) {
        this.name = name;
        this.description = description;
        this.accepts = Set.copyOf(accepts);
        this.decision = decision;
        this.defaultThreshold = defaultThreshold;
        this.binaryOnly = binaryOnly;
        this.needsRawValues = needsRawValues;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Set<ColumnKind> accepts() {
        return accepts;
    }

    @Override
    public final boolean binaryOnly() {
        return binaryOnly;
    }

    @Override
    public final boolean needsRawValues() {
        return needsRawValues;
    }

    @Override
    public final Decision decision() {
        return decision;
    }

    @Override
    public final double defaultThreshold() {
        return defaultThreshold;
    }
}
