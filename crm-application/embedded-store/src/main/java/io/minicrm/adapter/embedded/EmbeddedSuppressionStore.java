package io.minicrm.adapter.embedded;

import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.out.forwarding.ForwardingSuppressionStore;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps the suppression lists in the embedded file; the in-memory store it loaded at start answers every read. */
public final class EmbeddedSuppressionStore extends ForwardingSuppressionStore {

    private final Table<Suppression> table;

    EmbeddedSuppressionStore(InMemorySuppressionStore memory, Table<Suppression> table) {
        super(memory);
        this.table = table;
    }

    @Override
    public Mono<Suppression> suppress(Suppression suppression) {
        return table.write(
                delegate().suppress(suppression),
                standing -> List.of(new Touched<>(SuppressionCodec.key(suppression), Mono.justOrEmpty(standing))));
    }

    @Override
    public Mono<Boolean> lift(WorkspaceId workspace, Channel channel, String address) {
        return table.write(
                delegate().lift(workspace, channel, address),
                lifted -> List.of(new Touched<>(SuppressionCodec.key(workspace, channel, address), Mono.empty())));
    }
}
