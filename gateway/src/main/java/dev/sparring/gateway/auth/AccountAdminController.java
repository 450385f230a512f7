package dev.sparring.gateway.auth;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin manages the accounts of their own team, and of no other. The HTTP rules already
 * require {@code ROLE_ADMIN} for {@code /api/admin/**}; the team is checked here.
 */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountAdminController {

    private static final Logger log = LoggerFactory.getLogger(AccountAdminController.class);

    private final Accounts accounts;

    AccountAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** 201 with the account; 400 with the reasons; 403 for another team; 409 when the name is taken. */
    @PostMapping
    ResponseEntity<Object> create(@RequestBody NewAccount request, @AuthenticationPrincipal SparringUser admin) {
        if (!admin.hasRole(SparringUser.ADMIN)) {
            return forbidden(admin, "only an admin may create accounts");
        }
        if (request.teamId() != null && !request.teamId().equals(admin.teamId())) {
            return forbidden(admin, "an admin may create accounts only in their own team (" + admin.teamId() + ")");
        }
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            Map<String, Object> body = SecurityErrorResponses.body("invalid-account", String.join("; ", problems));
            body.put("problems", problems);
            return ResponseEntity.badRequest().body(body);
        }
        Optional<Account> created = accounts.create(request);
        if (created.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(SecurityErrorResponses.body("account-exists",
                    "an account named " + request.username() + " exists already"));
        }
        Account account = created.get();
        log.info("Admin {} created account {} in team {} with roles {}", admin.userId(), account.username(),
                account.teamId(), account.roles());
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + account.username()))
                .body(AccountView.of(account));
    }

    /** The admin's team, ordered by user name; never a password hash. */
    @GetMapping
    List<AccountView> list(@AuthenticationPrincipal SparringUser admin) {
        return accounts.team(admin.teamId()).stream().map(AccountView::of).toList();
    }

    /** 404 for an unknown name and for another team's account alike. */
    @GetMapping("/{username}")
    ResponseEntity<AccountView> one(@PathVariable String username, @AuthenticationPrincipal SparringUser admin) {
        return accounts.find(username)
                .filter(account -> account.teamId().equals(admin.teamId()))
                .map(account -> ResponseEntity.ok(AccountView.of(account)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Object> forbidden(SparringUser admin, String message) {
        log.warn("Forbidden: {} of team {} tried to create an account: {}", admin.userId(), admin.teamId(), message);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(SecurityErrorResponses.body("forbidden", message));
    }

    record AccountView(String username, String displayName, String teamId, List<String> roles, Instant createdAt) {

        static AccountView of(Account account) {
            return new AccountView(account.username(), account.displayName(), account.teamId(),
                    account.roles().stream().map(AccountRole::name).toList(), account.createdAt());
        }
    }
}
