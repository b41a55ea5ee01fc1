package dev.greenlight.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void theCommandsThatWarmUpTheReaderAreCommandsThatReadData() {
        assertThat(GreenlightCommand.commandLine().getSubcommands().keySet()).containsAll(Main.READ_DATA);
        assertThat(Main.READ_DATA).contains("drift", "check", "monitor").doesNotContain("init", "serve", "help");
    }
}
