package dev.greenlight.drift;

import dev.greenlight.concurrent.Beside;
import dev.greenlight.drift.multivariate.MultivariateDrift;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.stats.SubsetWasserstein;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.PhaseTimes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Compares a current dataset with a reference, column by column and as a whole.
 *
 * <p>Per column: the test chosen ({@link DriftOptions#columnTests()}, else {@link DriftOptions#test()}, else
 * {@link TestChoice}); its statistic, p-value and effect size; the p-values of all columns corrected together
 * ({@link Correction}). The default decision, for a hypothesis test with no threshold given: drift when the
 * corrected p-value is below the test's level (0.05) <em>and</em> the effect size exceeds what the reference
 * itself shows from chunk to chunk and the team's minimum effect ({@link EffectThreshold}): beyond chance and
 * beyond the reference's own variation, at any data size. With a threshold given, or for a distance: drift when
 * the corrected p-value is below the threshold, or the distance at or above it.
 * For the dataset: the share of drifted columns against {@link DriftOptions#datasetDriftShare()}; and, on raw
 * data, the multivariate methods. Either side may be a profile; the report then says how approximate it is.
 */
public final class DriftEngine {
    private DriftEngine() {
    }

    public static DriftReport compare(DriftInput referenceInput, DriftInput currentInput, DriftOptions options) {
        ColumnPairs.Lineup lineup;
        try (var phase = PhaseTimes.start("line up columns")) {
            lineup = ColumnPairs.of(referenceInput, currentInput, options);
        }
        DriftInput reference = lineup.reference();
        DriftInput current = lineup.current();
        List<String> notes = new ArrayList<>(lineup.notes());
        List<ColumnPair> pairs = new ArrayList<>();
        List<DriftTest> tests = new ArrayList<>();
        for (ColumnPair p : lineup.pairs()) {
            DriftTest t = testFor(p, options, notes);
            if (t == null) {
                continue;
            }
            if (t.needsRawValues() && !p.exact()) {
                String side = reference instanceof DriftInput.Profiled ? reference.label() : current.label();
                throw new GreenlightException("test '" + t.name() + "' needs the raw values, but the " + side
                        + " is a profile; use ks, wasserstein, psi or js with profiles");
            }
            pairs.add(p);
            tests.add(t);
        }
        if (pairs.isEmpty()) {
            throw new GreenlightException("no column can be compared" + (notes.isEmpty() ? "" : ": "
                    + String.join("; ", notes)));
        }
        TestOutcome[] outcomes = new TestOutcome[pairs.size()];
        double[] thresholds = new double[pairs.size()];
        String[] sources = new String[pairs.size()];
        EffectThreshold[] effectThresholds = new EffectThreshold[pairs.size()];
        // the multivariate methods need neither the columns' tests nor their verdicts: they run beside them
        Beside<MultivariateDrift> multivariate = multivariate(reference, current, pairs, options, notes);
        var testing = PhaseTimes.start("sort, tests and effect thresholds");
        try {
            testColumns(reference, current, pairs, tests, options, outcomes, thresholds, sources, effectThresholds);
        } catch (RuntimeException | Error e) {
            multivariate.abandon();
            throw e;
        }
        testing.close();
        double[] raw = new double[pairs.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = tests.get(i).decision() == DriftTest.Decision.P_VALUE_BELOW ? outcomes[i].pValue() : Double.NaN;
        }
        double[] adjusted = options.correction().adjust(raw);
        List<ColumnDrift> rows = new ArrayList<>();
        int drifted = 0;
        double rankError = 0;
        boolean approximate = false;
        for (int i = 0; i < pairs.size(); i++) {
            ColumnPair p = pairs.get(i);
            DriftTest t = tests.get(i);
            TestOutcome o = outcomes[i];
            boolean drift = t.decision() == DriftTest.Decision.P_VALUE_BELOW ? adjusted[i] < thresholds[i]
                    : o.statistic() >= thresholds[i];
            if (effectThresholds[i] != null) {
                drift &= effectThresholds[i].exceededBy(o.effectSize());
            }
            drifted += drift ? 1 : 0;
            approximate |= !p.exact();
            rankError = Math.max(rankError, p.approximationError());
            rows.add(new ColumnDrift(p.name(), p.kind(), options.roleOf(p.name()), t.name(), o.statistic(),
                    o.pValue(), adjusted[i], o.effectSize(), thresholds[i], sources[i], drift, p.referenceSize(),
                    p.currentSize(), o.method(), effectThresholds[i]));
        }
        double share = (double) drifted / rows.size();
        DatasetDrift dataset = new DatasetDrift(drifted, rows.size(), share, options.datasetDriftShare(),
                share >= options.datasetDriftShare(), options.correction(), approximate, rankError);
        return new DriftReport(rows, dataset, multivariate.join(), notes);
    }

    /**
     * Each column's test, threshold and effect threshold, written at its index; the columns in parallel, one
     * column's sorted values at a time per thread.
     */
    private static void testColumns(DriftInput reference, DriftInput current, List<ColumnPair> pairs,
                                    List<DriftTest> tests, DriftOptions options, TestOutcome[] outcomes,
                                    double[] thresholds, String[] sources, EffectThreshold[] effectThresholds) {
        ChunkLayouts layouts = new ChunkLayouts(reference, options);
        IntStream.range(0, pairs.size()).parallel().forEach(i -> {
            ColumnPair lined = pairs.get(i);
            DriftTest t = tests.get(i);
            // one column's sorted values at a time per thread, let go once its tests are done; the reference
            // sorted with its rows when its chunks are measured too (one sort for both)
            SubsetWasserstein rankedReference = null;
            ColumnPair p;
            if (lined.isUnsorted() && layouts.available() && defaultDecision(lined, t, options)) {
                NumericColumn column = (NumericColumn) ((DriftInput.Raw) reference).table().column(lined.name());
                rankedReference = SubsetWasserstein.of(column.toArray());
                p = lined.sorted(new ExactNumeric(rankedReference.sample()));
            } else {
                p = lined.sorted();
            }
            try {
                outcomes[i] = t.run(p, options.parameters());
            } catch (IllegalArgumentException | InvalidDataException e) {
                throw new GreenlightException("column '" + p.name() + "': test '" + t.name() + "' cannot run ("
                        + e.getMessage() + ")", e);
            }
            thresholds[i] = threshold(p, t, options, reference, sources, i);
            if (sources[i].equals("default") && t.decision() == DriftTest.Decision.P_VALUE_BELOW) {
                try (var phase = PhaseTimes.start("chunk effects, summed over columns")) {
                    effectThresholds[i] = effectThreshold(p, rankedReference, options, layouts, current);
                }
            }
        });
    }

    /**
     * Starts the multivariate methods over the feature columns on another thread; when they are off or cannot run
     * (a note then says why), their result is null at once.
     */
    private static Beside<MultivariateDrift> multivariate(DriftInput reference, DriftInput current,
                                                          List<ColumnPair> pairs, DriftOptions options,
                                                          List<String> notes) {
        if (!options.multivariate()) {
            return Beside.done(null);
        }
        if (!(reference instanceof DriftInput.Raw r) || !(current instanceof DriftInput.Raw c)) {
            notes.add("multivariate drift not computed: it needs raw data on both sides, not profiles");
            return Beside.done(null);
        }
        List<String> features = pairs.stream().map(ColumnPair::name)
                .filter(name -> options.roleOf(name) == ColumnRole.FEATURE).toList();
        return Beside.start(() -> {
            try (var phase = PhaseTimes.start("multivariate")) {
                return MultivariateDrift.of(r.table(), c.table(), features, options.multivariateRows(),
                        options.seed());
            }
        });
    }

    /** The comparison of two tables; a shorthand for the checklist. */
    public static DriftReport compare(Table reference, Table current, DriftOptions options) {
        return compare(DriftInput.of(reference, "reference"), DriftInput.of(current, "current data"), options);
    }

    /**
     * The effect a column must exceed under the default decision: from chunks of a raw reference, else the
     * team's minimum effect alone.
     *
     * @param rankedReference the numeric reference column sorted with its rows, or null to sort it here
     */
    private static EffectThreshold effectThreshold(ColumnPair p, SubsetWasserstein rankedReference,
                                                   DriftOptions options, ChunkLayouts layouts, DriftInput current) {
        if (!layouts.available()) {
            return EffectThreshold.minimumOnly(options.minimumEffect(), "the reference is a profile, not rows");
        }
        long currentRows = current instanceof DriftInput.Raw c ? c.table().rowCount() : p.currentSize();
        ChunkLayout layout = layouts.forCurrentRows(currentRows);
        ChunkEffects chunks = null;
        if (layout != null) {
            Column column = layouts.referenceColumn(p.name());
            if (column instanceof NumericColumn n) {
                chunks = ChunkEffects.numeric(rankedReference != null ? rankedReference
                        : SubsetWasserstein.of(n.toArray()), layout);
            } else {
                chunks = ChunkEffects.categorical((CategoricalColumn) column, layout);
            }
        }
        if (chunks == null) {
            return EffectThreshold.minimumOnly(options.minimumEffect(), "the reference is too small for "
                    + options.referenceChunks() + " chunks of " + ChunkEffects.MIN_CHUNK + " values");
        }
        return EffectThreshold.fromChunks(chunks, p.currentSize(), options.minimumEffect());
    }

    /** Whether a column is judged by the default decision: a hypothesis test, and no threshold given for it. */
    private static boolean defaultDecision(ColumnPair p, DriftTest t, DriftOptions options) {
        return t.decision() == DriftTest.Decision.P_VALUE_BELOW && givenThreshold(p, options) == null;
    }

    private static Double givenThreshold(ColumnPair p, DriftOptions options) {
        Double given = options.columnThresholds().get(p.name());
        return given != null ? given : options.threshold();
    }

    /**
     * The chunk layouts of one comparison's raw reference, drawn once per size of the current data (every column
     * of a raw current has the same), shared by all its columns.
     */
    private static final class ChunkLayouts {
        private final Table reference;
        private final DriftOptions options;
        private final java.util.Map<Long, java.util.Optional<ChunkLayout>> bySize =
                new java.util.concurrent.ConcurrentHashMap<>();

        ChunkLayouts(DriftInput reference, DriftOptions options) {
            this.reference = reference instanceof DriftInput.Raw r ? r.table() : null;
            this.options = options;
        }

        /** Whether the reference has rows to cut into chunks (not a profile). */
        boolean available() {
            return reference != null;
        }

        Column referenceColumn(String name) {
            return reference.column(name);
        }

        /** The layout for a current data of this many rows, or null when the chunks would be too small. */
        ChunkLayout forCurrentRows(long currentRows) {
            return bySize.computeIfAbsent(currentRows, n -> java.util.Optional.ofNullable(ChunkLayout.of(
                    reference.rowCount(), n, options.referenceChunks(), options.seed()))).orElse(null);
        }
    }

    private static DriftTest testFor(ColumnPair p, DriftOptions options, List<String> notes) {
        String name = options.columnTests().get(p.name());
        boolean forcedForColumn = name != null;
        if (name == null) {
            name = options.test();
        }
        if (name == null) {
            return TestChoice.automatic(p.kind(), p.kind() == ColumnKind.CATEGORICAL ? p.counts().size() : 0,
                    p.referenceSize());
        }
        DriftTest t = DriftTests.named(name);
        String why = null;
        if (!t.accepts().contains(p.kind())) {
            why = "it is " + p.kind().key() + " and test '" + name + "' takes " + t.accepts().stream()
                    .map(ColumnKind::key).sorted().toList() + " columns";
        } else if (t.binaryOnly() && p.counts().size() > 2) {
            why = "it has " + p.counts().size() + " categories and test '" + name + "' takes at most 2";
        }
        if (why != null) {
            if (forcedForColumn) {
                throw new GreenlightException("column '" + p.name() + "' cannot use test '" + name + "': " + why);
            }
            notes.add("column '" + p.name() + "' not compared: " + why);
            return null;
        }
        return t;
    }

    private static double threshold(ColumnPair p, DriftTest t, DriftOptions options, DriftInput reference,
                                    String[] sources, int i) {
        Double given = givenThreshold(p, options);
        if (given != null) {
            sources[i] = "given";
            return given;
        }
        if (options.referenceThresholds() && t.decision() == DriftTest.Decision.STATISTIC_AT_LEAST
                && reference instanceof DriftInput.Raw r) {
            double learnt = ReferenceThresholds.of(t, p, r.table().column(p.name()), options.referenceChunks(),
                    options.parameters());
            if (!Double.isNaN(learnt)) {
                sources[i] = "reference chunks";
                return learnt;
            }
        }
        sources[i] = "default";
        return t.defaultThreshold();
    }
}
