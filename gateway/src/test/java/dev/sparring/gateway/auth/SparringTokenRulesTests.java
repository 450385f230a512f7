package dev.sparring.gateway.auth;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** What a correctly signed token may claim, and what it turns into. */
class SparringTokenRulesTests {

    private final SparringClaimsValidator validator = new SparringClaimsValidator();
    private final SparringAuthenticationConverter converter = new SparringAuthenticationConverter();

    @Test
    void anAccessTokenBecomesATeamMemberWithRoleAuthorities() {
        Jwt token = access("ada@demo").claim("roles", List.of("INTERVIEWER", "HIRING_MANAGER")).build();

        assertThat(validator.validate(token).hasErrors()).isFalse();
        Authentication authentication = converter.convert(token);

        SparringUser user = SparringUser.from(authentication);
        assertThat(authentication.getName()).isEqualTo("ada@demo");
        assertThat(authentication.getAuthorities()).map(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_INTERVIEWER", "ROLE_HIRING_MANAGER");
        assertThat(user).isEqualTo(new SparringUser("ada@demo", "Ada", "demo",
                Set.of("INTERVIEWER", "HIRING_MANAGER"), null));
        assertThat(user.isCandidate()).isFalse();
        assertThat(user.hasRole("ROLE_INTERVIEWER")).isTrue();
        assertThat(user.hasRole("ADMIN")).isFalse();
    }

    @Test
    void anAccessTokenCannotGrantTheCandidateRoleOrUnknownRoles() {
        Jwt token = access("ada@demo").claim("roles", List.of("INTERVIEWER", "CANDIDATE", "ROOT")).build();

        assertThat(converter.convert(token).getAuthorities()).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_INTERVIEWER");
    }

    @Test
    void anAccessTokenCannotNameACandidate() {
        assertThat(validator.validate(access("candidate:s-1").build()).hasErrors()).isTrue();
    }

    @Test
    void anInviteBecomesACandidateOfItsSessionOnly() {
        Jwt token = invite("s-1").build();

        assertThat(validator.validate(token).hasErrors()).isFalse();
        SparringUser user = SparringUser.from(converter.convert(token));
        assertThat(user.isCandidate()).isTrue();
        assertThat(user.sessionId()).isEqualTo("s-1");
        assertThat(user.roles()).containsExactly("CANDIDATE");
        assertThat(user.mayAccessSession("s-1", "demo")).isTrue();
        assertThat(user.mayAccessSession("s-2", "demo")).isFalse();
    }

    @Test
    void anInviteThatClaimsMoreThanCandidateOrAnotherSessionIsInvalid() {
        assertThat(validator.validate(invite("s-1").claim("roles", List.of("CANDIDATE", "ADMIN")).build()).hasErrors())
                .isTrue();
        assertThat(validator.validate(invite("s-1").claim("sid", "s-2").build()).hasErrors()).isTrue();
        assertThat(validator.validate(invite("s-1").claims(claims -> claims.remove("sid")).build()).hasErrors())
                .isTrue();
    }

    @Test
    void aTokenOfUnknownKindOrWithoutSubjectIsInvalid() {
        assertThat(validator.validate(access("ada@demo").claim("typ", "refresh").build()).hasErrors()).isTrue();
        assertThat(validator.validate(access("ada@demo").claims(claims -> claims.remove("typ")).build()).hasErrors())
                .isTrue();
        assertThat(validator.validate(access("ada@demo").claims(claims -> claims.remove("sub")).build()).hasErrors())
                .isTrue();
    }

    @Test
    void aTeamMemberMayAccessTheTeamsSessionsOnly() {
        SparringUser member = new SparringUser("ada@demo", "Ada", "demo", Set.of("INTERVIEWER"), null);

        assertThat(member.mayAccessSession("s-1", "demo")).isTrue();
        assertThat(member.mayAccessSession("s-1", "acme")).isFalse();
    }

    private static Jwt.Builder access(String subject) {
        return base(subject).claim("typ", "access").claim("roles", List.of("INTERVIEWER"));
    }

    private static Jwt.Builder invite(String sessionId) {
        return base("candidate:" + sessionId).claim("typ", "invite").claim("sid", sessionId)
                .claim("roles", List.of("CANDIDATE"));
    }

    private static Jwt.Builder base(String subject) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("token").header("alg", "HS256").subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(60)).claim("name", "Ada").claim("team", "demo");
    }
}
