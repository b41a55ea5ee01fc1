package dev.greenlight.model.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.util.List;

/** How rows are written to a serving endpoint and its answer read back: one implementation per protocol. */
interface WireProtocol {

    /** The request body (JSON) for these rows, reading the given columns in order. */
    byte[] request(Table rows, List<String> columns) throws IOException;

    /**
     * The predictions in the endpoint's answer.
     *
     * @throws RemoteAnswerException when the answer does not have the protocol's shape; the message says what
     *                               was expected and what was found
     */
    Predictions response(JsonNode answer, int rows);
}
