package dev.sparring.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused requests with JSON the app can show, never a login page or a redirect:
 * 401 {@code {"error":"unauthorized"|"invalid-token", "message":...}} with an RFC 6750
 * {@code WWW-Authenticate} header, and 403 {@code {"error":"forbidden", "message":...}}. Also the one
 * place that logs these security events: who, what, where, never a token.
 */
@Component
class SecurityErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityErrorResponses.class);

    private final JsonMapper json;

    SecurityErrorResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof OAuth2AuthenticationException oauth
                && oauth.getError() instanceof BearerTokenError error && error.getHttpStatus() == HttpStatus.BAD_REQUEST) {
            // several tokens at once, or an empty one
            log.info("Refused a malformed bearer token request on {} {}: {}", request.getMethod(), path(request),
                    printable(error.getDescription()));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_request\"");
            write(response, HttpStatus.BAD_REQUEST, "invalid-request", "send exactly one bearer token");
            return;
        }
        if (failure instanceof InsufficientAuthenticationException) {
            // no token at all: a normal first step for clients, not worth more than debug
            log.debug("Unauthenticated {} {}", request.getMethod(), path(request));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "unauthorized",
                    "sign in first and send the token as 'Authorization: Bearer <token>'");
            return;
        }
        log.info("Refused a bearer token on {} {} from {}: {}", request.getMethod(), path(request),
                request.getRemoteAddr(), printable(failure.getMessage()));
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, "invalid-token", "the token is invalid or has expired; sign in again");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        SparringUser user = SparringUser.find(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        log.warn("Forbidden: {} {} for {} with roles {}", request.getMethod(), path(request),
                user == null ? "an unknown user" : user.userId(), user == null ? "[]" : user.roles());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(response, HttpStatus.FORBIDDEN, "forbidden",
                "your roles do not allow " + request.getMethod() + " " + path(request));
    }

    private void write(HttpServletResponse response, HttpStatus status, String error, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(error, message));
    }

    /** The error body of every refusal, also a controller's own (another team's data, say). */
    static Map<String, Object> body(String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    /** The path without the query string, which may hold a token; control characters cannot forge log lines. */
    static String path(HttpServletRequest request) {
        return printable(request.getRequestURI());
    }

    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
