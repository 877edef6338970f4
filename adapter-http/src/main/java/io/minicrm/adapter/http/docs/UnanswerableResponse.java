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

/** Documents the 422 of an assistant operation that could make no acceptable proposal, saying why. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
        responseCode = "422",
        description = "No proposal: the request was not understood, or the language model declined or failed",
        content =
                @Content(
                        mediaType = ProblemDetails.MEDIA_TYPE,
                        schema = @Schema(implementation = ProblemDetails.class),
                        examples = @ExampleObject(value = """
                        {"type":"urn:minicrm:problem:unanswerable","title":"No proposal","status":422,
                        "detail":"the description was not understood: 'likely to churn' was not understood"}""")))
public @interface UnanswerableResponse {}
