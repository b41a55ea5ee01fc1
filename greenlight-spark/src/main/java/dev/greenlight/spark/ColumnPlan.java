package dev.greenlight.spark;

import dev.greenlight.table.ColumnType;

import java.io.Serializable;

/**
 * How one column of a Spark dataset is profiled: the Greenlight type it is read as and the form its values take
 * in the planned dataset ({@link SparkSchema#select}).
 *
 * @param name the column's name
 * @param type the type the single-machine reader would give the same data
 */
record ColumnPlan(String name, ColumnType type) implements Serializable {

    /** The form of the planned values: doubles (NaN or null = missing), strings, or 64-bit hashes of text. */
    Storage storage() {
        if (type.isNumericStorage()) {
            return Storage.NUMBERS;
        }
        return type == ColumnType.TEXT ? Storage.HASHES : Storage.STRINGS;
    }

    enum Storage {
        NUMBERS, STRINGS, HASHES
    }
}
