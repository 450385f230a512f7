package dev.sparring.system.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A calibration exercise in real headless Chromium. A hiring manager runs a short interview (a
 * revealed prompt, the candidate's answer and a chat line with markup in it), ends it and creates an
 * exercise from it on the calibration page. An interviewer finds it there, opens the exercise page,
 * steps through the replayed timeline (what the candidate saw at each step), is told the results
 * unlock after scoring, scores blind against the rubric's anchors, submits and sees the results with
 * their CSV downloads; the page fits a 390 px phone, with no console errors.
 */
class CalibrationExerciseBrowserTests extends BrowserPlatformTests {

    static final String PASSWORD = "sparring-demo-password";
    static final String ADA = "interviewer@demo";
    static final String HEDY = "manager@demo";
    static final String CANDIDATE = "Rosa Replayed";
    static final String ANSWER = "Is the feed ranked or chronological, and how many accounts does a user follow?";
    static final String XSS = "<img src=x onerror=alert(1)> is how I would not render a post";
    static final List<String> SYSTEM_DESIGN = List.of("requirements", "scale-estimation", "trade-offs", "deep-dive",
            "drives-conversation");

    @Test
    void aManagerCreatesAnExerciseAndAnInterviewerReplaysItScoresBlindAndSeesTheResults() throws Exception {
        String exerciseId;
        try (Browser manager = Browser.open("exercise-manager"); Browser candidate = Browser.open("exercise-candidate")) {
            String sessionId = diagnosing(() -> runInterview(manager, candidate), manager, candidate);
            exerciseId = diagnosing(() -> createExercise(manager, sessionId), manager);
        }
        try (Browser interviewer = Browser.open("exercise-interviewer")) {
            diagnosing(() -> {
                scoreBlind(interviewer, exerciseId);
                return null;
            }, interviewer);
        }
    }

    /** The manager interviews the candidate in round 2 (system design) and ends the interview. */
    private String runInterview(Browser manager, Browser candidate) {
        manager.get(base + "/");
        signIn(manager, HEDY);
        manager.visible("#home-view");
        manager.until("kits are loaded", d -> !manager.all("#kit option").isEmpty());
        manager.type("#candidate-name", CANDIDATE);
        manager.click("#create");
        manager.visible("#created");
        String joinUrl = manager.find("#join-url").getDomProperty("value");
        String sessionId = joinUrl.substring(joinUrl.indexOf("/join/") + 6, joinUrl.indexOf('#'));
        manager.click("#open-console");
        manager.awaitConnected();
        candidate.get(joinUrl);
        candidate.awaitConnected();

        manager.click("[data-key='start-1']");
        candidate.awaitText("#round-name", "System design");
        manager.click("[data-toggle='news-feed']");
        candidate.awaitText("#prompts [data-prompt='news-feed']", "News feed");
        candidate.type("#answer-input", ANSWER);
        candidate.click("#answer-send");
        manager.awaitText("#transcript", ANSWER);
        candidate.type("#chat-input", XSS);
        candidate.click("#chat-send");
        manager.awaitText("#transcript", XSS);
        manager.click("[data-key='end-1']");
        manager.awaitAttribute("#rounds li[data-round='1']", "data-status", "ENDED");
        manager.click("#end-session");
        manager.awaitText("#end-session", "Click again to end");
        manager.click("#end-session");
        manager.visible("#ended-banner");
        return sessionId;
    }

    /** On the calibration page, from the team's finished interviews. */
    private String createExercise(Browser manager, String sessionId) throws Exception {
        manager.get(base + "/calibration.html");
        manager.awaitAttribute("#exercises", "data-state", "ready");
        manager.awaitText("#exercise-list", "No exercises yet");
        manager.visible("#exercise-form");
        manager.until("the finished interview is offered",
                d -> !manager.all("#exercise-session option[value='" + sessionId + "']").isEmpty());
        new Select(manager.find("#exercise-session")).selectByValue(sessionId);
        assertThat(manager.find("#exercise-session option[value='" + sessionId + "']").getText()).contains(CANDIDATE);
        manager.click("#exercise-create");
        manager.awaitText("#exercise-status", "Created: Interview with " + CANDIDATE);
        WebElement item = manager.visible("#exercise-list li[data-exercise-id]");
        String exerciseId = item.getDomAttribute("data-exercise-id");
        assertThat(item.getText()).contains("Interview with " + CANDIDATE).contains("created by you")
                .contains("Not scored by you");
        assertThat(manager.find("#exercise-list li[data-exercise-id] a").getDomAttribute("href"))
                .isEqualTo("/exercise.html?id=" + exerciseId);
        manager.awaitText("#exercise-session option[value='" + sessionId + "']", "(has an exercise)");
        assertThat(manager.severeLogEntries()).as("SEVERE browser console entries").isEmpty();
        manager.script("document.getElementById('exercises').scrollIntoView();");
        manager.screenshotHere("calibration-exercises");

        // the evaluation-service archives the events as they come; the replay has them all by now
        String token = (String) manager.script("return sessionStorage.getItem('sparring.token');");
        await().atMost(Browser.WAIT).until(() -> get("/api/calibration/exercises/" + exerciseId + "/replay", token)
                .contains("round.ended"));
        return exerciseId;
    }

    private void scoreBlind(Browser interviewer, String exerciseId) throws IOException {
        // the interviewer finds the exercise on the calibration page: listed, no form to create one
        interviewer.get(base + "/?next=/calibration.html");
        signIn(interviewer, ADA);
        interviewer.awaitAttribute("#exercises", "data-state", "ready");
        String item = "#exercise-list li[data-exercise-id='" + exerciseId + "']";
        interviewer.awaitText(item, "Not scored by you");
        assertThat(interviewer.find("#exercise-form").isDisplayed()).isFalse();
        interviewer.click(item + " a");
        interviewer.awaitAttribute("body", "data-state", "ready");
        assertThat(interviewer.currentUrl()).endsWith("/exercise.html?id=" + exerciseId);
        interviewer.awaitText("#page-title", "Calibration exercise: Interview with " + CANDIDATE);

        // the replay: the revealed prompt and the candidate's lines, in order, markup shown as text
        interviewer.awaitText("#timeline li[data-type='prompt.revealed']", "News feed");
        interviewer.awaitText("#timeline li[data-type='prompt.revealed']", "300 million daily active users");
        interviewer.awaitText("#timeline li[data-type='utterance.recorded']", ANSWER);
        interviewer.awaitText("#timeline li[data-type='utterance.recorded']", CANDIDATE + " (candidate)");
        interviewer.awaitText("#timeline li[data-type='chat.posted']", XSS);
        assertThat(interviewer.all("#timeline img")).isEmpty();
        assertThat(interviewer.alertShown()).isFalse();
        List<String> types = interviewer.all("#timeline li[data-type]").stream()
                .map(li -> li.getDomAttribute("data-type")).toList();
        assertThat(types).first().isEqualTo("round.started");
        assertThat(types).containsSubsequence("round.started", "prompt.revealed", "utterance.recorded",
                "chat.posted", "round.ended");
        assertThat(types).doesNotContain("note.written", "score.submitted", "session.created");

        // step through: at the first step nothing is on screen, after the reveal the prompt is
        interviewer.click("#step-first");
        interviewer.awaitAttribute("#timeline", "data-position", "0");
        interviewer.awaitText("#step-position", "Step 1 of " + types.size());
        interviewer.awaitText("#on-screen-round", "Round 2: System design");
        assertThat(interviewer.all("#on-screen-prompts [data-prompt]")).isEmpty();
        int reveal = types.indexOf("prompt.revealed");
        for (int step = 1; step <= reveal; step++) {
            interviewer.click("#step-next");
        }
        interviewer.awaitAttribute("#timeline", "data-position", String.valueOf(reveal));
        interviewer.awaitText("#on-screen-prompts [data-prompt='news-feed']", "News feed");
        assertThat(interviewer.find("#timeline li[data-step='" + (reveal + 1) + "']").getDomAttribute("class"))
                .contains("future");
        interviewer.click("#step-last");
        interviewer.awaitAttribute("#timeline", "data-position", String.valueOf(types.size() - 1));
        interviewer.awaitText("#on-screen-round", "(ended)");

        // results are locked until the interviewer has scored
        interviewer.awaitAttribute("#results", "data-state", "locked");
        interviewer.awaitText("#results-locked", "Submit your own scores first");
        assertThat(interviewer.all("#results table")).isEmpty();

        // blind scoring against the anchored levels of the system-design rubric
        assertThat(interviewer.all("#score-rounds .score-round")).hasSize(1);
        assertThat(interviewer.all("#score-rounds .competency[data-round='1']")).hasSize(SYSTEM_DESIGN.size());
        assertThat(interviewer.find(".competency[data-competency='requirements']").getText())
                .contains("Requirements").contains("Outstanding")
                .contains("Separated must-haves from nice-to-haves");
        int[] levels = {4, 3, 3, 2, 3};
        for (int i = 0; i < SYSTEM_DESIGN.size(); i++) {
            interviewer.script("arguments[0].click();", interviewer.find(".competency[data-round='1'][data-competency='"
                    + SYSTEM_DESIGN.get(i) + "'] input[type='radio'][value='" + levels[i] + "']"));
        }
        interviewer.click("#score-submit");
        interviewer.awaitText("#score-status", "Submitted 5 scores");

        // the results: everyone's scores (only "You" so far), the spread, the agreement, the outliers
        interviewer.awaitAttribute("#results", "data-state", "ready");
        assertThat(interviewer.find("#results-locked").isDisplayed()).isFalse();
        List<WebElement> rows = interviewer.all("table[data-table='scores'] tbody tr");
        assertThat(rows).hasSize(SYSTEM_DESIGN.size());
        assertThat(interviewer.all("table[data-table='scores'] thead th")).extracting(WebElement::getText)
                .containsExactly("Round", "Competency", "You");
        WebElement requirements = rows.stream().filter(row -> row.getText().contains("Requirements")).findFirst()
                .orElseThrow();
        assertThat(requirements.findElement(By.cssSelector("td[data-column='member:you']")).getText()).isEqualTo("4");
        assertThat(interviewer.all("table[data-table='spread'] tbody tr")).hasSize(SYSTEM_DESIGN.size());
        assertThat(interviewer.all("table[data-table='agreement'] tbody tr")).hasSize(1);
        interviewer.visible("#no-outliers");
        for (String table : List.of("scores", "spread", "agreement", "outliers")) {
            assertThat(interviewer.find("a.csv-link[data-csv='" + table + "']").getDomAttribute("href"))
                    .isEqualTo("/api/calibration/exercises/" + exerciseId + "/results?table=" + table + "&format=csv");
        }
        interviewer.click("a.csv-link[data-csv='spread']");
        interviewer.awaitAttribute("a.csv-link[data-csv='spread']", "data-state", "downloaded");
        assertThat(Integer.parseInt(interviewer.find("a.csv-link[data-csv='spread']").getDomAttribute("data-bytes")))
                .isGreaterThan(50);

        // the form keeps what was given when the page is opened again
        interviewer.get(base + "/exercise.html?id=" + exerciseId);
        interviewer.awaitAttribute("#results", "data-state", "ready");
        assertThat(interviewer.find(".competency[data-competency='requirements'] input[value='4']").isSelected())
                .isTrue();

        assertThat(interviewer.alertShown()).isFalse();
        assertThat(interviewer.severeLogEntries()).as("SEVERE browser console entries").isEmpty();
        interviewer.screenshot("exercise");
        interviewer.script("document.getElementById('results').scrollIntoView();");
        interviewer.screenshotHere("exercise-results");

        // a phone: nothing scrolls sideways
        interviewer.resize(390, 844);
        interviewer.until("the narrow exercise page settles", d -> !interviewer.scrollsHorizontally());
        interviewer.screenshot("exercise-narrow");
        assertThat(interviewer.severeLogEntries()).as("SEVERE browser console entries").isEmpty();
        Browser.copyToDocs("exercise");
    }

    private static void signIn(Browser browser, String username) {
        browser.visible("#signin-form");
        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.click("#signin-submit");
    }

    private static String get(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.body() : "";
    }

    interface Steps<T> {
        T run() throws Exception;
    }

    private static <T> T diagnosing(Steps<T> steps, Browser... browsers) throws Exception {
        try {
            return steps.run();
        } catch (Exception | AssertionError failure) {
            for (Browser browser : browsers) {
                browser.diagnose();
            }
            throw failure;
        }
    }
}
