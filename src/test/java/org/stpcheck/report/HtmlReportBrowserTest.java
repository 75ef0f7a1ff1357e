package org.stpcheck.report;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

import org.stpcheck.HeadlessChromium;
import org.stpcheck.cli.Main;

/**
 * The HTML report of the 44 plans (and one hostile plan) in Debian's headless Chromium, opened from
 * the file as a reader would, with no network: the filter hides and shows plans by name, outcome,
 * family and legal review; a plan's findings open under its name; the inline script runs under the
 * page's Content-Security-Policy with no console error; a plan whose text holds a script tag shows
 * it as text and runs nothing.
 */
class HtmlReportBrowserTest {

    @TempDir Path dir;
    @TempDir Path profile;
    ChromeDriver browser;
    Path page;

    @BeforeEach
    void start() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        try (var s = Files.list(Path.of("plans"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) Files.copy(p, plans.resolve(p.getFileName()));
        }
        Files.writeString(plans.resolve("zz-hostile.yaml"), """
                format_version: 1
                plan: {id: hostile, name: X, as_of: 2016-10-21}
                footprint: {name: "<script>window.__xss=1</script>Hostile"}
                """);
        page = dir.resolve("report.html");
        assertThat(Main.run("check", plans.toString(), "--format", "html", "-o", page.toString(), "--fail-on", "never")).isEqualTo(Main.OK);
        browser = HeadlessChromium.start(profile);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private List<WebElement> visiblePlans() {
        return browser.findElements(By.cssSelector("details.plan")).stream().filter(d -> d.getAttribute("hidden") == null).toList();
    }

    private WebElement field(String name) {
        return browser.findElement(By.cssSelector("#filter [name='" + name + "']"));
    }

    @Test
    void theFilterHidesAndShowsPlansAndAPlanOpensUnderItsName() {
        browser.get(page.toUri().toString());
        // the script ran under the page's policy: it counted the plans
        assertThat(browser.findElement(By.id("filter-count")).getText()).isEqualTo("45 of 45 plans shown");
        assertThat(visiblePlans()).hasSize(45);

        field("name").sendKeys("devon");
        assertThat(visiblePlans()).extracting(d -> d.getAttribute("id")).containsExactly("plan-devon");
        assertThat(browser.findElement(By.id("filter-count")).getText()).isEqualTo("1 of 45 plans shown");
        // the summary's rows follow the filter too
        assertThat(browser.findElements(By.cssSelector("table.ranking tbody tr")).stream().filter(WebElement::isDisplayed).count()).isEqualTo(1);
        field("name").clear();
        js("document.querySelector('#filter [name=name]').dispatchEvent(new Event('input'));");
        assertThat(visiblePlans()).hasSize(45);

        // by family and outcome: exactly the plans with an unmet ACS result
        new Select(field("family")).selectByValue("ACS");
        new Select(field("outcome")).selectByValue("unmet");
        List<WebElement> acs = visiblePlans();
        assertThat(acs).isNotEmpty().hasSizeLessThan(45);
        assertThat(acs).allSatisfy(d -> assertThat(d.getAttribute("data-marks")).contains("ACS:unmet:"));
        assertThat(browser.findElements(By.cssSelector("details.plan[hidden]")))
                .allSatisfy(d -> assertThat(d.getAttribute("data-marks")).doesNotContain("ACS:unmet:"));

        // legal review only: every plan shown has a legal-review problem
        new Select(field("family")).selectByValue("");
        new Select(field("outcome")).selectByValue("");
        field("legal").click();
        List<WebElement> legal = visiblePlans();
        assertThat(legal).isNotEmpty().hasSizeLessThan(45)
                .allSatisfy(d -> assertThat(d.getAttribute("data-marks")).containsPattern("[A-Z0-9]+:[a-z_]+:1"));
        field("legal").click();
        assertThat(visiblePlans()).hasSize(45);

        // a plan's findings are collapsed under its name, and open with a click
        WebElement devon = browser.findElement(By.id("plan-devon"));
        assertThat(devon.getAttribute("open")).isNull();
        assertThat(devon.findElement(By.cssSelector("article.result")).isDisplayed()).isFalse();
        devon.findElement(By.tagName("summary")).click();
        assertThat(devon.getAttribute("open")).isNotNull();
        assertThat(devon.findElement(By.cssSelector("article.result")).isDisplayed()).isTrue();
        // a link from the summary lands on the plan
        browser.findElement(By.cssSelector("table.ranking a[href='#plan-devon']")).click();
        assertThat((String) js("return location.hash;")).isEqualTo("#plan-devon");

        assertNoConsoleErrors();
    }

    @Test
    void aPlanWhoseTextHoldsAScriptTagShowsItAsTextAndRunsNothing() {
        browser.get(page.toUri().toString());
        WebElement hostile = browser.findElement(By.id("plan-hostile"));
        assertThat(hostile.findElement(By.tagName("summary")).getText()).contains("<script>window.__xss=1</script>Hostile");
        assertThat(js("return window.__xss === undefined;")).isEqualTo(true);
        assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
        assertNoConsoleErrors();
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries.stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList())
                .as("console warnings and errors (a Content-Security-Policy violation is one)").isEmpty();
    }
}
