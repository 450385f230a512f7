package dev.sparring.gateway.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in: exchanges a user name and password for an access token. */
@RestController
@RequestMapping("/api/auth")
class TokenController {

    private static final Logger log = LoggerFactory.getLogger(TokenController.class);

    private final Accounts accounts;
    private final AccessTokens tokens;

    TokenController(Accounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /**
     * 200 with the token, or 401 {@code {"error":"invalid-credentials"}} whether the name is unknown
     * or the password wrong, so that the answer does not tell which names exist.
     */
    @PostMapping("/token")
    ResponseEntity<Object> token(@RequestBody Credentials credentials) {
        Optional<Account> account = accounts.authenticate(credentials.username(), credentials.password());
        if (account.isEmpty()) {
            log.info("Failed sign-in as {}", loggable(credentials.username()));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(SecurityErrorResponses.body(
                    "invalid-credentials", "the user name or the password is wrong"));
        }
        log.info("Signed in {} of team {}", account.get().username(), account.get().teamId());
        return ResponseEntity.ok(new TokenResponse(tokens.issue(account.get()), "Bearer", tokens.ttl().toSeconds(),
                UserView.of(account.get().asUser())));
    }

    /** Who the token belongs to, for a page that holds a token and wants to show its user. */
    @GetMapping("/me")
    MeView me(@AuthenticationPrincipal SparringUser user) {
        return new MeView(user.userId(), user.displayName(), user.teamId(), List.copyOf(user.roles()),
                user.sessionId());
    }

    /** A user name goes to the log only if it has the shape of one: people type passwords there by mistake. */
    private static String loggable(String username) {
        if (username == null) {
            return "<none>";
        }
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        return NewAccount.USERNAME.matcher(normalized).matches() ? normalized : "<malformed name>";
    }

    record Credentials(String username, String password) {

        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=<hidden>]";
        }
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, UserView user) {
    }

    record UserView(String userId, String displayName, String teamId, List<String> roles) {

        static UserView of(SparringUser user) {
            return new UserView(user.userId(), user.displayName(), user.teamId(), List.copyOf(user.roles()));
        }
    }

    /** @param sessionId the invite's session for a candidate, else {@code null} */
    record MeView(String userId, String displayName, String teamId, List<String> roles, String sessionId) {
    }
}
