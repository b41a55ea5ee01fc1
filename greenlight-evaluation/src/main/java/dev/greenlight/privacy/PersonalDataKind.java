package dev.greenlight.privacy;

import java.util.regex.Pattern;

/** The kinds of personal data {@link PersonalDataScan} looks for in values. */
public enum PersonalDataKind {
    EMAIL("e-mail addresses", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")),
    /** International (+) or grouped national numbers of 9 to 15 digits, e.g. +44 20 7946 0958, (555) 010-4477. */
    PHONE("phone numbers", Pattern.compile("(?:\\+|\\(?0?\\d{1,4}\\)?[ .-])[\\d ().-]{6,}\\d")),
    /** 13 to 19 digits, optionally grouped, that pass the Luhn check. */
    CARD("payment card numbers", Pattern.compile("(?:\\d[ -]?){12,18}\\d")),
    IP_ADDRESS("IP addresses", Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)"
            + "|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4})?")),
    /** US social security numbers (AAA-GG-SSSS, valid area) and UK National Insurance numbers. */
    NATIONAL_ID("national identity numbers", Pattern.compile("(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}"
            + "|[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]")),
    /** Personal names: two to four capitalised words, in a column named like a name or with an honorific. */
    PERSON_NAME("people's names", Pattern.compile("[A-Z][a-zA-Z'’-]+,? (?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master|Rev)\\.? )?"
            + "[A-Z][a-zA-Z'’.-]*(?: [A-Z(][a-zA-Z'’.()\"-]*){0,3}"));

    private final String description;
    private final Pattern pattern;

    PersonalDataKind(String description, Pattern pattern) {
        this.description = description;
        this.pattern = pattern;
    }

    public String description() {
        return description;
    }

    Pattern pattern() {
        return pattern;
    }
}
