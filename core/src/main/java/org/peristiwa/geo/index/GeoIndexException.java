package org.peristiwa.geo.index;

/** A gazetteer index or GeoNames file that cannot be read: the message names the file. */
public class GeoIndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GeoIndexException(String message) {
        super(message);
    }
}
