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

/** Documents the 400 of an operation whose body or parameters can be refused, field by field. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
        responseCode = "400",
        description = "A field or parameter is invalid; violations lists each one",
        content =
                @Content(
                        mediaType = ProblemDetails.MEDIA_TYPE,
                        schema = @Schema(implementation = ProblemDetails.class),
                        examples = @ExampleObject(value = """
                        {"type":"urn:minicrm:problem:invalid","title":"Invalid request","status":400,
                        "detail":"email: 'ada@' is not an e-mail address",
                        "violations":[{"path":"email","message":"'ada@' is not an e-mail address"}]}""")))
public @interface InvalidResponse {}
