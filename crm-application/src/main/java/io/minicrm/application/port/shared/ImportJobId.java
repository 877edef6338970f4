package io.minicrm.application.port.shared;

/** Identifies an import job within its workspace. */
public record ImportJobId(String value) {
    public ImportJobId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an import job id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
