package dev.greenlight.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void formatsToFourSignificantDigits() {
        assertThat(Figures.format(0.912345)).isEqualTo("0.9123");
        assertThat(Figures.format(143.0)).isEqualTo("143");
        assertThat(Figures.format(12345.678)).isEqualTo("12350");
        assertThat(Figures.format(0.000012345)).isEqualTo("1.235e-05");
        assertThat(Figures.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Figures.percent(0.125)).isEqualTo("12.5%");
    }
}
