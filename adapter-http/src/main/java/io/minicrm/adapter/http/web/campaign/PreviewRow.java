package io.minicrm.adapter.http.web.campaign;

import io.minicrm.application.port.in.MessageSample;

/** A sample customer's message as the editor's preview shows it: to whom, the subject if any, and the body. */
public record PreviewRow(String recipient, String subject, String body) {

    static PreviewRow of(MessageSample sample) {
        String email = sample.customer().email().value();
        return new PreviewRow(
                sample.customer()
                        .profile()
                        .name()
                        .map(name -> name + " <" + email + ">")
                        .orElse(email),
                sample.subject().orElse(""),
                sample.body());
    }
}
