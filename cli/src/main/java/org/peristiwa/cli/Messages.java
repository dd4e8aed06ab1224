package org.peristiwa.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** One-line messages on standard error, counted: a problem makes the run fail, a notice does not. */
final class Messages {

    private final PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    private int problems;

    synchronized void problem(String where, String message) {
        problems++;
        err.println("peristiwa: " + where + ": " + message);
    }

    synchronized void notice(String where, String message) {
        err.println("peristiwa: " + where + ": note: " + message);
    }

    synchronized void line(String message) {
        err.println("peristiwa: " + message);
    }

    synchronized int problems() {
        return problems;
    }
}
