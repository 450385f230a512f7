package dev.sparring.system.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The browser app end to end in real headless Chromium, two windows in one interview: the
 * interviewer signs in, creates an interview and steers it from the console while the candidate,
 * who opened the join link, sees prompts appear and disappear, answers, chats and codes, loses the
 * network and catches up without losing or doubling anything.
 */
class InterviewInBrowserTests extends BrowserPlatformTests {

    static final String PASSWORD = "sparring-demo-password";
    static final String XSS = "<img src=x onerror=alert(1)>";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anInterviewerAndACandidateInTwoBrowsers() throws Exception {
        try (Browser interviewer = Browser.open("interviewer"); Browser candidate = Browser.open("candidate")) {
            diagnosingFailures(() -> playInterview(interviewer, candidate), interviewer, candidate);
        }
    }

    private void playInterview(Browser interviewer, Browser candidate) throws Exception {
        // sign in, create an interview, copy the candidate's link
        String joinUrl = createInterview(interviewer, "Alex Candidate");
        assertThat(joinUrl).startsWith(base + "/join/s-").contains("#invite=");

        interviewer.click("#open-console");
        interviewer.awaitConnected();
        interviewer.awaitText("#candidate-title", "Interview with Alex Candidate");
        interviewer.awaitText("#candidate-presence", "not joined yet");

        // the candidate opens the link: the invite leaves the address bar, the interviewer sees them arrive
        candidate.get(joinUrl);
        candidate.awaitConnected();
        assertThat(candidate.currentUrl()).doesNotContain("invite").doesNotContain("#");
        candidate.awaitText("#round-name", "Waiting for the interview to start");
        interviewer.awaitAttribute("#candidate-presence", "data-presence", "CONNECTED");

        // round 1 starts: both see it, the timer counts down
        interviewer.click("[data-key='start-0']");
        candidate.awaitText("#round-name", "Round 1 of 3: Coding");
        candidate.awaitText("#phase-name", "Clarify");
        interviewer.awaitText("#round-title", "Round 1: Coding");
        interviewer.until("the interviewer's timer counts down",
                d -> interviewer.find("#timer").getText().matches("4[45]:\\d\\d"));
        candidate.until("the candidate's timer counts down",
                d -> candidate.find("#timer").getText().matches("4[45]:\\d\\d"));

        // a prompt and a deep dive appear for the candidate the moment they are revealed, and go when hidden
        interviewer.click("[data-toggle='lru-cache']");
        candidate.awaitText("#prompts [data-prompt='lru-cache']", "LRU cache");
        interviewer.awaitAttribute("[data-toggle='lru-cache']", "aria-pressed", "true");
        interviewer.click("[data-toggle='lru-cache-thread-safety']");
        candidate.awaitText("#prompts [data-prompt='lru-cache-thread-safety']", "Many threads now call get and put");
        interviewer.awaitText("#candidate-sees", "a deep dive of LRU cache");
        interviewer.click("[data-toggle='lru-cache-thread-safety']");
        candidate.until("the hidden deep dive is gone from the candidate's page",
                d -> candidate.all("#prompts [data-prompt='lru-cache-thread-safety']").isEmpty());
        interviewer.awaitAttribute("[data-toggle='lru-cache-thread-safety']", "aria-pressed", "false");
        // hints are the interviewer's alone
        assertThat(interviewer.find("[data-prompt='lru-cache'] details.hint-box").getText()).contains("Interviewer hints");
        assertThat(candidate.all(".hint-box")).isEmpty();
        assertThat(candidate.find("body").getText()).doesNotContain("Clarifying questions a strong candidate asks");

        // the candidate answers; the interviewer's transcript shows it
        String answer = "Does get count as a use, and can the capacity be zero?";
        candidate.type("#answer-input", answer);
        candidate.click("#answer-send");
        interviewer.awaitText("#transcript", answer);
        candidate.awaitText("#conversation", answer);

        interviewer.type("#chat-input", "Good question: a get counts as a use, and the capacity is at least 1.");
        interviewer.click("#chat-send");
        candidate.awaitText("#conversation", "the capacity is at least 1");

        // the code pad: the candidate writes Python, the interviewer sees it highlighted
        new Select(candidate.find("#code-language")).selectByValue("python");
        candidate.click("#code-pad .cm-content");
        candidate.find("#code-pad .cm-content").sendKeys("class LRUCache:", Keys.ENTER,
                "def __init__(self, capacity):", Keys.ENTER, "self.capacity = capacity", Keys.ENTER,
                "self.entries = OrderedDict()");
        interviewer.click("#tab-code");
        interviewer.awaitText("#code-pad .cm-content", "self.entries = OrderedDict()");
        assertThat(interviewer.find("#code-pad .cm-content").getText()).contains("def __init__(self, capacity):");
        interviewer.until("python highlighting on the interviewer's pad",
                d -> !interviewer.all("#code-pad .cm-line span").isEmpty());
        interviewer.awaitAttribute("#code-language", "value", "python");
        interviewer.click("#tab-prompts");

        candidate.screenshot("candidate-room");
        interviewer.screenshot("console");

        // chat with markup in it is text on both sides, and nothing runs
        candidate.type("#chat-input", XSS);
        candidate.click("#chat-send");
        interviewer.awaitText("#transcript", XSS);
        interviewer.type("#chat-input", XSS + " right back");
        interviewer.click("#chat-send");
        candidate.awaitText("#conversation", XSS + " right back");
        assertThat(interviewer.all("#transcript img")).isEmpty();
        assertThat(candidate.all("#conversation img")).isEmpty();
        assertThat(interviewer.alertShown()).isFalse();
        assertThat(candidate.alertShown()).isFalse();

        // the candidate's network drops; meanwhile the interviewer reveals a prompt and writes
        candidate.offline(true);
        candidate.until("the candidate's page notices it is offline",
                d -> !"connected".equals(candidate.find("#connection").getDomAttribute("data-status")));
        interviewer.click("[data-toggle='lru-cache-ttl']");
        interviewer.awaitAttribute("[data-toggle='lru-cache-ttl']", "aria-pressed", "true");
        interviewer.type("#chat-input", "Take your time with the expiry question.");
        interviewer.click("#chat-send");
        interviewer.awaitText("#transcript", "Take your time with the expiry question.");
        assertThat(candidate.all("#prompts [data-prompt='lru-cache-ttl']")).isEmpty();

        // back online: the page catches up, once
        candidate.offline(false);
        candidate.awaitConnected();
        candidate.awaitText("#prompts [data-prompt='lru-cache-ttl']", "expire 10 minutes after they were written");
        candidate.awaitText("#conversation", "Take your time with the expiry question.");
        assertThat(transcriptSequences(candidate, "#conversation")).doesNotHaveDuplicates().hasSize(5);
        assertThat(occurrences(candidate.find("#conversation").getText(), answer)).isEqualTo(1);
        assertThat(transcriptSequences(interviewer, "#transcript")).doesNotHaveDuplicates().hasSize(5);
        assertThat(candidate.all("#prompts [data-prompt]")).hasSize(2);
        interviewer.awaitAttribute("#candidate-presence", "data-presence", "CONNECTED");

        // the interviewer scores against the rubric and ends the round
        interviewer.click("#tab-score");
        WebElement outstanding = interviewer.find(
                "[data-competency='clarifies-constraints'] input[type='radio'][value='4']");
        interviewer.script("arguments[0].click();", outstanding);
        interviewer.type("#comment-0-clarifies-constraints", "Asked about recency and zero capacity first.");
        interviewer.click("[data-submit='clarifies-constraints']");
        interviewer.awaitText("[data-mine='clarifies-constraints']", "Your score: Outstanding (4)");
        assertThat(interviewer.find("[data-competency='clarifies-constraints']").getText())
                .contains("Turned the answers into an explicit contract");
        interviewer.click("[data-key='end-0']");
        candidate.awaitText("#phase-name", "This round has ended");
        interviewer.awaitAttribute("#rounds li[data-round='0']", "data-status", "ENDED");

        // a tablet, then 390 px wide: nothing scrolls sideways
        interviewer.resize(1024, 768);
        interviewer.until("the medium console settles", d -> !interviewer.scrollsHorizontally());
        interviewer.screenshot("console-medium");
        candidate.resize(390, 844);
        candidate.until("the narrow candidate room settles", d -> !candidate.scrollsHorizontally());
        candidate.screenshot("candidate-room-narrow");
        interviewer.resize(390, 844);
        interviewer.until("the narrow console settles", d -> !interviewer.scrollsHorizontally());
        interviewer.screenshot("console-narrow");

        assertThat(interviewer.alertShown()).isFalse();
        assertThat(candidate.alertShown()).isFalse();
        assertNoConsoleErrors(interviewer, candidate);
        Browser.copyToDocs("console", "candidate-room");
    }

