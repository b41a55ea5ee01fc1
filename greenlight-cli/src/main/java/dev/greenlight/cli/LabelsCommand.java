package dev.greenlight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code greenlight labels}: how reliable human labels are, and which rows to label next. */
@Command(name = "labels", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Human labels: agreement between raters, and which rows to send to labelling.",
        subcommands = {LabelsAgreementCommand.class, LabelsSelectCommand.class})
final class LabelsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
