package dev.sparring.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues a team member's access token after a successful sign-in. */
@Component
class AccessTokens {

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration ttl;

    AccessTokens(JwtEncoder encoder, Clock clock, AuthProperties properties) {
        this.encoder = encoder;
        this.clock = clock;
        this.ttl = properties.accessTokenTtl();
    }

    Duration ttl() {
        return ttl;
    }

    String issue(Account account) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(TokenClaims.ISSUER)
                .subject(account.username())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(TokenClaims.TYPE, TokenClaims.ACCESS)
                .claim(TokenClaims.NAME, account.displayName())
                .claim(TokenClaims.TEAM, account.teamId())
                .claim(TokenClaims.ROLES, account.roles().stream().map(AccountRole::name).toList())
                .build();
        return encode(encoder, claims);
    }

    static String encode(JwtEncoder encoder, JwtClaimsSet claims) {
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
