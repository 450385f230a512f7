package dev.sparring.gateway.auth;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request or socket authenticated by a verified Sparring token. Its principal is the
 * {@link SparringUser}, its name the user id, its authorities {@code ROLE_<role>}.
 */
public final class SparringAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final SparringUser user;
    private final Jwt token;

    SparringAuthentication(SparringUser user, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    public SparringUser user() {
        return user;
    }

    /** When the token stops being valid: a socket opened with it should be closed then. */
    public Instant expiresAt() {
        return token.getExpiresAt();
    }

    @Override
    public SparringUser getPrincipal() {
        return user;
    }

    /** The verified token; never logged. */
    @Override
    public Jwt getCredentials() {
        return token;
    }
}
