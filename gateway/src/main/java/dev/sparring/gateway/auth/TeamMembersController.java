package dev.sparring.gateway.auth;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is on the caller's team, by name: statistics and exercises identify people by user id, and
 * pages show colleagues their names. Team members only (candidates are refused by the security chain);
 * one team never sees another's.
 */
@RestController
@RequestMapping("/api/team/members")
class TeamMembersController {

    private final Accounts accounts;

    TeamMembersController(Accounts accounts) {
        this.accounts = accounts;
    }

    record Member(String userId, String displayName) {
    }

    @GetMapping
    List<Member> members(@AuthenticationPrincipal SparringUser user) {
        return accounts.team(user.teamId()).stream()
                .map(account -> new Member(account.username(), account.displayName()))
                .toList();
    }
}
