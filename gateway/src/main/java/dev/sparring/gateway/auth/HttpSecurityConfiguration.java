package dev.sparring.gateway.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what over HTTP. Every caller authenticates with a bearer token (an access token
 * from {@code POST /api/auth/token}, or a candidate's invite token); nothing is kept between
 * requests. What is not listed here is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class HttpSecurityConfiguration {

    /** The STOMP endpoint (see the socket package); its handshake may carry the token in the query. */
    static final String WEBSOCKET_PATH = "/ws";
    static final String SIGN_IN_PATH = "/api/auth/token";

    private static final String[] STAFF = {SparringUser.INTERVIEWER, SparringUser.HIRING_MANAGER, SparringUser.ADMIN};

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, JwtDecoder decoder,
            SparringAuthenticationConverter converter, SecurityErrorResponses errors) {
        http
                // tokens, not sessions: any gateway instance serves any request, none remembers a login
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // CSRF rides on credentials a browser attaches by itself (cookies, basic auth). Ours
                // travel only in an Authorization header (or, for /ws, a query parameter) that script
                // must add explicitly, and another origin's script cannot read the token to add it.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new GatewayBearerTokenResolver(WEBSOCKET_PATH, SIGN_IN_PATH))
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .authorizeHttpRequests(requests -> requests
                        // the error page renders the status of whatever failed, for everybody
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, SIGN_IN_PATH).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        // the pages and their assets: they hold no data, the API behind them does
                        .requestMatchers("/", "/index.html", "/assets/**", "/*.css", "/*.js", "/favicon.ico",
                                "/join/**", "/app/**")
                        .permitAll()
                        // the browser app's other pages (/join/** forwards to join.html) and its
                        // bundled third-party scripts
                        .requestMatchers(HttpMethod.GET, "/console.html", "/join.html", "/report.html",
                                "/calibration.html", "/exercise.html", "/vendor/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        // candidates too: what a socket may do is decided per STOMP message
                        .requestMatchers(WEBSOCKET_PATH, WEBSOCKET_PATH + "/**").authenticated()
                        .requestMatchers("/api/admin/**").hasRole(SparringUser.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/auth/me").authenticated()
                        // all a candidate may read over HTTP; the controller checks the session is
                        // the invite's own
                        .requestMatchers(HttpMethod.GET, "/api/sessions/*", "/api/sessions/*/**").authenticated()
                        .requestMatchers("/api/**").hasAnyRole(STAFF)
                        .requestMatchers("/actuator/**").hasRole(SparringUser.ADMIN)
                        .anyRequest().denyAll());
        return http.build();
    }
}
