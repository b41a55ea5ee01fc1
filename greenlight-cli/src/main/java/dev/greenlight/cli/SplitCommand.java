package dev.greenlight.cli;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.split.SplitFiles;
import dev.greenlight.split.SplitManifest;
import dev.greenlight.split.SplitMethod;
import dev.greenlight.split.SplitRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code greenlight split}: writes a reproducible train/test split of one data file, with its manifest. */
@Command(name = "split", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Splits a data file into train and test files (same format) and writes "
                + SplitManifest.FILE_NAME + " beside them: method, seed, row ids, SHA-256 and class balance of "
                + "each split. The same file and options give the same bytes on every run and platform.")
final class SplitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "The data file (CSV, Parquet, JSON Lines).")
    Path data;

    @Option(names = "--by", paramLabel = "METHOD", defaultValue = "random",
            description = "random, stratified (by --target), group (by --group) or time (by --time). "
                    + "Default: ${DEFAULT-VALUE}.")
    String by;

    @Option(names = "--test", paramLabel = "SHARE", defaultValue = "0.25",
            description = "Share of rows for the test set, between 0 and 1; ceil(share * rows) rows are aimed at. "
                    + "Default: ${DEFAULT-VALUE}.")
    double testShare;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the row order. "
            + "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The class column: stratifies --by "
            + "stratified, and gives the manifest each split's class balance.")
    String target;

    @Option(names = "--group", paramLabel = "COLUMN", description = "With --by group: rows sharing a value stay "
            + "together.")
    String group;

    @Option(names = "--time", paramLabel = "COLUMN", description = "With --by time: the latest rows by this column "
            + "are the test set.")
    String time;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for train.EXT, test.EXT and the manifest. "
            + "Default: DATA's name with -split, beside it.")
    Path out;

    @Option(names = "--force", description = "Overwrite split files that exist.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SplitMethod method = SplitMethod.fromKey(by);
        if (method == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--by: expected random, stratified, group "
                    + "or time, found '" + by + "'");
        }
        SplitRequest request;
        try {
            request = new SplitRequest(method, testShare, seed, target, group, time);
        } catch (InvalidDataException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path folder = out != null ? out : SplitFiles.defaultFolder(data);
        SplitManifest m = SplitFiles.write(data, request, folder, force);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Split " + m.source().file() + " (" + m.source().rows() + " rows) by " + m.method() + ", seed "
                + m.seed() + ":");
        print(w, folder, m.train());
        print(w, folder, m.test());
        w.println("  " + folder.resolve(SplitManifest.FILE_NAME));
        w.flush();
        return ExitCode.OK;
    }

    private static void print(PrintWriter w, Path folder, SplitManifest.Part p) {
        StringBuilder balance = new StringBuilder();
        for (Map.Entry<String, Long> e : p.classBalance().entrySet()) {
            balance.append(balance.length() == 0 ? "; " : ", ").append(e.getKey()).append(": ").append(e.getValue());
        }
        w.println("  " + folder.resolve(p.file()) + ": " + p.rows() + " rows" + balance + "; sha256 " + p.sha256());
    }
}
