package dev.greenlight.serve.store;

import java.sql.SQLException;

/** A plain insert met an id that is stored already (or twice in the batch): the transaction must be written again. */
final class StoredIdException extends SQLException {
    StoredIdException(SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause);
    }
}
