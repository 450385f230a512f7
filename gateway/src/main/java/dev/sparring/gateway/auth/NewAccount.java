package dev.sparring.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An account to create, as an admin posts it to {@code /api/admin/accounts}.
 *
 * @param roles names of {@link AccountRole}s, case-insensitive; kept as text so that an unknown
 *     one is reported as such instead of failing the whole body
 */
record NewAccount(String username, String displayName, String password, String teamId, List<String> roles) {

    /**
     * Lower case, so that names are unique whatever the case typed at sign-in; no ':' or braces,
     * which keeps user names apart from candidate ids and Redis key syntax.
     */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt ignores (Spring's refuses) anything past 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_DISPLAY_NAME_LENGTH = 100;

    /** What is wrong with this request, in words an admin can act on; empty when it is valid. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add("username must be 3 to 64 characters: lower-case letters, digits and . _ @ -,"
                    + " starting with a letter or digit");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_DISPLAY_NAME_LENGTH
                || displayName.chars().anyMatch(Character::isISOControl)) {
            problems.add("displayName must be 1 to " + MAX_DISPLAY_NAME_LENGTH + " printable characters");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add("password must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        if (teamId == null || !TEAM.matcher(teamId).matches()) {
            problems.add("teamId must be 1 to 40 characters: lower-case letters, digits and -");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add("roles must name at least one of " + List.of(AccountRole.values()));
        } else {
            roles.stream().filter(role -> AccountRole.parse(role).isEmpty()).findFirst().ifPresent(unknown ->
                    problems.add("unknown role '" + printable(unknown) + "'; roles are " + List.of(AccountRole.values())));
        }
        return problems;
    }

    Set<AccountRole> accountRoles() {
        Set<AccountRole> parsed = EnumSet.noneOf(AccountRole.class);
        roles.forEach(role -> AccountRole.parse(role).ifPresent(parsed::add));
        return parsed;
    }

    /** Echoes a rejected value without letting it forge lines in a log or a page. */
    private static String printable(String value) {
        String shortened = Optional.ofNullable(value).orElse("").codePoints().limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", teamId=" + teamId + ", roles=" + roles + "]";
    }
}
