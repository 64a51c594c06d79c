package org.thrivemis.it.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every browser test shares, as a JUnit 5 extension: the exported product jar started
 * with a fresh data directory (what the README's run command starts) and Debian's Chromium, both
 * once per test class and both closed after it, the browser first.
 *
 * <pre>{@code @RegisterExtension static final ProductInBrowser app = new ProductInBrowser("x-browser-it", "profiles");}</pre>
 */
public final class ProductInBrowser implements BeforeAllCallback, AfterAllCallback {
    private final String workName;
    private final String profileName;
    private ProductProcess product;
    private Browser browser;

    /**
     * @param workName the folder under the build's work directory for this test class
     * @param profileName the Chromium profile folder inside it
     */
    public ProductInBrowser(String workName, String profileName) {
        this.workName = workName;
        this.profileName = profileName;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path work = Settings.workDir(workName);
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        browser = Browser.start(work.resolve(profileName));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (product != null) {
                product.close();
            }
        }
    }

    public ProductProcess product() {
        return product;
    }

    public Browser browser() {
        return browser;
    }
}
