package dev.sparring.system.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The calibration dashboard in real headless Chromium. A hiring manager finds the page from the
 * home page, sees the empty state, imports past scorecards through the page (a bad file is refused
 * with line-numbered problems, a good one lands), and then sees leniency, distribution, drift and
 * agreement charts that match the API's figures, with CSV downloads; the page fits a 390 px phone.
 * An interviewer then sees only their own figures and the team's anonymised distribution.
 */
class CalibrationPageBrowserTests extends BrowserPlatformTests {

    static final String PASSWORD = "sparring-demo-password";
    static final String ADA = "interviewer@demo";
    static final String GRACE = "interviewer2@demo";
    static final String HEDY = "manager@demo";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aHiringManagerAndAnInterviewerOnTheCalibrationPage() throws Exception {
        try (Browser manager = Browser.open("manager")) {
            diagnosing(manager, () -> managerView(manager));
        }
        try (Browser interviewer = Browser.open("interviewer")) {
            diagnosing(interviewer, () -> interviewerView(interviewer));
        }
    }

    private void managerView(Browser manager) throws Exception {
        // from the home page's navigation to the page, which is empty at first
        manager.get(base + "/");
        signIn(manager, HEDY);
        manager.visible("#home-view");
        manager.click("#calibration-link");
        awaitReady(manager);
        manager.visible("#empty");
        manager.awaitText("#empty-title", "No scores yet");
        assertThat(manager.all("svg.chart")).isEmpty();

        // a bad file is refused whole, with the API's line-numbered problems
        manager.visible("#import-card");
        manager.type("#import-text", "interviewer_id,candidate_id,session_id,round_kind,competency,level,scored_at\n"
                + ADA + ",c-1,ats-1,SYSTEM_DESIGN,requirements,3,2026-01-10T10:00:00Z\n"
                + ADA + ",c-1,ats-1,SYSTEM_DESIGN,requirements-typo,5,2026-01-10T10:00:00Z\n");
        manager.click("#import-submit");
        manager.visible("#import-error");
        manager.awaitText("#import-problems", "line 3: competency 'requirements-typo' is not in the SYSTEM_DESIGN rubric");
        manager.awaitText("#import-problems", "line 3: level 5 is not between 1 and 4");
        manager.awaitText("#import-error-message", "nothing was imported");
        assertThat(manager.find("#empty").isDisplayed()).isTrue();
        // Chromium logs the refused request itself (a 400 response) as SEVERE: that one, and nothing else
        assertThat(manager.severeLogEntries()).allSatisfy(entry -> assertThat(entry.getMessage())
                .contains("/api/calibration/imports").contains("status of 400"));

        // a good file, chosen with the file input
        Path csv = Path.of("target", "calibration-import.csv").toAbsolutePath();
        Files.writeString(csv, scorecards());
        manager.find("#import-text").clear();
        manager.find("#import-file").sendKeys(csv.toString());
        manager.click("#import-submit");
        manager.awaitText("#import-status", "Imported 54 scores and 18 recommendations");
        awaitReady(manager);

        JsonNode tables = statistics(token(HEDY)).get("tables");
        List<String> interviewers = new ArrayList<>();
        tables.get("leniency").forEach(row -> interviewers.add(row.get("interviewer_id").asString()));
        assertThat(interviewers).containsExactlyInAnyOrder(ADA, GRACE, HEDY);

        // leniency: one bar row per interviewer, with the API's shrunken estimate
        manager.until("a leniency bar per interviewer",
                d -> manager.all("svg[data-chart='leniency'] g.bar-row").size() == interviewers.size());
        for (JsonNode row : tables.get("leniency")) {
            String id = row.get("interviewer_id").asString();
            WebElement bar = manager.find("svg[data-chart='leniency'] g.bar-row[data-key='" + id + "']");
            assertThat(Double.parseDouble(bar.getDomAttribute("data-value")))
                    .isCloseTo(row.get("shrunken_leniency").asDouble(), within(1e-9));
            assertThat(manager.all("svg[data-chart='leniency'] g.bar-row[data-key='" + id + "'] rect.bar")).hasSize(1);
        }
        assertThat(manager.all("svg[data-chart='leniency'] line.zero-line")).hasSize(1);
        // colleagues by name (the team directory), the manager as "You"
        manager.awaitText("#leniency", "Grace Interviewer (" + GRACE + ")");
        manager.awaitText("#leniency", "You (Hedy Manager)");
        assertThat(manager.find("svg[data-chart='leniency']").getDomAttribute("role")).isEqualTo("img");
        assertThat(manager.find("svg[data-chart='leniency'] title").getDomProperty("textContent"))
                .isEqualTo("Interviewer leniency");

        // the distribution per competency: three competencies, four levels, all 54 scores
        assertThat(manager.all("svg[data-chart='stacked'] g.stack-row")).hasSize(3);
        int total = manager.all("svg[data-chart='stacked'] rect.segment").stream()
                .mapToInt(segment -> Integer.parseInt(segment.getDomAttribute("data-count"))).sum();
        assertThat(total).isEqualTo(54);

        // drift: a line per interviewer over three months
        assertThat(manager.all("svg[data-chart='line'] g.series")).hasSize(3);
        assertThat(manager.all("svg[data-chart='line'] g.series[data-points='3']")).hasSize(3);

        // agreement: every competency's figures as the API returns them, charts with interpretation bands
        JsonNode agreement = tables.get("agreement");
        assertThat(agreement).hasSize(3);
        assertThat(manager.all("svg[data-chart='icc'] g.bar-row")).hasSize(3);
        assertThat(manager.all("svg[data-chart='alpha'] g.bar-row")).hasSize(3);
        assertThat(manager.all("svg[data-chart='icc'] rect[data-band]")).isNotEmpty();
        List<WebElement> agreementRows = manager.all("table[data-table='agreement'] tbody tr");
        assertThat(agreementRows).hasSize(3);
        for (int i = 0; i < agreement.size(); i++) {
            JsonNode row = agreement.get(i);
            for (String column : List.of("alpha_interval", "alpha_ordinal", "icc_1_1", "icc_2_1", "icc_3_1",
                    "icc_2_k", "icc_3_k")) {
                String shown = agreementRows.get(i).findElement(org.openqa.selenium.By.cssSelector(
                        "td[data-column='" + column + "']")).getDomAttribute("data-value");
                if (row.get(column).isNull()) {
                    assertThat(shown).as(column).isEmpty();
                } else {
                    assertThat(Double.parseDouble(shown)).as(column).isCloseTo(row.get(column).asDouble(), within(1e-9));
                }
            }
        }
        JsonNode kappa = tables.get("recommendation-agreement");
        assertThat(kappa).hasSize(1);
        assertThat(Double.parseDouble(manager.find("#kappa-value").getDomAttribute("data-value")))
                .isCloseTo(kappa.get(0).get("kappa").asDouble(), within(1e-9));

        // every table downloads as CSV, with the bearer token
        for (String table : List.of("leniency", "competency-profiles", "drift", "agreement",
                "recommendation-agreement", "severities", "adjusted-scores", "scores", "recommendations")) {
            assertThat(manager.find("a.csv-link[data-csv='" + table + "']").getDomAttribute("href"))
                    .isEqualTo("/api/calibration/statistics/" + table + "?format=csv");
        }
        manager.click("a.csv-link[data-csv='leniency']");
        manager.awaitAttribute("a.csv-link[data-csv='leniency']", "data-state", "downloaded");
        assertThat(Integer.parseInt(manager.find("a.csv-link[data-csv='leniency']").getDomAttribute("data-bytes")))
                .isGreaterThan(100);

        assertThat(manager.severeLogEntries()).as("SEVERE browser console entries").isEmpty();
        manager.screenshot("calibration");
        manager.script("document.getElementById('drift').scrollIntoView();");
        manager.screenshotHere("calibration-drift-agreement");

        // a phone: no sideways scrolling, the charts redraw at the narrow width
        manager.resize(390, 844);
        manager.until("the leniency chart is redrawn for 390 px", d -> Integer.parseInt(
                manager.find("svg[data-chart='leniency']").getDomAttribute("width")) <= 390);
        assertThat(manager.scrollsHorizontally()).as("horizontal scroll at 390 px").isFalse();
        manager.screenshot("calibration-narrow");
        assertThat(manager.severeLogEntries()).as("SEVERE browser console entries").isEmpty();
        Browser.copyToDocs("calibration");
    }

