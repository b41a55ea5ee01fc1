package dev.greenlight.monitor;

import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void california() {
        Table ref = TestData.read("california_housing_reference");
        Table ana = TestData.read("california_housing_analysis");
        Table gt = TestData.read("california_housing_analysis_gt");
        long t0 = System.nanoTime();
        MonitorResult r = MonitorEngine.run(ref, ana, gt, MonitorColumns.binary("id", "clf_target", "y_pred_proba",
                "y_pred", "timestamp"), MonitorOptions.defaults());
        System.out.println("ms " + (System.nanoTime() - t0) / 1e6 + " calibrated " + r.calibrated());
        for (ChunkResult c : r.chunks()) {
            System.out.println(c.period() + " " + c.index() + " " + c.firstRow() + "-" + c.lastRow() + " " + c.start()
                    + " auc " + c.realized().get("roc_auc") + " est " + c.estimated().get("roc_auc"));
        }
        r.alerts().forEach(a -> System.out.println("ALERT " + a.message()));
        r.changes().forEach(a -> System.out.println("CHANGE " + a.message()));
        System.out.println(r.recommendation());
        r.notes().forEach(System.out::println);
        assertThat(r.chunks()).hasSize(20);
    }
}
