package org.peristiwa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** A set of keys bound as one list parameter: {@code x IN (SELECT unnest(?))} is one statement, whatever the size. */
final class Keys {

    static final String IN = "(SELECT unnest(CAST(? AS VARCHAR[])))";

    private Keys() {}

    /** {@code sql} prepared with the keys bound to its first parameter, which must read {@link #IN}. */
    static PreparedStatement bind(Connection conn, String sql, Collection<String> keys) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        ps.setArray(1, conn.createArrayOf("VARCHAR", keys.toArray()));
        return ps;
    }
}
