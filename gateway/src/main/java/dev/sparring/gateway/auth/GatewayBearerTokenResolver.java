package dev.sparring.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Where a request's bearer token is read from:
 * <ul>
 * <li>the {@code Authorization} header, everywhere;</li>
 * <li>also the {@code access_token} query parameter of a GET to the WebSocket endpoint, because a
 * browser cannot set headers on a WebSocket handshake. Everywhere else a token in the URL is
 * ignored: URLs end up in logs, browser history and {@code Referer} headers;</li>
 * <li>nowhere on sign-in, so that a stale token a client still sends cannot make signing in
 * fail.</li>
 * </ul>
 */
class GatewayBearerTokenResolver implements BearerTokenResolver {

    private final String handshakePath;
    private final String signInPath;
    private final DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
    private final DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();

    GatewayBearerTokenResolver(String handshakePath, String signInPath) {
        this.handshakePath = handshakePath;
        this.signInPath = signInPath;
        // GET only: DefaultBearerTokenResolver never reads the query of another method
        headerOrQuery.setAllowUriQueryParameter(true);
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(signInPath) && HttpMethod.POST.matches(request.getMethod())) {
            return null;
        }
        boolean handshake = path.equals(handshakePath) || path.startsWith(handshakePath + "/");
        return handshake ? headerOrQuery.resolve(request) : headerOnly.resolve(request);
    }
}
