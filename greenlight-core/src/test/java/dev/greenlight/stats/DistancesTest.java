package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Wasserstein and Jensen-Shannon, on examples small enough to integrate by hand. */
class DistancesTest {

    @Test
    void wassersteinOfAShiftedSampleIsTheShift() {
        DistanceResult r = Wasserstein.distance(new double[] {0, 1, 3}, new double[] {5, 6, 8});

        assertThat(r.distance()).isCloseTo(5.0, within(1e-15));
        assertThat(r.n1()).isEqualTo(3);
    }

    @Test
    void wassersteinIsTheAreaBetweenTheEcdfs() {
        // F_u = 1/2 on [0, 1) then 1; F_v = 1/2 on [0, 2): they differ by 1/2 on [1, 2)
        assertThat(Wasserstein.distance(new double[] {0, 1}, new double[] {0, 2}).distance())
                .isCloseTo(0.5, within(1e-15));
    }

    @Test
    void wassersteinWeightsReshapeTheEcdfs() {
        // F_u = 3/4 and F_v = 1/4 on [0, 1)
        DistanceResult r = Wasserstein.distance(new double[] {0, 1}, new double[] {0, 1},
                new double[] {3, 1}, new double[] {1, 3});

        assertThat(r.distance()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void wassersteinDropsMissingValuesWithTheirWeights() {
        DistanceResult r = Wasserstein.distance(new double[] {0, Double.NaN, 1}, new double[] {0, 1},
                new double[] {3, 100, 1}, new double[] {1, 3});

        assertThat(r.distance()).isCloseTo(0.5, within(1e-15));
        assertThat(r.n1()).isEqualTo(2);
    }

    @Test
    void wassersteinRejectsBadWeights() {
        assertThatThrownBy(() -> Wasserstein.distance(new double[] {0, 1}, new double[] {0},
                new double[] {1, -1}, new double[] {1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("u weights[1]");
        assertThatThrownBy(() -> Wasserstein.distance(new double[] {0, 1}, new double[] {0},
                new double[] {0, 0}, new double[] {1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("u weights sum to 0");
        assertThatThrownBy(() -> Wasserstein.distance(new double[] {0, 1}, new double[] {0},
                new double[] {1}, new double[] {1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("1 weights");
    }

    @Test
    void jensenShannonOfDisjointSupportsIsTheMaximum() {
        double[] p = {1, 0};
        double[] q = {0, 1};

        assertThat(JensenShannon.distance(p, q, 2)).isCloseTo(1.0, within(1e-15));
        assertThat(JensenShannon.divergence(p, q)).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void jensenShannonByHand() {
        // m = (3/4, 1/4); KL(p || m) = 1/2 ln(4/3), KL(q || m) = ln(4/3); JSD = 3/4 ln(4/3)
        double[] p = {0.5, 0.5};
        double[] q = {1, 0};

        assertThat(JensenShannon.divergence(p, q)).isCloseTo(0.75 * Math.log(4.0 / 3), within(1e-15));
        assertThat(JensenShannon.distance(p, q)).isCloseTo(Math.sqrt(0.75 * Math.log(4.0 / 3)), within(1e-15));
        assertThat(JensenShannon.divergence(p, q, 2)).isCloseTo(0.75 * Math.log(4.0 / 3) / Math.log(2),
                within(1e-15));
    }

    @Test
    void jensenShannonNormalisesCounts() {
        assertThat(JensenShannon.distance(new double[] {2, 6}, new double[] {30, 10}))
                .isCloseTo(JensenShannon.distance(new double[] {0.25, 0.75}, new double[] {0.75, 0.25}),
                        within(1e-15));
        assertThat(JensenShannon.distance(new double[] {3, 1, 0}, new double[] {6, 2, 0})).isZero();
    }

    @Test
    void jensenShannonRejectsInvalidInput() {
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("entries");
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {0, 0}, new double[] {1, 1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("p sums to 0");
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {1, Double.NaN}, new double[] {1, 1}))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("p[1]");
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {1}, new double[] {1}, 1))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("base");
    }
}
