package dev.sparring.gateway.auth;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo accounts of the local run, listed in {@code gateway-local.yml}. Read only under the
 * {@code local} profile (see {@link DemoAccounts}); a production gateway creates none of them.
 *
 * @param password the one password of every demo account: public, demo-only
 * @param accounts the accounts to create when absent
 */
@ConfigurationProperties("sparring.auth.demo")
record DemoAccountsProperties(String password, @DefaultValue List<DemoAccount> accounts) {

    @Override
    public String toString() {
        return "DemoAccountsProperties[accounts=" + accounts + "]";
    }

    record DemoAccount(String username, String displayName, String teamId, Set<String> roles) {
    }
}
