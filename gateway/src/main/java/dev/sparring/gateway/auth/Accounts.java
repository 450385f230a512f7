package dev.sparring.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creating accounts and checking passwords; storage is {@link AccountStore}'s. */
@Component
class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;
    /**
     * Checked against when the user name is unknown, so that an unknown name costs the same bcrypt
     * work as a wrong password and response times do not tell which names exist.
     */
    private final String decoyHash;

    Accounts(AccountStore store, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Creates the account unless its name is taken.
     *
     * @return the new account, or empty when an account of that name exists (left untouched)
     * @throws IllegalArgumentException when the request is invalid (see {@link NewAccount#problems()})
     */
    Optional<Account> create(NewAccount request) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid account " + request.username() + ": " + problems);
        }
        Account account = new Account(request.username(), request.displayName().strip(), request.teamId(),
                request.accountRoles(), passwords.encode(request.password()), clock.instant());
        return store.create(account) ? Optional.of(account) : Optional.empty();
    }

    /** The account with this name and password; empty for a wrong password and an unknown name alike. */
    Optional<Account> authenticate(String username, String password) {
        if (username == null || password == null
                || password.getBytes(StandardCharsets.UTF_8).length > NewAccount.MAX_PASSWORD_BYTES) {
            return Optional.empty();
        }
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        Optional<Account> account = NewAccount.USERNAME.matcher(normalized).matches()
                ? store.find(normalized) : Optional.empty();
        if (account.isEmpty()) {
            passwords.matches(password, decoyHash);
            return Optional.empty();
        }
        return passwords.matches(password, account.get().passwordHash()) ? account : Optional.empty();
    }

    Optional<Account> find(String username) {
        return store.find(username);
    }

    List<Account> team(String teamId) {
        return store.listByTeam(teamId);
    }
}
