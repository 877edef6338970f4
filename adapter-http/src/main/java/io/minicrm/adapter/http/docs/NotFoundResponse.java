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

/** Documents the 404 of an operation that names something by id in the caller's workspace. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
        responseCode = "404",
        description = "Nothing with that id in the caller's workspace",
        content =
                @Content(
                        mediaType = ProblemDetails.MEDIA_TYPE,
                        schema = @Schema(implementation = ProblemDetails.class),
                        examples = @ExampleObject(value = """
                        {"type":"urn:minicrm:problem:not-found","title":"Not found","status":404,
                        "detail":"customer '019ab4c2-7b1e-7c4d-9f00-2b3c4d5e6f70' was not found"}""")))
public @interface NotFoundResponse {}
