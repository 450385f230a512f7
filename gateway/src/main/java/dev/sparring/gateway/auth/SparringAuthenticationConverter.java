package dev.sparring.gateway.auth;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a verified token (see {@link SparringClaimsValidator}) into a {@link SparringAuthentication}.
 * The kind of token, not the roles it lists, decides what kind of user it is: an invite yields a
 * candidate and nothing more, an access token only the account roles it knows.
 */
@Component
class SparringAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        boolean invite = TokenClaims.INVITE.equals(token.getClaimAsString(TokenClaims.TYPE));
        Set<String> roles = invite ? Set.of(SparringUser.CANDIDATE) : accountRoles(token);
        SparringUser user = new SparringUser(token.getSubject(), token.getClaimAsString(TokenClaims.NAME),
                token.getClaimAsString(TokenClaims.TEAM), roles,
                invite ? token.getClaimAsString(TokenClaims.SESSION) : null);
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(SparringUser.ROLE_PREFIX + role))
                .toList();
        return new SparringAuthentication(user, token, authorities);
    }

    private static Set<String> accountRoles(Jwt token) {
        List<String> claimed = token.getClaimAsStringList(TokenClaims.ROLES);
        if (claimed == null) {
            return Set.of();
        }
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        claimed.forEach(role -> AccountRole.parse(role).ifPresent(roles::add));
        return roles.stream().map(AccountRole::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
