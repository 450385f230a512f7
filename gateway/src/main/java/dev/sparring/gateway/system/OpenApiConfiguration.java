package dev.sparring.gateway.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's OpenAPI description, served by springdoc at {@code /v3/api-docs} (JSON) and
 * {@code /swagger-ui.html}, both readable without a token (see the HTTP security rules). It covers
 * {@code /api/**} only; the STOMP protocol is described in {@code docs/protocol.md} and
 * {@code docs/asyncapi.yaml}. Controllers carry no OpenAPI annotations: what is documented here is
 * derived from their mappings, plus the one bearer scheme every call but sign-in needs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER_SCHEME = "bearer-jwt";

    private static final String SIGN_IN_PATH = "/api/auth/token";

    private static final String DESCRIPTION = """
            The gateway's REST API: sign-in, interview kits and the session lifecycle. Live interviews run \
            over STOMP at `/ws` (see `docs/protocol.md`); every change a REST call makes travels through Kafka \
            like a socket command, and the call answers once the session-service has decided.

            **Authentication.** Every call except sign-in needs `Authorization: Bearer <token>`:

            * team members get an access token (HS256 JWT, 8 h by default, no refresh) from \
            `POST /api/auth/token` with `{"username": "...", "password": "..."}`;
            * a candidate's invite token comes with `POST /api/sessions` (`inviteToken`, also in the \
            `joinUrl` fragment) and admits only `GET /api/sessions/{sessionId}[/**]` of its own session.

            Errors are JSON `{"error": "<kebab-case code>", "message": "..."}`.""";

    @Bean
    OpenAPI sparringOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Sparring gateway API")
                        .description(DESCRIPTION)
                        .version(version()))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token from POST " + SIGN_IN_PATH + ", or a candidate's invite token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    /**
     * Documents the API under {@code /api/} only (not the root description or error page), and
     * marks sign-in as the one operation that needs no token.
     */
    @Bean
    OpenApiCustomizer sparringApiPaths() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
                PathItem signIn = openApi.getPaths().get(SIGN_IN_PATH);
                if (signIn != null && signIn.getPost() != null) {
                    signIn.getPost().setSecurity(List.of());
                }
            }
        };
    }

    /** The gateway jar's version from its manifest; "development" when run from classes (tests, an IDE). */
    private static String version() {
        return Optional.ofNullable(OpenApiConfiguration.class.getPackage().getImplementationVersion())
                .orElse("development");
    }
}
