package io.minicrm.adapter.http.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.adapter.http.campaign.CampaignResponse;
import io.minicrm.adapter.http.web.BrowserPageTest;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A marketer writes a campaign, sends it, watches it complete in the history and reads its delivery log. */
@MicronautTest
class CampaignBrowserTest extends BrowserPageTest {

    @Inject
    Segments segments;

    @Test
    void a_marketer_sends_a_campaign_and_watches_it_complete_then_filters_its_delivery_log() {
        ApiScenario given = new ApiScenario(http, segments);
        List.of("asha", "bela", "chitra", "devi", "esha")
                .forEach(name -> given.customer(name + "@example.com", "Wardha"));
        given.segmentOf("Wardha");

        browser.open("/campaigns/new");
        browser.find(By.id("name")).sendKeys("Wardha welcome");
        new Select(browser.find(By.id("segmentId"))).selectByVisibleText("Living in Wardha");
        browser.find(By.id("subject")).sendKeys("News for you");
        WebElement message = browser.find(By.id("message"));
        message.sendKeys("Hello ");
        browser.find(By.cssSelector("[data-placeholder=first_name]")).click();
        message.sendKeys(", our Wardha shop has news.");
        browser.waitForText(By.id("preview"), "Hello Test, our Wardha shop has news.");

        browser.find(By.id("goal")).sendKeys("welcome new customers");
        browser.find(By.id("suggest")).click();
        browser.find(By.cssSelector("[data-variant]")).click();
        assertThat(browser.find(By.id("message")).getAttribute("value")).isNotBlank();
        browser.assertAccessible();
        scrollToTop();
        browser.screenshot("campaign-new");

        browser.find(By.cssSelector("button[value=send]")).click();
        browser.waitFor(driver -> driver.getCurrentUrl().endsWith("/campaigns") ? true : null);
        markPage();
        By wardha = By.xpath("//tr[.//a[text()='Wardha welcome']]");
        browser.waitForText(wardha, "Completed");
        assertThat(browser.find(wardha)
                        .findElement(By.cssSelector("[data-figure=audience]"))
                        .getText())
                .isEqualTo("5");

        // Another campaign sent while the history is open appears and completes without a reload.
        CampaignResponse later = given.emailCampaign("Sent while watching", given.segmentOf("Wardha"));
        given.queue(later.id());
        By watched = By.cssSelector("tr[data-campaign='" + later.id() + "'] [data-figure=status]");
        browser.waitForText(watched, "Completed");
        assertThat(pageWasNotReloaded()).isTrue();
        browser.assertAccessible();
        browser.screenshot("campaigns");

        browser.find(By.linkText("Wardha welcome")).click();
        browser.waitForText(By.cssSelector("#figures [data-figure=status]"), "Completed");
        String firstStatus =
                browser.find(By.cssSelector("#deliveries tbody .status")).getText();
        new Select(browser.find(By.id("status-filter"))).selectByVisibleText(firstStatus);
        browser.waitFor(driver -> {
            List<String> shown = driver.findElements(By.cssSelector("#deliveries tbody .status")).stream()
                    .map(WebElement::getText)
                    .toList();
            return !shown.isEmpty() && shown.stream().allMatch(firstStatus::equals) ? true : null;
        });
        new Select(browser.find(By.id("status-filter"))).selectByVisibleText("Skipped");
        browser.waitForText(By.id("deliveries"), "No delivery in this status yet.");
        browser.waitForText(By.id("summary"), "Performance summary");
        browser.assertAccessible();
        scrollToTop();
        browser.screenshot("campaign");
    }

    private void scrollToTop() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
    }

    /** Leaves a mark in the page that only a reload would wipe out. */
    private void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");
    }

    private boolean pageWasNotReloaded() {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"));
    }
}
