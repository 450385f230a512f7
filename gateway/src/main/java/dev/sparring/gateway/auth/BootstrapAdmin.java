package dev.sparring.gateway.auth;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the admin named by {@code sparring.auth.bootstrap-admin.*} when absent, so that a fresh
 * deployment has somebody who can create the other accounts. An existing account is never
 * changed: the password property is used once, and may be removed afterwards.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final AuthProperties.BootstrapAdmin admin;

    BootstrapAdmin(Accounts accounts, AuthProperties properties) {
        this.accounts = accounts;
        this.admin = properties.bootstrapAdmin();
        if (admin.wanted()) {
            // an unusable bootstrap admin is a deployment mistake: say so at startup, not at first sign-in
            List<String> problems = request().problems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("sparring.auth.bootstrap-admin is invalid: " + problems);
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.wanted()) {
            return;
        }
        if (accounts.create(request()).isPresent()) {
            log.info("Created the bootstrap admin {} of team {}", admin.username(), admin.team());
        } else {
            log.debug("The bootstrap admin {} exists already; left unchanged", admin.username());
        }
    }

    private NewAccount request() {
        return new NewAccount(admin.username(), admin.displayName(), admin.password(), admin.team(),
                List.of(AccountRole.ADMIN.name()));
    }
}
