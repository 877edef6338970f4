package io.minicrm.application.port.in;

import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** The figures that sum up a workspace. */
public interface Insights {

    Mono<Dashboard> dashboard(WorkspaceId workspace);
}
