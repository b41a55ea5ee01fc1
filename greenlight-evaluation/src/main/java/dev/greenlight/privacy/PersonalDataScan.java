package dev.greenlight.privacy;

import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for personal data in a table's values: e-mail addresses, phone numbers, payment card numbers (Luhn-valid),
 * IP addresses, national-identity-like numbers and personal names. Each column's distinct values are sampled (up
 * to {@link #SAMPLE} of them); a kind is reported for a column when at least {@link #MIN_SHARE} of the sampled
 * values hold it, or, for card and identity numbers, when any does. Names are only looked for in columns whose name
 * says so (name, surname, ...) or in values with an honorific (Mr., Mrs., Dr.), since capitalised words alone are
 * as often places or brands.
 */
public final class PersonalDataScan {
    static final int SAMPLE = 2000;
    static final double MIN_SHARE = 0.05;
    private static final Pattern NAME_COLUMN = Pattern.compile("(?i).*(^|[^a-z])(full_?|first_?|last_?|sur|given_?|"
            + "family_?|user_?|customer_?|patient_?)?name([^a-z]|$).*");
    /** Three, two and four digits joined by hyphens: the shape of a US social security number. */
    private static final Pattern SSN_SHAPE = Pattern.compile("\\(?\\d{3}-\\d{2}-\\d{4}");
    private static final Pattern HONORIFIC = Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Mx|Dr|Master|Rev)\\.? ");

    /**
     * A kind of personal data found in a column.
     *
     * @param column  the column
     * @param kind    what was found
     * @param matches sampled values that hold it
     * @param sampled distinct values looked at
     * @param example one match, masked (first two characters kept)
     */
    public record Finding(String column, PersonalDataKind kind, int matches, int sampled, String example) {
        public double share() {
            return sampled == 0 ? 0 : (double) matches / sampled;
        }
    }

    private PersonalDataScan() {
    }

    public static List<Finding> scan(Table table) {
        List<Finding> out = new ArrayList<>();
        for (Column c : table.columns()) {
            out.addAll(scan(c));
        }
        return out;
    }

    public static List<Finding> scan(Column c) {
        List<String> values = sample(c);
        List<Finding> out = new ArrayList<>();
        if (values.isEmpty()) {
            return out;
        }
        boolean nameColumn = NAME_COLUMN.matcher(c.name()).matches();
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            int matches = 0;
            String example = null;
            for (String v : values) {
                String hit = find(kind, v, nameColumn);
                if (hit != null) {
                    matches++;
                    if (example == null) {
                        example = mask(hit);
                    }
                }
            }
            boolean strict = kind == PersonalDataKind.CARD || kind == PersonalDataKind.NATIONAL_ID;
            if (matches > 0 && (strict || (double) matches / values.size() >= MIN_SHARE)) {
                out.add(new Finding(c.name(), kind, matches, values.size(), example));
            }
        }
        return out;
    }

    /** Distinct present values as text; numbers only when they are whole and long enough to be a card number. */
    private static List<String> sample(Column c) {
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < c.size() && distinct.size() < SAMPLE; i++) {
            if (c.isMissing(i)) {
                continue;
            }
            if (c instanceof NumericColumn n) {
                double v = n.get(i);
                if (v != Math.rint(v) || Math.abs(v) < 1e12) {
                    continue;
                }
                // all digits, as stored: the column's own format writes 16 digits as 4.111111111111111E15
                distinct.add(new java.math.BigDecimal(v).toPlainString());
                continue;
            }
            distinct.add(c.format(i));
        }
        return new ArrayList<>(distinct);
    }

    private static String find(PersonalDataKind kind, String value, boolean nameColumn) {
        if (kind == PersonalDataKind.PERSON_NAME && !nameColumn && !HONORIFIC.matcher(value).find()) {
            return null;
        }
        Matcher m = kind.pattern().matcher(value);
        while (m.find()) {
            String hit = m.group();
            switch (kind) {
                case CARD -> {
                    if (luhn(hit)) {
                        return hit;
                    }
                }
                case PHONE -> {
                    long digits = hit.chars().filter(Character::isDigit).count();
                    if (digits >= 9 && digits <= 15 && !luhnCardLike(hit) && !otherNumber(hit)) {
                        return hit;
                    }
                }
                case PERSON_NAME -> {
                    if (m.start() == 0 && m.end() == value.strip().length()) {
                        return hit;
                    }
                }
                default -> {
                    return hit;
                }
            }
        }
        return null;
    }

    /**
     * Whether a phone-like run of digits is really an IP address (192.168.100.200) or a US social security number
     * (123-45-6789), which their own kinds report: the phone pattern's separators admit both.
     */
    private static boolean otherNumber(String hit) {
        String h = hit.strip();
        return PersonalDataKind.IP_ADDRESS.pattern().matcher(h).find() || SSN_SHAPE.matcher(h).matches();
    }

    private static boolean luhnCardLike(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 13 && luhn(s);
    }

    /** The Luhn (mod 10) check of ISO/IEC 7812 on the digits of {@code s}, which must number 13 to 19. */
    static boolean luhn(String s) {
        String digits = s.replaceAll("[^0-9]", "");
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static String mask(String s) {
        if (s.length() <= 2) {
            return "**";
        }
        return s.substring(0, 2) + "*".repeat(Math.min(8, s.length() - 2));
    }

    /** A one-line description of a finding, for reports. */
    public static String describe(Finding f) {
        return String.format(Locale.ROOT, "column '%s' holds what look like %s (%d of %d distinct values sampled, "
                + "e.g. %s)", f.column(), f.kind().description(), f.matches(), f.sampled(), f.example());
    }
}
