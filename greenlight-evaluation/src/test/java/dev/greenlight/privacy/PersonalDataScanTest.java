package dev.greenlight.privacy;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataScanTest {

    private static List<PersonalDataKind> kinds(String column, String... values) {
        return PersonalDataScan.scan(CategoricalColumn.of(column, values)).stream()
                .map(PersonalDataScan.Finding::kind).toList();
    }

    @Test
    void findsEachKind() {
        assertThat(kinds("contact", "ann@example.org", "bob.smith@mail.co.uk", "n/a")).contains(PersonalDataKind.EMAIL);
        assertThat(kinds("tel", "+44 20 7946 0958", "(555) 010-4477", "020 7946 0000")).contains(PersonalDataKind.PHONE);
        assertThat(kinds("pan", "4111 1111 1111 1111", "5500-0000-0000-0004")).contains(PersonalDataKind.CARD);
        assertThat(kinds("client", "192.168.1.20", "10.0.0.1", "2001:db8::1")).contains(PersonalDataKind.IP_ADDRESS);
        assertThat(kinds("ssn", "123-45-6789", "078-05-1120")).contains(PersonalDataKind.NATIONAL_ID);
        assertThat(kinds("ni", "AB 12 34 56 C")).contains(PersonalDataKind.NATIONAL_ID);
        assertThat(kinds("Name", "Braund, Mr. Owen Harris", "Heikkinen, Miss. Laina", "Allen, Mr. William Henry"))
                .contains(PersonalDataKind.PERSON_NAME);
    }

    @Test
    void cardNumbersMustPassTheLuhnCheck() {
        assertThat(PersonalDataScan.luhn("4111111111111111")).isTrue();
        assertThat(PersonalDataScan.luhn("4111111111111112")).isFalse();
        assertThat(kinds("ref", "4111 1111 1111 1112")).doesNotContain(PersonalDataKind.CARD);
    }

    @Test
    void ordinaryValuesAreNotPersonalData() {
        assertThat(kinds("city", "New York", "San Francisco", "Paris")).isEmpty();
        assertThat(kinds("code", "A12", "B7", "C99")).isEmpty();
        Table numbers = Table.of(NumericColumn.of("mean radius", 17.99, 20.57, 19.69), NumericColumn.of("id", 1, 2, 3));
        assertThat(PersonalDataScan.scan(numbers)).isEmpty();
    }

    @Test
    void cardNumbersReadAsNumbersAreStillFound() {
        // 16 digits stored without separators: the reader makes them numbers (a double holds them exactly)
        Table t = Table.of(NumericColumn.of("pan", 4111111111111111d, 5500000000000004d, 4012888888881881d));
        assertThat(PersonalDataScan.scan(t)).extracting(PersonalDataScan.Finding::kind)
                .containsExactly(PersonalDataKind.CARD);
        assertThat(PersonalDataScan.scan(t).get(0).example()).isEqualTo("41********");
        Table notLuhn = Table.of(NumericColumn.of("amount_cents", 4111111111111112d, 1234567890123d));
        assertThat(PersonalDataScan.scan(notLuhn)).isEmpty();
    }

    @Test
    void addressesAndSocialSecurityNumbersAreNotPhoneNumbers() {
        assertThat(kinds("client", "192.168.100.200", "10.20.30.40", "172.16.254.1"))
                .containsExactly(PersonalDataKind.IP_ADDRESS);
        assertThat(kinds("ssn", "123-45-6789", "078-05-1120", "219-09-9999"))
                .containsExactly(PersonalDataKind.NATIONAL_ID);
        assertThat(kinds("tel", "+1 212-555-0187", "212.555.0187")).containsExactly(PersonalDataKind.PHONE);
    }

    @Test
    void aFourPartVersionNumberReadsAsAnAddress() {
        // a known limit of pattern matching: 1.2.3.4 is a valid IPv4 address
        assertThat(kinds("version", "1.2.3.4", "2.0.1")).contains(PersonalDataKind.IP_ADDRESS);
    }

    @Test
    void describesAFindingWithAMaskedExample() {
        var f = PersonalDataScan.scan(CategoricalColumn.of("email", "ann@example.org")).get(0);
        assertThat(PersonalDataScan.describe(f)).isEqualTo("column 'email' holds what look like e-mail addresses (1 of "
                + "1 distinct values sampled, e.g. an********)");
    }
}
