package dev.sparring.gateway.auth;

import java.util.Locale;
import java.util.Optional;

/** What a team member may do; a member may hold several roles. Candidates have no account. */
public enum AccountRole {

    /** Runs interviews: creates sessions, reveals prompts, scores. */
    INTERVIEWER,

    /** Sees the team's reports and calibration, decides. */
    HIRING_MANAGER,

    /** Manages the team's accounts. */
    ADMIN;

    /** The Spring Security authority of this role, {@code ROLE_<name>}. */
    public String authority() {
        return SparringUser.ROLE_PREFIX + name();
    }

    static Optional<AccountRole> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