    private void interviewerView(Browser interviewer) {
        interviewer.get(base + "/?next=/calibration.html");
        signIn(interviewer, ADA);
        awaitReady(interviewer);
        interviewer.awaitAttribute("body", "data-scope", "own");
        interviewer.awaitText("#scope-note", "your own figures and the team's anonymised distribution");

        // own leniency only
        assertThat(interviewer.all("svg[data-chart='leniency'] g.bar-row")).hasSize(1);
        interviewer.find("svg[data-chart='leniency'] g.bar-row[data-key='" + ADA + "']");
        interviewer.awaitText("#leniency-title", "Your leniency");
        // own distribution and the anonymised team distribution, clearly labelled
        interviewer.awaitText("#team-distribution-title", "Team distribution (anonymised)");
        assertThat(interviewer.all("#own-distribution svg[data-chart='stacked'] g.stack-row")).hasSize(3);
        assertThat(interviewer.all("#team-distribution svg[data-chart='stacked'] g.stack-row")).hasSize(3);
        int teamTotal = interviewer.all("#team-distribution rect.segment").stream()
                .mapToInt(segment -> Integer.parseInt(segment.getDomAttribute("data-count"))).sum();
        assertThat(teamTotal).isEqualTo(54);
        assertThat(interviewer.find("a.csv-link[data-csv='team-distribution']").getDomAttribute("href"))
                .isEqualTo("/api/calibration/statistics/team-distribution?format=csv");

        // nothing team-wide, nobody else by name or id, no import form
        assertThat(interviewer.all("svg[data-chart='line'], svg[data-chart='icc'], #agreement")).isEmpty();
        assertThat(interviewer.find("#import-card").isDisplayed()).isFalse();
        String page = (String) interviewer.script("return document.documentElement.outerHTML;");
        assertThat(page).doesNotContain(GRACE).doesNotContain(HEDY).doesNotContain("Grace").doesNotContain("Hedy");
        assertThat(interviewer.scrollsHorizontally()).isFalse();
        assertThat(interviewer.severeLogEntries()).as("SEVERE browser console entries").isEmpty();
        interviewer.screenshot("calibration-interviewer");
    }

