package dev.sparring.gateway.auth;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A team member's account as stored in Redis (JSON under {@code {accounts}:user:<username>}).
 *
 * @param passwordHash the {@code {bcrypt}...} hash; never leaves the gateway
 */
record Account(String username, String displayName, String teamId, Set<AccountRole> roles, String passwordHash,
        Instant createdAt) {

    Account {
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    SparringUser asUser() {
        return new SparringUser(username, displayName, teamId,
                roles.stream().map(AccountRole::name).collect(Collectors.toSet()), null);
    }

    @Override
    public String toString() {
        return "Account[username=" + username + ", teamId=" + teamId + ", roles=" + roles + "]";
    }
}
