package io.minicrm.domain.template;

import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/** The message one recipient gets, with every placeholder filled in: a subject for e-mail, and the body. */
@ValueObject
public record RenderedMessage(Optional<String> subject, String body) {

    /** What a delivery that is never sent keeps: no message was rendered for it. */
    public static final RenderedMessage NONE = new RenderedMessage(Optional.empty(), "");

    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
