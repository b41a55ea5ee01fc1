package dev.greenlight.drift;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.drift.multivariate.MultivariateDrift;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.table.Table;

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
        ColumnPairs.Lineup lineup = ColumnPairs.of(referenceInput, currentInput, options);
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
        IntStream.range(0, pairs.size()).parallel().forEach(i -> {
            ColumnPair p = pairs.get(i);
            DriftTest t = tests.get(i);
            try {
                outcomes[i] = t.run(p, options.parameters());
            } catch (IllegalArgumentException | InvalidDataException e) {
                throw new GreenlightException("column '" + p.name() + "': test '" + t.name() + "' cannot run ("
                        + e.getMessage() + ")", e);
            }
            thresholds[i] = threshold(p, t, options, reference, sources, i);
            if (sources[i].equals("default") && t.decision() == DriftTest.Decision.P_VALUE_BELOW) {
                effectThresholds[i] = effectThreshold(p, options, reference, current);
            }
        });
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
        MultivariateDrift multivariate = null;
        if (options.multivariate()) {
            if (reference instanceof DriftInput.Raw r && current instanceof DriftInput.Raw c) {
                List<String> features = rows.stream().filter(x -> x.role() == ColumnRole.FEATURE)
                        .map(ColumnDrift::name).toList();
                multivariate = MultivariateDrift.of(r.table(), c.table(), features, options.multivariateRows(),
                        options.seed());
            } else {
                notes.add("multivariate drift not computed: it needs raw data on both sides, not profiles");
            }
        }
        return new DriftReport(rows, dataset, multivariate, notes);
    }

    /** The comparison of two tables; a shorthand for the checklist. */
    public static DriftReport compare(Table reference, Table current, DriftOptions options) {
        return compare(DriftInput.of(reference, "reference"), DriftInput.of(current, "current data"), options);
    }

    /**
     * The effect a column must exceed under the default decision: from chunks of a raw reference, else the
     * team's minimum effect alone.
     */
    private static EffectThreshold effectThreshold(ColumnPair p, DriftOptions options, DriftInput reference,
                                                   DriftInput current) {
        if (!(reference instanceof DriftInput.Raw r)) {
            return EffectThreshold.minimumOnly(options.minimumEffect(), "the reference is a profile, not rows");
        }
        long currentRows = current instanceof DriftInput.Raw c ? c.table().rowCount() : p.currentSize();
        ChunkEffects chunks = ChunkEffects.of(r.table().column(p.name()),
                p.kind() == ColumnKind.NUMERIC ? p.reference() : null, currentRows, options.referenceChunks(),
                options.seed());
        if (chunks == null) {
            return EffectThreshold.minimumOnly(options.minimumEffect(), "the reference is too small for "
                    + options.referenceChunks() + " chunks of " + ChunkEffects.MIN_CHUNK + " values");
        }
        return EffectThreshold.fromChunks(chunks, p.currentSize(), options.minimumEffect());
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
        Double given = options.columnThresholds().get(p.name());
        if (given == null) {
            given = options.threshold();
        }
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
