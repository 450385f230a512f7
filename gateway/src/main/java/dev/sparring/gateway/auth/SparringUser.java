package dev.sparring.gateway.auth;

import java.io.Serializable;
import java.security.Principal;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;

/**
 * Who is calling: the one identity the rest of the gateway works with, for REST calls and for
 * sockets alike. Built from a verified token (see {@link SparringAuthentication}); in a controller,
 * take it as {@code @AuthenticationPrincipal SparringUser user}.
 *
 * @param userId the account's user name, or {@code candidate:<sessionId>} for a candidate
 * @param displayName the name to show
 * @param teamId the hiring team the user (or the candidate's session) belongs to
 * @param roles {@code INTERVIEWER}, {@code HIRING_MANAGER}, {@code ADMIN}, or just
 *     {@code CANDIDATE}; without the {@code ROLE_} prefix
 * @param sessionId the one session an invite admits its candidate to; {@code null} for team members
 */
public record SparringUser(String userId, String displayName, String teamId, Set<String> roles, String sessionId)
        implements Principal, Serializable {

    public static final String INTERVIEWER = AccountRole.INTERVIEWER.name();
    public static final String HIRING_MANAGER = AccountRole.HIRING_MANAGER.name();
    public static final String ADMIN = AccountRole.ADMIN.name();
    /** The only role of an invite token; no account carries it. */
    public static final String CANDIDATE = "CANDIDATE";

    static final String ROLE_PREFIX = "ROLE_";

    public SparringUser {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a user needs an id");
        }
        roles = roles == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(roles));
    }

    /** A candidate, admitted by an invite to {@link #sessionId()} and nothing else. */
    public boolean isCandidate() {
        return roles.contains(CANDIDATE);
    }

    /** Whether the user holds the role; {@code "ADMIN"} and {@code "ROLE_ADMIN"} both work. */
    public boolean hasRole(String role) {
        if (role == null) {
            return false;
        }
        return roles.contains(role.startsWith(ROLE_PREFIX) ? role.substring(ROLE_PREFIX.length()) : role);
    }

    /** Whether the user holds any of the roles. */
    public boolean hasAnyRole(Collection<String> wanted) {
        return wanted.stream().anyMatch(this::hasRole);
    }

    /**
     * Whether this user may see the session at all: a candidate only the session of the invite, a
     * team member any session of the team. Finer rules (who may reveal a prompt ...) are the
     * caller's.
     */
    public boolean mayAccessSession(String sessionId, String sessionTeamId) {
        if (isCandidate()) {
            return this.sessionId != null && this.sessionId.equals(sessionId);
        }
        return teamId != null && teamId.equals(sessionTeamId);
    }

    /** The user id, so that {@code Authentication.getName()} and STOMP user destinations use it. */
    @Override
    public String getName() {
        return userId;
    }

    /**
     * The user of an authenticated request or handshake.
     *
     * @throws IllegalArgumentException when the authentication is missing or not a Sparring token
     *     (anonymous, say); on a path that requires authentication this cannot happen
     */
    public static SparringUser from(Authentication authentication) {
        return find(authentication).orElseThrow(() -> new IllegalArgumentException(
                "not authenticated with a Sparring token: " + (authentication == null ? "none"
                        : authentication.getClass().getSimpleName())));
    }

    /**
     * The user behind a principal, when there is one: accepts the {@link Authentication} of a
     * request ({@code request.getPrincipal()} in a handshake handler, the {@code simpUser} of a
     * STOMP message when the socket's principal is that authentication) or a {@code SparringUser}.
     */
    public static Optional<SparringUser> find(Principal principal) {
        if (principal instanceof SparringUser user) {
            return Optional.of(user);
        }
        if (principal instanceof Authentication authentication && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SparringUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
