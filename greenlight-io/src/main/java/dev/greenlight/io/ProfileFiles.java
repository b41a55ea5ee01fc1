package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.ProfileFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Profile files on disk, in the format {@link ProfileFile} defines: recognised by their first bytes, read whole
 * and written whole. Every failure is an {@link InvalidDataException} that names the file.
 */
public final class ProfileFiles {
    private ProfileFiles() {
    }

    /** Whether a file starts with the profile magic bytes (data files never do). */
    public static boolean isProfile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ProfileFile.isProfile(in);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes (or replaces) a profile file, beside and renamed so a reader never sees half of one. */
    public static void write(DatasetProfile profile, Path file) {
        Outputs.of(true).writeBytes(file, ProfileFile.toBytes(profile));
    }

    public static DatasetProfile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot read the profile (" + e.getMessage() + ")", e);
        }
        return ProfileFile.fromBytes(bytes, file.toString());
    }
}
