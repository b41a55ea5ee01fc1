package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KolmogorovDistributionTest {

    @Test
    void lowerEndOfTheSupportIsRubenGambinosClosedForm() {
        // 1/(2n) <= d <= 1/n: P(D_n <= d) = n! (2d - 1/n)^n = 5! 0.1^5 for n = 5, d = 0.15
        assertThat(KolmogorovDistribution.cdf(0.15, 5)).isCloseTo(120 * 1e-5, within(1e-17));
        assertThat(KolmogorovDistribution.cdf(0.09, 5)).isEqualTo(0.0);
    }

    @Test
    void upperEndOfTheSupportIsTwiceTheOneSidedTail() {
        // n d >= n - 1: P(D_n > d) = 2 (1 - d)^n
        assertThat(KolmogorovDistribution.sf(0.85, 5)).isCloseTo(2 * Math.pow(0.15, 5), within(1e-18));
        assertThat(KolmogorovDistribution.sf(1.0, 5)).isEqualTo(0.0);
        assertThat(KolmogorovDistribution.sf(0.0, 5)).isEqualTo(1.0);
    }

    @Test
    void smirnovTailOfTwoValuesHasOneTerm() {
        // Birnbaum-Tingey with n = 2, d = 0.6: only j = 0 contributes, d (1 - d)^2 / d = 0.16
        assertThat(KolmogorovDistribution.smirnovSf(0.6, 2)).isCloseTo(0.16, within(1e-16));
        // n = 1: D+ = 1 - U for one uniform U, so P(D+ >= d) = 1 - d
        assertThat(KolmogorovDistribution.smirnovSf(0.3, 1)).isCloseTo(0.7, within(1e-16));
    }

    /**
     * scipy 1.10.1 {@code kstwo.sf(d, n)} and {@code kstwo.cdf(d, n)}, one case per region of Simard and
     * L'Ecuyer's algorithm. For n &gt; 140 and 2.2 &lt;= n d^2 &lt; 18 the two come from different methods
     * (2 * Smirnov for the tail, Pelz-Good or Durbin for the CDF) and do not sum to 1 exactly, in scipy too.
     */
    @ParameterizedTest(name = "n={0} d={1} ({4})")
    @CsvSource({
        "12, 0.24, 0.4270657553409365, 0.5729342446590635, Durbin n<=140 nd2=0.69",
        "20, 0.1, 0.976255094592155, 0.023744905407845036, Durbin n<=140 nd2=0.2",
        "140, 0.05, 0.8576480297656114, 0.14235197023438867, Durbin n=140",
        "53, 0.15043859649122815, 0.1637997541671472, 0.8362002458328528, Pomeranz nd2=1.2",
        "10, 0.6, 0.0005681672000000003, 0.9994318328, d>=0.5 exact 2*smirnov",
        "240, 0.1125, 0.0042169063352494795, 0.9957830325214939, 2*smirnov n>140 nd2=3.04",
        "3414, 0.0687, 1.869453583772621e-14, 0.9999999999999815, 2*smirnov far tail",
        "3414, 0.02, 0.12851402463685657, 0.8714859753631434, Pelz-Good nd2=1.37",
        "100000, 0.003, 0.3284563327726956, 0.6715436672273044, Pelz-Good n*d^1.5>1.4",
        "200000, 0.001, 0.9881500208855729, 0.01184997911442707, Pelz-Good n>100000",
        "3414, 0.005, 0.9999941140052737, 5.8859947263364235e-06, Durbin n>140 n*d^1.5<=1.4",
        "50000, 0.0009, 0.999999999999086, 9.140714533468967e-13, Durbin n>140 tiny cdf",
        "1000000, 0.0015, 0.022195758430640866, 0.9778042719067935, 2*smirnov n=1e6",
    })
    void matchesScipyInEveryRegion(int n, double d, double sf, double cdf, String region) {
        assertThat(KolmogorovDistribution.sf(d, n)).isCloseTo(sf, within(1e-12 + 1e-9 * sf));
        assertThat(KolmogorovDistribution.cdf(d, n)).isCloseTo(cdf, within(1e-12 + 1e-9 * cdf));
    }

    @Test
    void durbinAndPomeranzAgreeWhereBothApply() {
        for (int n = 2; n <= 140; n += 7) {
            for (double nd2 = 0.3; nd2 <= 4; nd2 += 0.37) {
                double d = Math.sqrt(nd2 / n);
                if (n * d <= 1 || d >= 0.5) {
                    continue;
                }
                assertThat(KolmogorovDistribution.pomeranzCdf(n, d)).as("n=%d d=%s", n, d)
                        .isCloseTo(KolmogorovDistribution.durbinCdf(n, d), within(1e-13));
            }
        }
    }

    @Test
    void sizeBelowOneIsRejected() {
        assertThatThrownBy(() -> KolmogorovDistribution.sf(0.1, 0)).isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> KolmogorovDistribution.cdf(Double.NaN, 3))
                .isInstanceOf(InvalidDataException.class);
    }
}
