package dev.sparring.gateway.kit;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.content.kit.KitReader;
import dev.sparring.content.kit.KitValidationException;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.session.SessionRefusal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Interview kits: the built-in ones and the team's own (posted as JSON or YAML). */
@RestController
@RequestMapping("/api/kits")
class KitController {

    /** Larger than any sensible kit; a kit is text, not an upload. */
    static final int MAX_KIT_CHARACTERS = 512 * 1024;

    private final KitRegistry kits;
    private final KitReader reader;

    KitController(KitRegistry kits, KitReader reader) {
        this.kits = kits;
        this.reader = reader;
    }

    @GetMapping
    List<KitSummary> list(@AuthenticationPrincipal SparringUser user) {
        interviewerOnly(user);
        return kits.visibleTo(user.teamId()).stream().map(KitSummary::of).toList();
    }

    @GetMapping("/{kitId}")
    InterviewKit get(@AuthenticationPrincipal SparringUser user, @PathVariable String kitId) {
        interviewerOnly(user);
        return kits.find(user.teamId(), kitId)
                .orElseThrow(() -> new SessionRefusal(ErrorCode.UNKNOWN_KIT, "no kit '" + kitId + "'"));
    }

    /** Validates the kit (JSON or YAML) and publishes it as the team's next version; 400 lists every problem. */
    @PostMapping(consumes = {"application/json", "application/yaml", "application/x-yaml", "text/yaml",
            "text/plain"})
    CompletableFuture<ResponseEntity<InterviewKit>> publish(@AuthenticationPrincipal SparringUser user,
            @RequestBody String text) {
        interviewerOnly(user);
        if (text.length() > MAX_KIT_CHARACTERS) {
            throw new SessionRefusal(ErrorCode.INVALID_VALUE, "a kit is at most " + MAX_KIT_CHARACTERS + " characters");
        }
        InterviewKit kit = reader.read(text);
        return kits.publish(user.teamId(), kit).thenApply(published -> ResponseEntity
                .created(URI.create("/api/kits/" + published.id())).body(published));
    }

    static void interviewerOnly(SparringUser user) {
        if (user.isCandidate()) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "candidates do not see kits");
        }
    }

    record KitSummary(String id, int version, String title, String description, boolean builtIn,
            List<RoundSummary> rounds) {

        static KitSummary of(InterviewKit kit) {
            return new KitSummary(kit.id(), kit.version(), kit.title(), kit.description(), kit.teamId() == null,
                    kit.rounds().stream().map(round -> new RoundSummary(round.id(), round.kind(), round.title(),
                            round.duration(), round.prompts().size())).toList());
        }
    }

    record RoundSummary(String id, RoundKind kind, String title, Duration duration, int prompts) {
    }

}
