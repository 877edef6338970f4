package io.minicrm.adapter.http.importing;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.http.server.HttpServerConfiguration;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.TooLargeResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.StartedImport;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * {@code /api/upload}: imports a CSV file of customers or orders, sent as the body ({@code text/csv}) or as the
 * {@code file} part of a form. The import's job exists as soon as the upload starts; the file is kept aside as it
 * arrives and imported once it is whole, so that an upload over {@code micronaut.server.max-request-size} (or
 * {@code micronaut.server.multipart.max-file-size}) stores nothing. {@code wait=false} answers 202 with the job at
 * once; {@code wait=true} (the default) answers with the finished job, or with 202 if it has not finished within
 * {@code crm.upload.wait}.
 */
@Controller("/api/upload")
public class UploadController {

    private static final String TEXT_CSV = "text/csv";

    private final Imports imports;
    private final ImportMapper mapper;
    private final WorkspaceResolver workspaces;
    private final HttpServerConfiguration server;
    private final Duration waitAtMost;

    public UploadController(
            Imports imports,
            ImportMapper mapper,
            WorkspaceResolver workspaces,
            HttpServerConfiguration server,
            @Value("${crm.upload.wait:30s}") Duration waitAtMost) {
        this.imports = imports;
        this.mapper = mapper;
        this.workspaces = workspaces;
        this.server = server;
        this.waitAtMost = waitAtMost;
    }

    /**
     * Imports customers from a CSV file sent as the body: 200 with the final report, or 202 and the job to follow at its
     * {@code Location} with {@code wait=false} or once the import takes longer than the wait allowed.
     */
    @Post("/customers")
    @Consumes(TEXT_CSV)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> customers(
            HttpRequest<?> request,
            @Body InputStream csv,
            @Nullable @QueryValue String wait,
            @Nullable @QueryValue String charset) {
        return upload(
                request,
                ImportKind.CUSTOMERS,
                csv,
                request.getContentType(),
                server.getMaxRequestSize(),
                wait,
                charset);
    }

    /**
     * Imports customers from a CSV file sent as the form's {@code file} part: 200 with the final report, or 202 and the
     * job to follow at its {@code Location} with {@code wait=false} or once the import takes longer than the wait allowed.
     */
    @Post("/customers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> customerForm(
            HttpRequest<?> request,
            StreamingFileUpload file,
            @Nullable @QueryValue String wait,
            @Nullable @QueryValue String charset) {
        return upload(
                request,
                ImportKind.CUSTOMERS,
                file.asInputStream(),
                file.getContentType(),
                formFileLimit(),
                wait,
                charset);
    }

    /**
     * Imports orders from a CSV file sent as the body: 200 with the final report, or 202 and the job to follow at its
     * {@code Location} with {@code wait=false} or once the import takes longer than the wait allowed.
     */
    @Post("/orders")
    @Consumes(TEXT_CSV)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> orders(
            HttpRequest<?> request,
            @Body InputStream csv,
            @Nullable @QueryValue String wait,
            @Nullable @QueryValue String charset) {
        return upload(
                request, ImportKind.ORDERS, csv, request.getContentType(), server.getMaxRequestSize(), wait, charset);
    }

    /**
     * Imports orders from a CSV file sent as the form's {@code file} part: 200 with the final report, or 202 and the job
     * to follow at its {@code Location} with {@code wait=false} or once the import takes longer than the wait allowed.
     */
    @Post("/orders")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @InvalidResponse
    @TooLargeResponse
    public Mono<HttpResponse<ImportJobResponse>> orderForm(
            HttpRequest<?> request,
            StreamingFileUpload file,
            @Nullable @QueryValue String wait,
            @Nullable @QueryValue String charset) {
        return upload(
                request,
                ImportKind.ORDERS,
                file.asInputStream(),
                file.getContentType(),
                formFileLimit(),
                wait,
                charset);
    }

    private long formFileLimit() {
        return server.getMultipart().getMaxFileSize();
    }

    private Mono<HttpResponse<ImportJobResponse>> upload(
            HttpRequest<?> request,
            ImportKind kind,
            InputStream body,
            Optional<MediaType> type,
            long limit,
            @Nullable String wait,
            @Nullable String charset) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        return CrmException.orRefuse(UploadOptions.read(wait, charset, type)).flatMap(options -> {
            // A body that says it is too large is refused before any job exists; one that only turns out so fails its
            // job.
            if (request.getContentLength() > server.getMaxRequestSize()) {
                return Mono.error(
                        new ContentLengthExceededException(server.getMaxRequestSize(), request.getContentLength()));
            }
            UploadSpool spool = new UploadSpool(limit);
            return imports.receive(kind, workspace, spool.arrival(body, options.charset()))
                    .flatMap(started ->
                            options.waits() ? finished(workspace, started, spool) : Mono.just(accepted(started.job())));
        });
    }

    /** The finished job; the job as it stands, once it has taken longer than the wait allowed. */
    private Mono<HttpResponse<ImportJobResponse>> finished(
            WorkspaceId workspace, StartedImport started, UploadSpool spool) {
        return started.outcome()
                .<HttpResponse<ImportJobResponse>>map(job -> HttpResponse.ok(mapper.toResponse(job)))
                .onErrorMap(failure ->
                        spool.tooLarge().<Throwable>map(tooLarge -> tooLarge).orElse(failure))
                .timeout(
                        waitAtMost,
                        imports.job(workspace, started.job().id())
                                .defaultIfEmpty(started.job())
                                .map(this::accepted));
    }

    private HttpResponse<ImportJobResponse> accepted(ImportJob job) {
        return HttpResponse.accepted(URI.create("/api/imports/" + job.id())).body(mapper.toResponse(job));
    }
}
