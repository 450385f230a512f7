package dev.sparring.gateway.auth;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts of {@code gateway-local.yml} when absent, so that the local run can be
 * tried at once. Only under the {@code local} profile: their password is public.
 */
@Component
@Profile("local")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final DemoAccountsProperties demo;

    DemoAccounts(Accounts accounts, DemoAccountsProperties demo) {
        this.accounts = accounts;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoAccountsProperties.DemoAccount account : demo.accounts()) {
            NewAccount request = new NewAccount(account.username(), account.displayName(), demo.password(),
                    account.teamId(), account.roles() == null ? List.of() : List.copyOf(account.roles()));
            if (accounts.create(request).isPresent()) {
                created++;
            }
        }
        log.warn("Local profile: {} demo accounts ready ({} created now) with the public demo password;"
                + " never run the local profile in production", demo.accounts().size(), created);
    }
}
