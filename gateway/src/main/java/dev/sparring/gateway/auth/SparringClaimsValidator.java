package dev.sparring.gateway.auth;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a correctly signed token that is not one of ours in shape: without a subject or an
 * expiry, of an unknown kind, or an invite that does not name its session consistently. The
 * authentication converter relies on these checks.
 */
class SparringClaimsValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            return invalid("the token has no subject");
        }
        if (token.getExpiresAt() == null) {
            return invalid("the token has no expiry");
        }
        String type = token.getClaimAsString(TokenClaims.TYPE);
        if (TokenClaims.ACCESS.equals(type)) {
            return subject.startsWith(TokenClaims.CANDIDATE_PREFIX)
                    ? invalid("an access token cannot name a candidate") : OAuth2TokenValidatorResult.success();
        }
        if (TokenClaims.INVITE.equals(type)) {
            String sessionId = token.getClaimAsString(TokenClaims.SESSION);
            if (sessionId == null || sessionId.isBlank()) {
                return invalid("an invite token must name its session");
            }
            if (!subject.equals(TokenClaims.CANDIDATE_PREFIX + sessionId)) {
                return invalid("an invite token's subject must match its session");
            }
            List<String> roles = token.getClaimAsStringList(TokenClaims.ROLES);
            if (roles == null || !roles.equals(List.of(SparringUser.CANDIDATE))) {
                return invalid("an invite token admits a candidate only");
            }
            return OAuth2TokenValidatorResult.success();
        }
        return invalid("unknown token type");
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