    /** The report page on a finished round: evidence linked into the transcript, print view, feedback. */
    @Test
    void reportPageShowsEvidence() throws Exception {
        try (Browser interviewer = Browser.open("interviewer-report"); Browser candidate = Browser.open("candidate-report")) {
            diagnosingFailures(() -> reportOf(interviewer, candidate), interviewer, candidate);
        }
    }

    private void reportOf(Browser interviewer, Browser candidate) throws Exception {
        String joinUrl = createInterview(interviewer, "Rita Reported");
        String sessionId = sessionIdOf(joinUrl);
        interviewer.click("#open-console");
        interviewer.awaitConnected();
        candidate.get(joinUrl);
        candidate.awaitConnected();

        // round 2, system design: the candidate clarifies and estimates, the interviewer scores it
        interviewer.click("[data-key='start-1']");
        candidate.awaitText("#round-name", "System design");
        String question = "Before designing: is the limit per user or per API key, and what peak QPS do we expect?";
        candidate.type("#answer-input", question);
        candidate.click("#answer-send");
        interviewer.awaitText("#transcript", question);
        candidate.type("#answer-input",
                "10 million daily users at 100 requests each is 1 billion a day, about 12k QPS, 50k at peak.");
        candidate.click("#answer-send");
        interviewer.awaitText("#transcript", "about 12k QPS");
        interviewer.click("#tab-score");
        interviewer.script("arguments[0].click();",
                interviewer.find("[data-competency='requirements'] input[type='radio'][value='4']"));
        interviewer.type("#comment-1-requirements", "asked first");
        interviewer.click("[data-submit='requirements']");
        interviewer.awaitText("[data-mine='requirements']", "Your score:");
        interviewer.click("[data-key='end-1']");
        interviewer.awaitAttribute("#rounds li[data-round='1']", "data-status", "ENDED");

        // the report is made asynchronously; open the page once it exists
        String token = (String) interviewer.script("return sessionStorage.getItem('sparring.token');");
        await().atMost(Browser.WAIT).until(() -> status(base + "/api/sessions/" + sessionId + "/report", token) == 200);
        interviewer.click("#report-link");
        interviewer.awaitText("#report-title", "Interview report: Rita Reported");
        interviewer.visible(".evidence li");
        interviewer.awaitText("#report", "Outstanding");
        WebElement quoteLink = interviewer.find(".evidence li a[href^='#seq-']");
        String target = quoteLink.getDomAttribute("href").substring(1);
        quoteLink.click();
        interviewer.until("the quoted line is highlighted",
                d -> interviewer.find("#" + target).getDomAttribute("class").contains("highlight"));
        interviewer.screenshotHere("report-transcript");
        interviewer.script("document.querySelector('.evidence').scrollIntoView({block: 'center'});");
        interviewer.screenshotHere("report-evidence");
        interviewer.screenshot("report");

        // printed: no toolbar, the whole transcript
        interviewer.emulatePrint(true);
        interviewer.until("the toolbar is not printed", d -> !interviewer.find(".topbar").isDisplayed());
        assertThat(interviewer.find("#transcript").isDisplayed()).isTrue();
        interviewer.screenshot("report-print");
        interviewer.emulatePrint(false);

        interviewer.click("#feedback-toggle");
        interviewer.visible("#feedback-rounds .card");
        assertThat(interviewer.find("#feedback").getText()).doesNotContain("asked first");
        interviewer.screenshot("report-feedback");
        assertNoConsoleErrors(interviewer, candidate);
    }

