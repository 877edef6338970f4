package io.minicrm.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;

/** The OpenAPI document is generated from the controllers, so it lists every route the server answers. */
@MicronautTest
class OpenApiDocumentTest {

    @Inject
    Router router;

    @Test
    @SuppressWarnings("unchecked")
    void the_document_lists_every_api_route() throws IOException {
        Map<String, Object> document;
        try (InputStream yaml = getClass().getResourceAsStream("/META-INF/swagger/mini-crm.yml")) {
            document = new Yaml().load(yaml);
        }
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> documented = paths.entrySet().stream()
                .flatMap(path -> path.getValue().keySet().stream().map(method -> method.toUpperCase(Locale.ROOT) + " " + path.getKey()))
                .collect(Collectors.toSet());

        Set<String> served = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                // Micronaut answers HEAD wherever it answers GET; the document lists the GET.
                .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toSet());

        assertThat(served).isNotEmpty();
        assertThat(documented).containsAll(served);
    }
}
