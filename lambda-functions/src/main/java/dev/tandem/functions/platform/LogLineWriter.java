package dev.tandem.functions.platform;

import org.slf4j.event.Level;

/** Writes one log event as one line: JSON where deployed, readable text in a local run. */
interface LogLineWriter {

    void write(Level level, String logger, String message, Throwable throwable);
}
