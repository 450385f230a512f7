package dev.sparring.gateway.session;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.gateway.auth.InviteTokens;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.command.CommandGateway;
import dev.sparring.gateway.command.CommandOutcome;
import dev.sparring.gateway.kit.KitRegistry;
import dev.sparring.platform.session.SessionReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The session lifecycle over REST. Changes travel as commands through Kafka like everything else;
 * a call answers once the session-service decided (it waits without holding a thread).
 */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    static final Duration DECISION_TIMEOUT = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final SessionReader sessions;
    private final SessionAccess access;
    private final KitRegistry kits;
    private final InviteTokens invites;
    private final Clock clock;

    SessionController(CommandGateway commands, SessionReader sessions, SessionAccess access, KitRegistry kits,
            InviteTokens invites, Clock clock) {
        this.commands = commands;
        this.sessions = sessions;
        this.access = access;
        this.kits = kits;
        this.invites = invites;
        this.clock = clock;
    }

    /**
     * Opens an interview for a candidate from a kit; answers with the candidate's join link. With an
     * {@code Idempotency-Key}, a retry (after a timeout, say) answers with the session the first
     * request created instead of creating a second one.
     */
    @PostMapping
    CompletableFuture<ResponseEntity<CreatedSession>> create(@AuthenticationPrincipal SparringUser user,
            @RequestBody NewSession request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        teamMember(user);
        if (request.kitId() == null || request.candidateName() == null || request.candidateName().isBlank()
                || request.candidateName().length() > 200) {
            throw new SessionRefusal(ErrorCode.INVALID_VALUE, "kitId and candidateName (1 to 200 characters) are required");
        }
        InterviewKit kit = kits.find(user.teamId(), request.kitId())
                .orElseThrow(() -> new SessionRefusal(ErrorCode.UNKNOWN_KIT, "no kit '" + request.kitId() + "'"));
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new SessionRefusal(ErrorCode.INVALID_VALUE, "an Idempotency-Key has 1 to 200 characters");
        }
        String sessionId = idempotencyKey == null ? "s-" + UUID.randomUUID()
                : "s-" + UUID.nameUUIDFromBytes((user.teamId() + "/" + user.userId() + "/" + idempotencyKey)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Actor interviewer = SessionAccess.actor(user, ParticipantRole.INTERVIEWER);
        // read while the request is current: the answer is built on whichever thread Kafka completes on
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return commands.sendAndAwait(sessionId, interviewer, "rest", "create", new SessionCommand.CreateSession(
                        user.teamId(), kit, request.candidateName().strip()), DECISION_TIMEOUT)
                .thenApply(outcome -> {
                    decided(outcome);
                    String token = invites.issue(sessionId, user.teamId(), request.candidateName().strip());
                    return ResponseEntity.created(URI.create(base + "/api/sessions/" + sessionId))
                            .body(new CreatedSession(sessionId, joinUrl(base, sessionId, token), token,
                                    view(user, sessionId)));
                });
    }

    /** The caller's team's interviews, newest first. */
    @GetMapping
    List<SessionSummary> list(@AuthenticationPrincipal SparringUser user,
            @RequestParam(defaultValue = "50") int limit) {
        teamMember(user);
        return sessions.sessionsOfTeam(user.teamId(), Math.max(1, Math.min(limit, 200))).stream()
                .map(sessions::state)
                .flatMap(java.util.Optional::stream)
                .map(SessionSummary::of)
                .toList();
    }

    /** The session as the caller may see it: everything for interviewers, the candidate's view otherwise. */
    @GetMapping("/{sessionId}")
    Object get(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId) {
        return view(user, sessionId);
    }

    @PostMapping("/{sessionId}/rounds/{roundIndex}/start")
    CompletableFuture<Object> startRound(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId,
            @PathVariable int roundIndex) {
        return steer(user, sessionId, new SessionCommand.StartRound(roundIndex));
    }

    @PostMapping("/{sessionId}/rounds/current/advance")
    CompletableFuture<Object> advancePhase(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId) {
        return steer(user, sessionId, new SessionCommand.AdvancePhase());
    }

    @PostMapping("/{sessionId}/rounds/current/end")
    CompletableFuture<Object> endRound(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId) {
        return steer(user, sessionId, new SessionCommand.EndRound());
    }

    @PostMapping("/{sessionId}/end")
    CompletableFuture<Object> end(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId) {
        return steer(user, sessionId, new SessionCommand.EndSession());
    }

    /** A fresh invite for the candidate, e.g. when the first one expired. */
    @PostMapping("/{sessionId}/invite")
    Invite invite(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId) {
        SessionAccess.Membership membership = interviewerOf(user, sessionId);
        String token = invites.issue(sessionId, membership.state().teamId(), membership.state().candidateName());
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return new Invite(joinUrl(base, sessionId, token), token);
    }

    private CompletableFuture<Object> steer(SparringUser user, String sessionId, SessionCommand command) {
        interviewerOf(user, sessionId);
        return commands.sendAndAwait(sessionId, SessionAccess.actor(user, ParticipantRole.INTERVIEWER), "rest", command,
                DECISION_TIMEOUT).thenApply(outcome -> {
                    decided(outcome);
                    return view(user, sessionId);
                });
    }

    private Object view(SparringUser user, String sessionId) {
        SessionAccess.Membership membership = access.join(user, sessionId);
        return SessionViews.forRole(membership.role(), membership.state(), user.userId(), clock.instant());
    }

    private SessionAccess.Membership interviewerOf(SparringUser user, String sessionId) {
        SessionAccess.Membership membership = access.join(user, sessionId);
        if (membership.role() != ParticipantRole.INTERVIEWER) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "only interviewers steer the session");
        }
        return membership;
    }

    private static void teamMember(SparringUser user) {
        if (user.isCandidate()) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "candidates cannot do that");
        }
    }

    private static void decided(CommandOutcome outcome) {
        if (outcome instanceof CommandOutcome.Rejected rejected) {
            throw new SessionRefusal(rejected.rejection().code(), rejected.rejection().message());
        }
    }

    /** The token travels in the fragment, which browsers never send to servers or put in logs. */
    private static String joinUrl(String base, String sessionId, String token) {
        return base + "/join/" + sessionId + "#invite=" + token;
    }

    record NewSession(String kitId, String candidateName) {
    }

    record CreatedSession(String sessionId, String joinUrl, String inviteToken, Object session) {
    }

    record Invite(String joinUrl, String inviteToken) {
    }

    record SessionSummary(String sessionId, String kitId, String kitTitle, String candidateName, String createdBy,
            SessionState.SessionStatus status, int currentRound, long version) {

        static SessionSummary of(SessionState state) {
            return new SessionSummary(state.sessionId(), state.kit().id(), state.kit().title(), state.candidateName(),
                    Objects.requireNonNullElse(state.createdBy().displayName(), state.createdBy().userId()),
                    state.status(), state.currentRound(), state.version());
        }
    }

}
