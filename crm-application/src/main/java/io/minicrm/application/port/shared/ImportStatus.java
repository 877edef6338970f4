package io.minicrm.application.port.shared;

/**
 * Where an import stands: still going, done, stopped by a problem with the file or a store, or interrupted when the
 * process running it stopped before it finished.
 */
public enum ImportStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    INTERRUPTED
}
