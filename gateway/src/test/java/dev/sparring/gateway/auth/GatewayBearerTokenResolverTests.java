package dev.sparring.gateway.auth;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayBearerTokenResolverTests {

    private final GatewayBearerTokenResolver resolver = new GatewayBearerTokenResolver("/ws", "/api/auth/token");

    @Test
    void theHandshakeMayCarryTheTokenInTheQuery() {
        assertThat(resolver.resolve(withQueryToken("GET", "/ws"))).isEqualTo("abc");
        assertThat(resolver.resolve(withQueryToken("GET", "/ws/info"))).isEqualTo("abc");
    }

    @Test
    void otherPathsAndMethodsIgnoreATokenInTheQuery() {
        assertThat(resolver.resolve(withQueryToken("GET", "/api/sessions/s-1"))).isNull();
        assertThat(resolver.resolve(withQueryToken("GET", "/wsx"))).isNull();
        assertThat(resolver.resolve(withQueryToken("POST", "/ws"))).isNull();
    }

    @Test
    void theHeaderWorksEverywhereButOnSignIn() {
        assertThat(resolver.resolve(withHeaderToken("GET", "/api/auth/me"))).isEqualTo("xyz");
        assertThat(resolver.resolve(withHeaderToken("GET", "/ws"))).isEqualTo("xyz");
        assertThat(resolver.resolve(withHeaderToken("POST", "/api/auth/token"))).isNull();
    }

    private static MockHttpServletRequest withQueryToken(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setParameter("access_token", "abc");
        return request;
    }

    private static MockHttpServletRequest withHeaderToken(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Authorization", "Bearer xyz");
        return request;
    }
}
