package io.minicrm.adapter.http.docs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.minicrm.adapter.http.ProblemDetails;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Documents the 413 of an upload larger than the service accepts. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
        responseCode = "413",
        description = "The upload is larger than the configured limit (CRM_MAX_UPLOAD_SIZE)",
        content =
                @Content(
                        mediaType = ProblemDetails.MEDIA_TYPE,
                        schema = @Schema(implementation = ProblemDetails.class),
                        examples = @ExampleObject(value = """
                        {"type":"urn:minicrm:problem:too-large","title":"Request Entity Too Large","status":413,
                        "detail":"The content length [209715200] exceeds the maximum allowed content length [104857600]"}""")))
public @interface TooLargeResponse {}
