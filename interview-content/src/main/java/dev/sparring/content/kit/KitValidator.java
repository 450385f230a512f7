package dev.sparring.content.kit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.kit.DeepDivePrompt;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.Prompt;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.kit.RoundPlan;

/**
 * Checks a kit before anyone interviews with it: built-in kits at startup, uploaded kits on upload.
 * Reports every problem with its exact path rather than stopping at the first. Thread-safe.
 *
 * <p>Ids: round ids are unique in the kit, phase ids within their round, and prompt and deep-dive
 * ids share one namespace across the whole kit, because a revealed prompt is referred to by id
 * alone. A deep dive may name no competencies (it then probes its prompt's); a main prompt must
 * name at least one, so every answer can be scored.
 */
public final class KitValidator {

    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_ROUNDS = 10;
    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_DEEP_DIVES = 100;
    /** Seconds-long rounds are allowed so that tests can run a whole round quickly. */
    public static final Duration MIN_ROUND_DURATION = Duration.ofSeconds(1);
    public static final Duration MAX_ROUND_DURATION = Duration.ofHours(4);

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String KINDS =
            Arrays.stream(RoundKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final RubricCatalog rubrics;

    public KitValidator(RubricCatalog rubrics) {
        this.rubrics = Objects.requireNonNull(rubrics, "rubrics");
    }

    /** Every problem of the kit, in document order; empty if the kit is valid. */
    public List<KitProblem> validate(InterviewKit kit) {
        Check check = new Check();
        if (kit == null) {
            check.fail("", "kit is missing");
            return check.problems;
        }
        check.id("id", kit.id());
        if (kit.version() < 1) {
            check.fail("version", "must be at least 1 (was " + kit.version() + ")");
        }
        check.text("title", kit.title());
        check.optionalText("description", kit.description());
        int rounds = kit.rounds().size();
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            check.fail("rounds", "must have between 1 and " + MAX_ROUNDS + " rounds (has " + rounds + ")");
        }
        Map<String, String> roundIds = new HashMap<>();
        Map<String, String> promptIds = new HashMap<>();
        for (int i = 0; i < rounds; i++) {
            validateRound(check, "rounds[" + i + "]", kit.rounds().get(i), roundIds, promptIds);
        }
        return check.problems;
    }

    private void validateRound(Check check, String path, RoundPlan round, Map<String, String> roundIds,
            Map<String, String> promptIds) {
        check.uniqueId(path + ".id", round.id(), roundIds);
        if (round.kind() == null) {
            check.fail(path + ".kind", "is missing; must be one of " + KINDS);
        }
        check.text(path + ".title", round.title());
        Duration duration = round.duration();
        if (duration == null) {
            check.fail(path + ".duration", "is missing; use an ISO-8601 duration such as PT45M");
        } else if (duration.compareTo(MIN_ROUND_DURATION) < 0 || duration.compareTo(MAX_ROUND_DURATION) > 0) {
            check.fail(path + ".duration",
                    "must be between " + MIN_ROUND_DURATION + " and " + MAX_ROUND_DURATION + " (was " + duration + ")");
        }
        validatePhases(check, path, round.phases(), duration);
        validateRoundCompetencies(check, path, round);
        if (round.prompts().isEmpty()) {
            check.fail(path + ".prompts", "must have at least one prompt");
        }
        for (int i = 0; i < round.prompts().size(); i++) {
            validatePrompt(check, path + ".prompts[" + i + "]", round.prompts().get(i), round, promptIds);
        }
    }

    private void validatePhases(Check check, String path, List<PhasePlan> phases, Duration roundDuration) {
        if (phases.isEmpty()) {
            check.fail(path + ".phases", "must have at least one phase");
        }
        Map<String, String> phaseIds = new HashMap<>();
        Duration total = Duration.ZERO;
        boolean allTimed = true;
        for (int i = 0; i < phases.size(); i++) {
            String at = path + ".phases[" + i + "]";
            PhasePlan phase = phases.get(i);
            check.uniqueId(at + ".id", phase.id(), phaseIds);
            check.text(at + ".title", phase.title());
            check.optionalText(at + ".guidance", phase.guidance());
            if (phase.duration() == null) {
                check.fail(at + ".duration", "is missing; use an ISO-8601 duration such as PT5M");
                allTimed = false;
            } else if (phase.duration().isNegative() || phase.duration().isZero()) {
                check.fail(at + ".duration", "must be positive (was " + phase.duration() + ")");
                allTimed = false;
            } else {
                total = total.plus(phase.duration());
            }
        }
        // only meaningful once every phase and the round itself have a usable duration
        if (allTimed && roundDuration != null && total.compareTo(roundDuration) > 0) {
            check.fail(path + ".phases",
                    "phase durations add up to " + total + ", more than the round's " + roundDuration);
        }
    }