    /** What the pages stand on, over plain HTTP: the paths that serve them and the rubrics API. */
    @Test
    void thePagesAndTheRubricsAreServed() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).contains("<script type=\"module\" src=\"/assets/home.js\"></script>");
        HttpResponse<String> room = get("/join/s-some-session", null);
        assertThat(room.statusCode()).isEqualTo(200);
        assertThat(room.body()).contains("/assets/candidate.js");
        for (String path : List.of("/console.html", "/report.html", "/join.html", "/assets/app.css", "/vendor/stomp.js",
                "/vendor/codemirror.js", "/assets/favicon.svg")) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
        }

        String token = JSON.readTree(post("/api/auth/token", null,
                "{\"username\":\"interviewer@demo\",\"password\":\"" + PASSWORD + "\"}").body()).get("accessToken").asString();
        HttpResponse<String> rubrics = get("/api/rubrics", token);
        assertThat(rubrics.statusCode()).isEqualTo(200);
        JsonNode all = JSON.readTree(rubrics.body());
        assertThat(all.size()).isEqualTo(3);
        assertThat(all.get(0).get("competencies").get(0).get("levels").size()).isEqualTo(4);
        assertThat(get("/api/rubrics", null).statusCode()).isEqualTo(401);

        String invite = JSON.readTree(post("/api/sessions", token,
                "{\"kitId\":\"senior-swe\",\"candidateName\":\"Rubric Reader\"}").body()).get("inviteToken").asString();
        HttpResponse<String> refused = get("/api/rubrics", invite);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("levels");
    }

    // ---------------------------------------------------------------- steps

    interface Steps {
        void run() throws Exception;
    }

    private static void diagnosingFailures(Steps steps, Browser... browsers) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError failure) {
            for (Browser browser : browsers) {
                browser.diagnose();
            }
            throw failure;
        }
    }

    /** Signs in as interviewer@demo, creates an interview from the built-in kit and returns the join link. */
    private String createInterview(Browser interviewer, String candidateName) {
        interviewer.get(base + "/");
        interviewer.visible("#signin-form");
        interviewer.screenshot("sign-in");
        interviewer.type("#username", "interviewer@demo");
        interviewer.type("#password", PASSWORD);
        interviewer.click("#signin-submit");
        interviewer.visible("#home-view");
        interviewer.awaitText("#whoami", "Ada Interviewer");
        interviewer.until("kits are loaded", d -> !interviewer.all("#kit option").isEmpty());
        interviewer.type("#candidate-name", candidateName);
        interviewer.click("#create");
        interviewer.until("the join link is shown", d -> !interviewer.find("#join-url").getDomProperty("value").isEmpty());
        interviewer.click("#copy-link");
        interviewer.until("the copy is confirmed", d -> !interviewer.find("#copy-status").getText().isEmpty());
        interviewer.awaitText("#upcoming", candidateName);
        interviewer.screenshot("home");
        return interviewer.find("#join-url").getDomProperty("value");
    }

    private static List<String> transcriptSequences(Browser browser, String list) {
        return browser.all(list + " li.line").stream().map(line -> line.getDomAttribute("data-sequence")).toList();
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String sessionIdOf(String joinUrl) {
        Matcher matcher = Pattern.compile("/join/([^#]+)#").matcher(joinUrl);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void assertNoConsoleErrors(Browser... browsers) {
        for (Browser browser : browsers) {
            List<LogEntry> severe = browser.severeLogEntries();
            assertThat(severe).as("SEVERE browser console entries").isEmpty();
        }
    }
}
