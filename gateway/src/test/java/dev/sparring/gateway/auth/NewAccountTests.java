package dev.sparring.gateway.auth;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewAccountTests {

    @Test
    void aCompleteRequestIsValid() {
        NewAccount request = new NewAccount("ada@demo", "Ada Lovelace", "twelve-chars", "demo",
                List.of("interviewer", "ADMIN"));

        assertThat(request.problems()).isEmpty();
        assertThat(request.accountRoles()).containsExactly(AccountRole.INTERVIEWER, AccountRole.ADMIN);
    }

    @Test
    void everyProblemIsNamed() {
        NewAccount request = new NewAccount("A", "", "short", "Demo Team", List.of());

        assertThat(request.problems()).hasSize(5);
    }

    @Test
    void userNamesCannotCollideWithCandidateIdsOrKeySyntax() {
        assertThat(valid("candidate:s-1")).isFalse();
        assertThat(valid("ada{x}")).isFalse();
        assertThat(valid("Ada@demo")).isFalse();
        assertThat(valid("ada\n@demo")).isFalse();
        assertThat(valid("ada.lovelace@demo-team")).isTrue();
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefused() {
        NewAccount request = new NewAccount("ada@demo", "Ada", "p".repeat(73), "demo", List.of("ADMIN"));

        assertThat(request.problems()).singleElement().asString().contains("at most 72 bytes");
    }

    @Test
    void anUnknownRoleIsEchoedWithoutControlCharacters() {
        NewAccount request = new NewAccount("ada@demo", "Ada", "twelve-chars", "demo", List.of("SUPER\nUSER"));

        assertThat(request.problems()).singleElement().asString().contains("unknown role 'SUPER?USER'");
    }

    private static boolean valid(String username) {
        return new NewAccount(username, "Name", "twelve-chars", "demo", List.of("ADMIN")).problems().isEmpty();
    }
}
