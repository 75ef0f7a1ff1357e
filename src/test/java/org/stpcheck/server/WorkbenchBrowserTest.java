package org.stpcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.stpcheck.HeadlessChromium;
import org.stpcheck.TestSupport;

/**
 * The workbench page in a real browser: Debian's Chromium, headless, driven through Debian's
 * chromedriver (named explicitly, so Selenium Manager never looks for one to download). An author
 * opens the minimal example, sees its unmet findings, types the missing YAML, watches the finding
 * pass without a reload, jumps to a finding's line, and saves; the page logs no console error.
 */
class WorkbenchBrowserTest {
    private static final String XSS = "<img src=x onerror=\"window.__xss=1\">";

    @TempDir Path dir;
    @TempDir Path profile;
    Workbench server;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        Files.copy(TestSupport.MINIMAL, dir.resolve("minimal.yaml"));
        Files.copy(TestSupport.EXAMPLE, dir.resolve("wessex-vale.yaml"));
        // plan text that is markup must reach the page as text
        Files.writeString(dir.resolve("hostile.yaml"), Files.readString(TestSupport.MINIMAL)
                .replace("wessex_vale_skeleton", "hostile").replace("name: Wessex Vale\n", "name: '" + XSS + "'\n"));
        server = Workbench.start(new PlanChecks(TestSupport.catalogue(), TestSupport.rules()), new PlanDir(dir), "127.0.0.1", 0);
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        server.close();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private WebElement unmetResult(String id) {
        return browser.findElement(By.cssSelector("section[data-outcome='unmet'] article[data-requirement='" + id + "']"));
    }

