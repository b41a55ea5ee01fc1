package dev.greenlight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A made-up breach of the layout for {@link ModuleLayoutTest}: renders JSON outside report and reads a file. */
final class LayoutBreachJson {
    private LayoutBreachJson() {
    }

    static String write(Path file) throws IOException {
        return new ObjectMapper().writeValueAsString(Files.readString(file));
    }
}
