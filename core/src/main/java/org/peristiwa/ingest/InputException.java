package org.peristiwa.ingest;

/** An input that is not a readable report (binary, empty, undecodable, too large): the message names the problem. */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
