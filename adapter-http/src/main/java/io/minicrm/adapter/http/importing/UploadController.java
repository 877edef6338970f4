package io.minicrm.adapter.http.importing;

import java.io.InputStream;
import java.net.URI;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.TooLargeResponse;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * {@code /api/upload}: imports a CSV file of customers or orders, sent as the body ({@code text/csv}) or as the
 * {@code file} part of a form. The file streams into the importer as it arrives, so its size is bounded only by
 * {@code micronaut.server.max-request-size} and {@code micronaut.server.multipart.max-file-size}.
 */
@Controller("/api/upload")
public class UploadController {

    private static final String TEXT_CSV = "text/csv";

    private final Imports imports;
    private final ImportMapper mapper;
    private final WorkspaceResolver workspaces;

    public UploadController(Imports imports, ImportMapper mapper, WorkspaceResolver workspaces) {
        this.imports = imports;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /**
     * Imports customers from a CSV file sent as the body or as the form's {@code file} part: 200 with the final report,
     * or with {@code wait=false} 202 and the job to follow at its {@code Location}.
     */
    @Post("/customers")
    @Consumes(TEXT_CSV)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> customers(HttpRequest<?> request, @Body InputStream csv,
                                                           @QueryValue(defaultValue = "true") boolean wait) {
        return upload(request, ImportKind.CUSTOMERS, csv, wait);
    }

    /**
     * Imports customers from a CSV file sent as the body or as the form's {@code file} part: 200 with the final report,
     * or with {@code wait=false} 202 and the job to follow at its {@code Location}.
     */
    @Post("/customers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> customerForm(HttpRequest<?> request, StreamingFileUpload file,
                                                              @QueryValue(defaultValue = "true") boolean wait) {
        return upload(request, ImportKind.CUSTOMERS, file.asInputStream(), wait);
    }

    /**
     * Imports orders from a CSV file sent as the body or as the form's {@code file} part: 200 with the final report,
     * or with {@code wait=false} 202 and the job to follow at its {@code Location}.
     */
    @Post("/orders")
    @Consumes(TEXT_CSV)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> orders(HttpRequest<?> request, @Body InputStream csv,
                                                        @QueryValue(defaultValue = "true") boolean wait) {
        return upload(request, ImportKind.ORDERS, csv, wait);
    }

    /**
     * Imports orders from a CSV file sent as the body or as the form's {@code file} part: 200 with the final report,
     * or with {@code wait=false} 202 and the job to follow at its {@code Location}.
     */
    @Post("/orders")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> orderForm(HttpRequest<?> request, StreamingFileUpload file,
                                                           @QueryValue(defaultValue = "true") boolean wait) {
        return upload(request, ImportKind.ORDERS, file.asInputStream(), wait);
    }

    // The importer reads the upload on its own blocking-capable threads, only as fast as it stores the rows.
    private Mono<HttpResponse<ImportJobResponse>> upload(HttpRequest<?> request, ImportKind kind, InputStream csv, boolean wait) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        if (wait) {
            return imports.run(kind, workspace, csv).last()
                    .onErrorMap(UploadFailures::cause)
                    .map(job -> HttpResponse.ok(mapper.toResponse(job)));
        }
        // Answering ends the request, and with it whatever of the body is still unread: answer once the upload is in.
        UploadStream upload = new UploadStream(csv);
        return imports.start(kind, workspace, upload)
                .flatMap(started -> upload.released().then(imports.job(workspace, started.id())).defaultIfEmpty(started))
                .onErrorMap(UploadFailures::cause)
                .map(job -> HttpResponse.accepted(URI.create("/api/imports/" + job.id())).body(mapper.toResponse(job)));
    }
}