    /**
     * An ATS export: 6 candidates, each scored by all three interviewers in 3 competencies (two
     * system-design, one coding), two candidates a month over three months. Ada is lenient, Grace
     * severe, Hedy in between; each also recommends.
     */
    static String scorecards() {
        String[] raters = {ADA, GRACE, HEDY};
        int[] offset = {1, -1, 0};
        int[] ability = {2, 3, 1, 4, 2, 3};
        String[][] competencies = {{"SYSTEM_DESIGN", "requirements"}, {"SYSTEM_DESIGN", "trade-offs"},
                {"CODING", "code-quality"}};
        String[] recommendations = {"STRONG_NO", "NO", "LEAN_NO", "LEAN_YES", "YES", "STRONG_YES"};
        StringBuilder csv = new StringBuilder(
                "interviewer_id,candidate_id,session_id,round_kind,competency,level,scored_at,recommendation\r\n");
        for (int c = 0; c < ability.length; c++) {
            String day = "2026-0" + (1 + c / 2) + "-" + (10 + c % 2 * 7) + "T10:00:00Z";
            for (int r = 0; r < raters.length; r++) {
                String recommendation = recommendations[Math.max(0, Math.min(5, ability[c] + offset[r]))];
                for (int k = 0; k < competencies.length; k++) {
                    int noise = (c * 7 + k * 3 + r) % 4 == 0 ? -1 : 0;
                    int level = Math.max(1, Math.min(4, ability[c] + offset[r] + noise + (k == 2 ? -1 : 0)));
                    csv.append(raters[r]).append(",cand-").append(c + 1).append(",ats-").append(c + 1).append(',')
                            .append(competencies[k][0]).append(',').append(competencies[k][1]).append(',')
                            .append(level).append(',').append(day).append(',').append(recommendation).append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    private static void signIn(Browser browser, String username) {
        browser.visible("#signin-form");
        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.click("#signin-submit");
    }

    private static void awaitReady(Browser browser) {
        browser.awaitAttribute("body", "data-state", "ready");
    }

    private static String token(String username) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("accessToken").asString();
    }

    private static JsonNode statistics(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/calibration/statistics"))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    interface Steps {
        void run() throws Exception;
    }

    private static void diagnosing(Browser browser, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError failure) {
            browser.diagnose();
            throw failure;
        }
    }
}
