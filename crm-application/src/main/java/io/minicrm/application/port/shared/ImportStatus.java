package io.minicrm.application.port.shared;

/** Where an import stands: still reading, done, or stopped by a problem with the whole file. */
public enum ImportStatus { RUNNING, COMPLETED, FAILED }
