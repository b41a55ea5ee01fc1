package dev.greenlight.fairness;

import java.util.Locale;
import java.util.Set;

/** Recognises column names that usually hold a sensitive attribute, so they can be suggested for review. */
public final class SensitiveAttributes {

    /**
     * Name tokens that usually mark a sensitive attribute, including US census codes (AGEP, RAC1P, MAR, DIS, CIT).
     * Matched against whole tokens of the name, so "page" or "average" do not match "age".
     */
    static final Set<String> TOKENS = Set.of("sex", "gender", "age", "agep", "race", "rac1p", "ethnicity", "ethnic",
            "religion", "nationality", "citizenship", "cit", "marital", "mar", "disability", "dis", "pregnancy",
            "orientation", "birthdate", "dob");

    private SensitiveAttributes() {
    }

    public static boolean looksSensitive(String column) {
        for (String token : column.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