    private void validateRoundCompetencies(Check check, String path, RoundPlan round) {
        if (round.competencies().isEmpty()) {
            check.fail(path + ".competencies", "must name at least one competency");
        }
        List<String> known = round.kind() == null ? null : rubrics.competencyIds(round.kind());
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < round.competencies().size(); i++) {
            String at = path + ".competencies[" + i + "]";
            String competency = round.competencies().get(i);
            if (isBlank(competency)) {
                check.fail(at, "must not be blank");
            } else if (seen.putIfAbsent(competency, at) != null) {
                check.fail(at, "duplicate competency '" + competency + "' (also at " + seen.get(competency) + ")");
            } else if (known != null && !known.contains(competency)) {
                check.fail(at, "unknown competency '" + competency + "' for " + round.kind() + " rounds (known: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    private void validatePrompt(Check check, String path, Prompt prompt, RoundPlan round, Map<String, String> promptIds) {
        check.uniqueId(path + ".id", prompt.id(), promptIds);
        check.id(path + ".family", prompt.family());
        check.text(path + ".title", prompt.title());
        check.text(path + ".text", prompt.text());
        if (prompt.competencies().isEmpty()) {
            check.fail(path + ".competencies", "must name at least one competency");
        }
        checkPromptCompetencies(check, path, prompt.competencies(), round);
        for (int i = 0; i < prompt.hints().size(); i++) {
            check.text(path + ".hints[" + i + "]", prompt.hints().get(i));
        }
        if (prompt.deepDives().size() > MAX_DEEP_DIVES) {
            check.fail(path + ".deepDives",
                    "must have at most " + MAX_DEEP_DIVES + " deep dives (has " + prompt.deepDives().size() + ")");
        }
        for (int i = 0; i < prompt.deepDives().size(); i++) {
            String at = path + ".deepDives[" + i + "]";
            DeepDivePrompt deepDive = prompt.deepDives().get(i);
            check.uniqueId(at + ".id", deepDive.id(), promptIds);
            check.text(at + ".text", deepDive.text());
            checkPromptCompetencies(check, at, deepDive.competencies(), round);
        }
    }

    private static void checkPromptCompetencies(Check check, String path, List<String> competencies, RoundPlan round) {
        if (round.competencies().isEmpty()) {
            return; // already reported on the round; every entry here would repeat it
        }
        for (int i = 0; i < competencies.size(); i++) {
            String competency = competencies.get(i);
            if (!round.competencies().contains(competency)) {
                check.fail(path + ".competencies[" + i + "]", "competency '" + competency
                        + "' is not one of the round's (" + String.join(", ", round.competencies()) + ")");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The problems found so far, and the checks shared by every level of the kit. */
    private static final class Check {

        final List<KitProblem> problems = new ArrayList<>();

        void fail(String path, String message) {
            problems.add(new KitProblem(path, message));
        }

        /** @return whether the id is well-formed */
        boolean id(String path, String id) {
            if (isBlank(id)) {
                fail(path, "must not be blank");
                return false;
            }
            if (id.length() > MAX_ID_LENGTH) {
                fail(path, "must be at most " + MAX_ID_LENGTH + " characters (has " + id.length() + ")");
                return false;
            }
            if (!KEBAB_CASE.matcher(id).matches()) {
                fail(path, "must be kebab-case: lowercase letters and digits separated by single hyphens (was '" + id + "')");
                return false;
            }
            return true;
        }

        /** Checks the id and that no earlier entry of {@code seen} (id to path) has it, then records it. */
        void uniqueId(String path, String id, Map<String, String> seen) {
            if (!id(path, id)) {
                return;
            }
            String earlier = seen.putIfAbsent(id, path);
            if (earlier != null) {
                fail(path, "duplicate id '" + id + "' (also at " + earlier + ")");
            }
        }

        void text(String path, String text) {
            if (isBlank(text)) {
                fail(path, "must not be blank");
            } else {
                optionalText(path, text);
            }
        }

        void optionalText(String path, String text) {
            if (text != null && text.length() > MAX_TEXT_LENGTH) {
                fail(path, "must be at most " + MAX_TEXT_LENGTH + " characters (has " + text.length() + ")");
            }
        }
    }
}
