package dev.sparring.system.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser app as the gateway jar ships it: the third-party bundles (built with npm and esbuild
 * in ui/, committed, never built by Maven) are there, minified and small enough, and the pages
 * reach them through their module imports; every script and stylesheet a page loads is served by
 * the app itself (no CDN), and no script writes HTML.
 */
class VendorBundleTests {

    static final List<String> PAGES = List.of("index.html", "console.html", "join.html", "report.html",
            "calibration.html", "exercise.html");
    static final Map<String, Integer> BUNDLE_LIMITS = Map.of("vendor/stomp.js", 64 * 1024,
            "vendor/codemirror.js", 700 * 1024);

    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile(
            "(?:\\bimport\\s*(?:[\\w*{}\\s,]+\\s*from\\s*)?|\\bimport\\s*\\(\\s*)['\"]([^'\"]+)['\"]");

    @Test
    void theVendorBundlesAreMinifiedEsModules() {
        for (Map.Entry<String, Integer> bundle : BUNDLE_LIMITS.entrySet()) {
            String code = resource(bundle.getKey());
            assertThat(code.length()).as(bundle.getKey() + " size").isBetween(1_000, bundle.getValue());
            assertThat(code.lines().count()).as(bundle.getKey() + " is minified").isLessThan(200);
            assertThat(code).as(bundle.getKey() + " is an ES module").containsPattern("export\\s*\\{");
        }
        assertThat(resource("vendor/stomp.js")).contains("Client");
        assertThat(resource("vendor/codemirror.js")).contains("createCodePad").contains("languages");
        assertThat(resource("vendor/LICENSES.txt")).contains("@stomp/stompjs").contains("@codemirror/view");
    }

    @Test
    void everyPageReachesWhatItNeedsFromTheAppItself() {
        Set<String> reached = reachable();
        assertThat(reached).as("the interviewer console uses both bundles")
                .contains("console.html -> vendor/stomp.js", "console.html -> vendor/codemirror.js");
        assertThat(reached).as("the candidate room uses both bundles")
                .contains("join.html -> vendor/stomp.js", "join.html -> vendor/codemirror.js");
        assertThat(reached).contains("index.html -> assets/app.css", "report.html -> assets/report.js",
                "calibration.html -> assets/tables.js", "exercise.html -> assets/exercise.js",
                "exercise.html -> assets/tables.js");
    }

    @Test
    void noScriptOfTheAppWritesHtml() {
        Set<String> scripts = new TreeSet<>();
        for (String edge : reachable()) {
            String file = edge.substring(edge.indexOf(" -> ") + 4);
            if (file.endsWith(".js") && !file.startsWith("vendor/")) {
                scripts.add(file);
            }
        }
        assertThat(scripts).contains("assets/live.js", "assets/console.js", "assets/candidate.js", "assets/dom.js");
        for (String script : scripts) {
            assertThat(resource(script)).as(script)
                    .doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                    .doesNotContain("document.write").doesNotContain("eval(");
        }
    }

    /**
     * "page -> file" for every file a page loads, following the module imports of the app's own
     * scripts; fails on a missing file or one loaded from elsewhere.
     */
    private static Set<String> reachable() {
        Set<String> reached = new LinkedHashSet<>();
        for (String page : PAGES) {
            String html = resource(page);
            Matcher references = PAGE_REFERENCE.matcher(html);
            Deque<String> toVisit = new ArrayDeque<>();
            while (references.find()) {
                String reference = references.group(1);
                if (reference.startsWith("#") || reference.equals("/")) {
                    continue;
                }
                assertThat(reference).as(page + " loads from the app itself").startsWith("/").doesNotStartWith("//");
                toVisit.add(reference.substring(1));
            }
            while (!toVisit.isEmpty()) {
                String file = toVisit.pop();
                if (!reached.add(page + " -> " + file)) {
                    continue;
                }
                String content = resource(file); // fails when the file is missing
                if (file.endsWith(".js") && !file.startsWith("vendor/")) {
                    Matcher imports = IMPORT.matcher(content);
                    while (imports.find()) {
                        toVisit.add(resolve(file, imports.group(1)));
                    }
                }
            }
        }
        return reached;
    }

    @Test
    void theNpmProjectPinsExactVersions() throws IOException {
        Path ui = Path.of("..", "ui");
        String manifest = Files.readString(ui.resolve("package.json"));
        assertThat(manifest).contains("\"@stomp/stompjs\"", "\"@codemirror/view\"", "\"esbuild\"");
        assertThat(manifest).as("exact versions only").doesNotContainPattern("\"[~^><*]").doesNotContain("latest");
        assertThat(ui.resolve("package-lock.json")).exists();
        assertThat(ui.resolve("build-vendor.sh")).exists();
    }

    private static String resolve(String from, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        Path base = Path.of(from).getParent();
        return (base == null ? Path.of(target) : base.resolve(target)).normalize().toString().replace('\\', '/');
    }

    private static String resource(String path) {
        URL url = VendorBundleTests.class.getResource("/static/" + path);
        assertThat(url).as("static/" + path + " is in the gateway").isNotNull();
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
