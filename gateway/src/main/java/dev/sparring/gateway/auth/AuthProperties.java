package dev.sparring.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway signs and checks its tokens.
 *
 * @param tokenSecret the HMAC-SHA256 key of every token, at least 32 bytes (UTF-8). Every gateway
 *     instance must have the same one, so that a token issued by one is accepted by all; rotating
 *     it logs everybody out. Set it with {@code SPARRING_AUTH_TOKEN_SECRET}.
 * @param accessTokenTtl how long a team member's access token is valid; there is no refresh, the
 *     member signs in again
 * @param inviteTtl how long a candidate's invite link works
 * @param bootstrapAdmin an admin account created at startup when absent, so that a fresh
 *     deployment has somebody who can create the others
 */
@ConfigurationProperties("sparring.auth")
record AuthProperties(
        String tokenSecret,
        @DefaultValue("8h") Duration accessTokenTtl,
        @DefaultValue("72h") Duration inviteTtl,
        @DefaultValue BootstrapAdmin bootstrapAdmin) {

    static final int MIN_SECRET_BYTES = 32;

    AuthProperties {
        // fail at startup rather than issue tokens anybody could forge with a guessable key
        if (tokenSecret == null || tokenSecret.isBlank()) {
            throw new IllegalArgumentException("sparring.auth.token-secret is not set: the gateway signs its tokens"
                    + " with it. Set SPARRING_AUTH_TOKEN_SECRET to a random value of at least " + MIN_SECRET_BYTES
                    + " bytes (for example `openssl rand -base64 48`), the same on every gateway instance");
        }
        int length = tokenSecret.getBytes(StandardCharsets.UTF_8).length;
        if (length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("sparring.auth.token-secret is too short: " + length
                    + " bytes, HMAC-SHA256 needs at least " + MIN_SECRET_BYTES
                    + " (for example `openssl rand -base64 48`)");
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero() || inviteTtl.isNegative() || inviteTtl.isZero()) {
            throw new IllegalArgumentException("sparring.auth.access-token-ttl and invite-ttl must be positive");
        }
    }

    byte[] tokenSecretBytes() {
        return tokenSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** Never print the secret, not even in a failure message or a debug dump of the settings. */
    @Override
    public String toString() {
        return "AuthProperties[tokenSecret=<hidden>, accessTokenTtl=" + accessTokenTtl + ", inviteTtl=" + inviteTtl
                + ", bootstrapAdmin=" + bootstrapAdmin + "]";
    }

    /**
     * @param username the admin's user name; nothing is created while it is blank
     * @param password at least 12 characters; used only when the account does not exist yet
     * @param team the team the admin administers
     * @param displayName shown in the app
     */
    record BootstrapAdmin(String username, String password, String team,
            @DefaultValue("Administrator") String displayName) {

        boolean wanted() {
            return username != null && !username.isBlank();
        }

        @Override
        public String toString() {
            return "BootstrapAdmin[username=" + username + ", team=" + team + ", password=<hidden>]";
        }
    }
}
