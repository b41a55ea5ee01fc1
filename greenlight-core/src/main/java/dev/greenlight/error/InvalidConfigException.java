package dev.greenlight.error;

import java.util.List;

/**
 * A configuration file that does not validate. Carries every problem found, each with file, line and key, so a
 * user fixes them in one pass instead of one per run.
 */
public class InvalidConfigException extends GreenlightException {
    private final List<String> problems;

    public InvalidConfigException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidConfigException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
