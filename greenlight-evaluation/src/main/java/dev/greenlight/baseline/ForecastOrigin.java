package dev.greenlight.baseline;

/** Which actual values a forecasting baseline may use for a test row. */
public enum ForecastOrigin {
    /**
     * Only the training values: every test row is forecast from the end of training, h steps ahead for the h-th
     * test row. Fair to a model that forecast the whole test period at once.
     */
    END_OF_TRAINING,
    /**
     * Every actual value before the row, test rows included: one step ahead. Fair to a model that forecast each
     * row knowing the actual values before it.
     */
    ONE_STEP_AHEAD
}
