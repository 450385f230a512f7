package dev.sparring.system.browser;

import dev.sparring.system.Platform;
import dev.sparring.testsupport.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What browser tests stand on: the platform with a gateway on a port chosen up front (the WebSocket
 * handshake checks the page's Origin) at {@link #base}. Skipped where Chromium is not installed.
 */
abstract class BrowserPlatformTests {

    static Platform platform;
    static String base;

    @BeforeAll
    static void startPlatform() {
        Browser.assumeInstalled();
        int port = FreePorts.next();
        base = "http://localhost:" + port;
        platform = Platform.startForBrowsers(port);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }
}
