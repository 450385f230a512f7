package dev.sparring.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues the token of a candidate's invite link. It admits its bearer, as {@code CANDIDATE}, to
 * the one session it names (claim {@code sid}) and to nothing else: the HTTP rules let it reach
 * only {@code GET /api/sessions/{id}[/**]} and the {@code /ws} handshake, and whoever serves a
 * session must check that {@link SparringUser#sessionId()} is that session.
 */
@Component
public class InviteTokens {

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration ttl;

    InviteTokens(JwtEncoder encoder, Clock clock, AuthProperties properties) {
        this.encoder = encoder;
        this.clock = clock;
        this.ttl = properties.inviteTtl();
    }

    /**
     * @param sessionId the session the candidate may join
     * @param teamId the team that owns the session
     * @param candidateName the name shown for the candidate
     * @return a signed JWT, valid for {@code sparring.auth.invite-ttl} (72 h by default)
     */
    public String issue(String sessionId, String teamId, String candidateName) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("an invite needs a session id");
        }
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("an invite needs the team that owns the session");
        }
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(TokenClaims.ISSUER)
                .subject(TokenClaims.CANDIDATE_PREFIX + sessionId)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(TokenClaims.TYPE, TokenClaims.INVITE)
                .claim(TokenClaims.SESSION, sessionId)
                .claim(TokenClaims.NAME, candidateName == null || candidateName.isBlank() ? "Candidate" : candidateName)
                .claim(TokenClaims.TEAM, teamId)
                .claim(TokenClaims.ROLES, List.of(SparringUser.CANDIDATE))
                .build();
        return AccessTokens.encode(encoder, claims);
    }

    /** How long an invite is valid, for showing an expiry next to the link. */
    public Duration ttl() {
        return ttl;
    }
}
