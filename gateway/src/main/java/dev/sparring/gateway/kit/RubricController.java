package dev.sparring.gateway.kit;

import dev.sparring.content.rubric.Rubric;
import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.session.SessionRefusal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rubrics rounds are scored against: per round kind, the competencies and the four anchored
 * levels of each. Interviewers score with them; candidates never see them.
 */
@RestController
@RequestMapping("/api/rubrics")
class RubricController {

    private final RubricCatalog rubrics;

    RubricController(RubricCatalog rubrics) {
        this.rubrics = rubrics;
    }

    @GetMapping
    List<Rubric> all(@AuthenticationPrincipal SparringUser user) {
        if (user.isCandidate()) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "candidates do not see rubrics");
        }
        return rubrics.all();
    }
}
