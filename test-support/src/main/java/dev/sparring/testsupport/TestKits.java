package dev.sparring.testsupport;

import dev.sparring.contracts.kit.DeepDivePrompt;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.Prompt;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.kit.RoundPlan;
import java.time.Duration;
import java.util.List;

/** Small kits for tests, shaped like the built-in one but with time boxes a test can wait out. */
public final class TestKits {

    private TestKits() {
    }

    /** Three rounds (coding, system design with five phases, behavioral), each {@code roundLength} long. */
    public static InterviewKit threeRounds(Duration roundLength) {
        Duration phase = roundLength.dividedBy(5);
        return new InterviewKit("test-loop", 1, "Test loop", "A short loop for tests", null, List.of(
                new RoundPlan("coding", RoundKind.CODING, "Coding", roundLength,
                        List.of(new PhasePlan("solve", "Solve", roundLength, "Write and test the code")),
                        List.of("clarifies-constraints", "complexity-trade-offs", "code-quality", "tests-edge-cases"),
                        List.of(new Prompt("lru-cache", "caching", "LRU cache", "Implement an LRU cache.",
                                List.of("code-quality"), List.of("Asks about capacity and thread safety"),
                                List.of(new DeepDivePrompt("lru-cache-concurrency", "How would you make it thread-safe?",
                                        List.of("complexity-trade-offs")))))),
                new RoundPlan("system-design", RoundKind.SYSTEM_DESIGN, "System design", roundLength,
                        List.of(new PhasePlan("requirements", "Requirements", phase, "Clarify"),
                                new PhasePlan("scale-estimate", "Scale estimate", phase, "Estimate"),
                                new PhasePlan("high-level-design", "High-level design", phase, "Sketch"),
                                new PhasePlan("deep-dive", "Deep dive", phase, "Go deep"),
                                new PhasePlan("wrap-up", "Wrap-up", phase, "Summarise")),
                        List.of("requirements", "scale-estimation", "trade-offs", "deep-dive", "drives-conversation"),
                        List.of(new Prompt("rate-limiter", "rate-limiter", "Rate limiter",
                                "Design a rate limiter for a public API.", List.of("requirements"),
                                List.of("Asks per-user or per-IP, limits, regions"),
                                List.of(new DeepDivePrompt("rate-limiter-algorithm",
                                                "Token bucket or sliding window: which, and why?", List.of("trade-offs")),
                                        new DeepDivePrompt("rate-limiter-cache-cold",
                                                "What happens when the counter cache is cold?", List.of("deep-dive")))))),
                new RoundPlan("behavioral", RoundKind.BEHAVIORAL, "Behavioral", roundLength,
                        List.of(new PhasePlan("stories", "Stories", roundLength, "Ask for stories")),
                        List.of("ownership", "measurable-outcome"),
                        List.of(new Prompt("failure-ownership", "failure-ownership", "An incident you owned",
                                "Tell me about a production incident you owned.", List.of("ownership"),
                                List.of("Listens for 'I' and numbers"),
                                List.of(new DeepDivePrompt("failure-ownership-measure",
                                        "How did you measure the outcome?", List.of("measurable-outcome"))))))));
    }
}
