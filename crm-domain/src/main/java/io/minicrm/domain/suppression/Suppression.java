package io.minicrm.domain.suppression;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.OptOuts;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An address a workspace must not message over one channel any more, why, and since when. An address is suppressed
 * once per workspace and channel: the first reason stands until the suppression is lifted.
 *
 * @param detail what the server said, when anything was (a bounce's reply)
 */
@ValueObject
public record Suppression(
        WorkspaceId workspace,
        Channel channel,
        String address,
        SuppressionReason reason,
        Optional<String> detail,
        Instant since) {

    public Suppression {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
        address = Objects.requireNonNull(address, "address").strip();
        if (address.isEmpty()) {
            throw new IllegalArgumentException("a suppression needs an address");
        }
        // A server's reply is kept for reading, not checked as input: one too long is cut rather than refused.
        int most = TextLimits.FAILURE_REASON.maxLength();
        detail = detail.map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(text -> text.length() > most ? text.substring(0, most) : text);
    }

    /**
     * The opt-outs among suppressions: addresses whose owners unsubscribed or complained, over any channel. A hard
     * bounce is not one: the address is dead, but its owner never said no.
     */
    public static OptOuts optOuts(Collection<Suppression> suppressions) {
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (Suppression suppression : suppressions) {
            boolean saidNo = switch (suppression.reason()) {
                case UNSUBSCRIBED, COMPLAINED -> true;
                case HARD_BOUNCED -> false;
            };
            if (saidNo) {
                switch (suppression.channel()) {
                    case EMAIL -> emails.add(suppression.address());
                    case SMS -> phones.add(suppression.address());
                }
            }
        }
        return new OptOuts(emails, phones);
    }
}
