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

/** Documents the 409 of an operation refused because of the state of what it changes. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
        responseCode = "409",
        description = "Refused by the state of what it changes, such as a taken e-mail",
        content =
                @Content(
                        mediaType = ProblemDetails.MEDIA_TYPE,
                        schema = @Schema(implementation = ProblemDetails.class),
                        examples = @ExampleObject(value = """
                        {"type":"urn:minicrm:problem:conflict","title":"Conflict","status":409,
                        "detail":"campaign 019ab4c2-7b1e-7c4d-9f00-2b3c4d5e6f70 is COMPLETED; only a DRAFT can be scheduled"}""")))
public @interface ConflictResponse {}
