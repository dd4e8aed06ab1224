package org.peristiwa.store;

/** A store that cannot be opened, read or written, with a one-line message naming the file and the problem. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