    @Test
    void anAuthorFixesAFindingByTypingWatchesItPassAndSaves() throws IOException {
        browser.get(server.url());

        // the plan list, filterable by name
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#plan-rows tr"), 3));
        browser.findElement(By.id("plan-filter")).sendKeys("minimal");
        wait.until(ExpectedConditions.textToBe(By.id("list-count"), "Showing 1 of 3 plans"));
        assertThat(browser.findElements(By.cssSelector("#plan-rows tr")).stream().filter(WebElement::isDisplayed).toList()).hasSize(1);
        browser.findElement(By.linkText("minimal.yaml")).click();

        // the minimal example: PG-10 unmet (no plan period)
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), java.util.regex.Pattern.compile("^Checked: ")));
        assertThat(unmetResult("PG-10").getText()).contains("plan.period_start is absent");
        assertThat(browser.findElement(By.id("check-status")).getText()).contains("20 unmet");
        js("window.__sameDocument = true;");

        // type the period under plan: (line 5 is "  as_of: 2016-10-21"; the editor keeps the indent)
        WebElement line5 = browser.findElements(By.cssSelector("#editor .CodeMirror-line")).get(4);
        line5.click();
        WebElement input = browser.switchTo().activeElement();
        input.sendKeys(Keys.END, Keys.ENTER, "period_start: 2016-10-01", Keys.ENTER, "period_end: 2021-03-31");
        assertThat(browser.findElement(By.id("save-status")).getText()).isEqualTo("Unsaved changes");

        // re-checked as typed: PG-10 passes, with no reload of the page
        wait.until(d -> d.findElements(By.cssSelector("section[data-outcome='unmet'] article[data-requirement='PG-10']")).isEmpty());
        WebElement passes = browser.findElement(By.cssSelector("section[data-outcome='pass'] .stp-ids"));
        assertThat(passes.getText()).contains("PG-10");
        assertThat(js("return window.__sameDocument === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("check-status")).getText()).contains("19 unmet");

        // clicking a finding moves the editor to its line and marks it
        WebElement finding = browser.findElements(By.cssSelector("section[data-outcome='unmet'] .stp-finding")).stream()
                .filter(b -> Integer.parseInt(b.getAttribute("data-line")) > 3).findFirst().orElseThrow();
        int line = Integer.parseInt(finding.getAttribute("data-line"));
        js("window.stpWorkbench.editor().setCursor({line: 0, ch: 0});");
        finding.click();
        assertThat(((Number) js("return window.stpWorkbench.editor().getCursor().line;")).intValue() + 1).isEqualTo(line);
        assertThat((String) js("return window.stpWorkbench.editor().lineInfo(arguments[0]).bgClass;", line - 1)).contains("stp-marked-line");
        assertThat(browser.findElement(By.cssSelector("#editor .stp-marked-line")).isDisplayed()).isTrue();
        Path shot = Path.of("target", "workbench-plan-view.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // Tab leaves the editor for the Save button: no keyboard trap
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("save");

        // save: the file on disk is the editor's text
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Saved to minimal.yaml"));
        String onDisk = Files.readString(dir.resolve("minimal.yaml"));
        assertThat(onDisk).contains("  as_of: 2016-10-21\n  period_start: 2016-10-01\n  period_end: 2021-03-31\n");
        assertThat(onDisk).isEqualTo(js("return window.stpWorkbench.editor().getValue();"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("minimal.yaml", "wessex-vale.yaml", "hostile.yaml");
        }

        // the batch view, linking to each plan
        browser.findElement(By.id("nav-batch")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#matrix-rows tr"), 3));
        assertThat(browser.findElements(By.cssSelector("#matrix-head th")).stream().map(WebElement::getText).toList())
                .containsExactly("Plan", "PG", "RECONF", "ACS", "S75", "COMP", "ENG");
        assertThat(browser.findElements(By.cssSelector("#often-rows tr"))).isNotEmpty();
        browser.findElement(By.linkText("Wessex Vale")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-meta"), "Wessex Vale"));

        assertNoConsoleErrors();
    }

    @Test
    void planTextIsShownAsTextAndSuggestionsAsYamlToAdd() {
        browser.get(server.url() + "#/plan/hostile.yaml");
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), java.util.regex.Pattern.compile("^Checked: ")));
        assertThat(browser.findElement(By.id("plan-meta")).getText()).contains(XSS);
        assertThat(browser.findElement(By.id("groups")).getText()).contains("footprint (" + XSS + ")");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(js("return window.__xss === undefined;")).isEqualTo(true);

        // a finding that carries the YAML to add (issue 8's suggestion) shows it, as text
        String report = "{\"plans\":[{\"file\":\"x.yaml\",\"status\":\"checked\",\"footprint\":{\"code\":null,\"name\":\"X\"},"
                + "\"as_of\":\"2017-01-01\",\"errors\":[],\"outcomes\":{\"pass\":0,\"fail\":0,\"unmet\":1,\"flag\":0,\"not_applicable\":0,\"waived\":0},"
                + "\"results\":[{\"requirement\":\"PG-10\",\"family\":\"PG\",\"title\":\"Plan period\",\"severity\":\"error\",\"outcome\":\"unmet\","
                + "\"legal_review\":false,\"confidence\":\"V\",\"citation\":\"c\",\"remedy\":\"r\",\"waiver\":null,\"findings\":[{\"outcome\":\"unmet\","
                + "\"severity\":\"error\",\"message\":\"m\",\"location\":{\"path\":\"plan\",\"line\":2,\"column\":1},\"facts\":{},"
                + "\"suggestion\":{\"path\":\"plan.period_start\",\"yaml\":\"  period_start: <first day, YYYY-MM-DD>\\n  note: '" + XSS.replace("\"", "\\\"") + "'\\n\"}}]}]}]}";
        js("window.stpWorkbench.showReport(JSON.parse(arguments[0]));", report);
        WebElement suggestion = browser.findElement(By.cssSelector("article[data-requirement='PG-10'] .stp-suggestion"));
        assertThat(suggestion.getText()).contains("YAML to add at plan.period_start").contains("period_start: <first day, YYYY-MM-DD>").contains(XSS);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(js("return window.__xss === undefined;")).isEqualTo(true);

        // a plan that does not load shows its errors on their lines
        browser.get(server.url() + "#/plan/minimal.yaml");
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), java.util.regex.Pattern.compile("^Checked: ")));
        js("var cm = window.stpWorkbench.editor(); cm.replaceRange('  colour: red\\n', {line: 5, ch: 0});");
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), java.util.regex.Pattern.compile("^Does not load")));
        WebElement widget = browser.findElement(By.cssSelector("#editor .stp-line-error"));
        assertThat(widget.getText()).contains("colour");
        assertThat(browser.findElement(By.cssSelector("#load-error-list .stp-finding")).getAttribute("data-line")).isEqualTo("6");
        assertThat((String) js("return window.stpWorkbench.editor().lineInfo(5).bgClass;")).contains("stp-error-line");
        js("window.stpWorkbench.editor().undo();");   // leave nothing unsaved behind
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), java.util.regex.Pattern.compile("^Checked: ")));

        assertNoConsoleErrors();
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries.stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList())
                .as("console warnings and errors").isEmpty();
    }

}
