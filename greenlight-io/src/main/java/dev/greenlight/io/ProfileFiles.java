package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
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

    public static void write(DatasetProfile profile, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, ProfileFile.toBytes(profile));
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot write the profile (" + e.getMessage() + ")", e);
        }
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
