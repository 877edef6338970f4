package io.minicrm.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.in.Segments;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

@MicronautTest
class CustomerBrowserTest extends BrowserPageTest {

    @Inject
    Customers customers;

    @Inject
    Orders orders;

    @Inject
    Campaigns campaigns;

    @Inject
    Segments segments;

    CustomerData given;

    @BeforeAll
    void arrange() {
        given = new CustomerData(customers, orders);
    }

    @Test
    void an_imported_file_shows_its_progress_then_the_report_with_the_rows_it_rejected(@TempDir Path files)
            throws IOException {
        Path csv = Files.writeString(files.resolve("customers.csv"), """
                email,name,city,tags
                asha@import.example,Asha Rao,Pune,vip;newsletter
                not-an-email,Bad Row,Delhi,
                ravi@import.example,Ravi Kumar,Mumbai,newsletter
                """);

        browser.open("/customers/import");
        browser.assertAccessible();
        browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.find(By.cssSelector("#import-form button[type=submit]")).click();

        browser.waitFor(driver -> driver.getCurrentUrl().contains("/imports/"));
        browser.waitFor(driver -> driver.findElement(By.id("import-progress"))
                        .getAttribute("data-status")
                        .equals("Completed")
                ? true
                : null);
        WebElement progress = browser.find(By.cssSelector("#import-progress progress"));
        assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max"));
        assertThat(browser.find(By.id("import-progress")).getText()).contains("3 rows read", "2 created", "1 rejected");
        WebElement rejection = browser.find(By.cssSelector("table.rejections tbody tr"));
        assertThat(rejection.getText()).contains("3", "email", "not-an-email");
        browser.assertAccessible();
        browser.screenshot("import");
    }

    @Test
    void the_customer_list_is_searched_as_one_types_sorted_and_paged_without_a_reload() {
        IntStream.rangeClosed(1, 60)
                .forEach(n -> given.customer(
                        String.format("pager-%02d@list.example", n), String.format("Pager Person %02d", n), "Nagpur"));

        browser.open("/customers?search=Pager");
        browser.waitForText(By.cssSelector("[data-matching]"), "60 customers");
        assertThat(browser.findAll(By.cssSelector("#customer-rows tr"))).hasSize(25);
        browser.find(By.cssSelector(".pager a[rel=next]")).click();
        browser.waitForText(By.cssSelector(".pager .position"), "26–50 of 60");

        browser.find(By.linkText("Name")).click();
        browser.waitFor(driver -> "ascending"
                        .equals(driver.findElement(By.cssSelector("th[aria-sort]"))
                                .getAttribute("aria-sort"))
                ? true
                : null);
        assertThat(browser.find(By.cssSelector("#customer-rows tr td a")).getText())
                .isEqualTo("Pager Person 01");
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("customers");

        browser.find(By.cssSelector(".pager a[rel=next]")).click();
        browser.waitForText(By.cssSelector("#customer-rows tr td a"), "Pager Person 26");
        assertThat(browser.driver().getCurrentUrl()).contains("page=1").contains("after=");
        browser.find(By.cssSelector(".pager a[rel=next]")).click();
        browser.waitForText(By.cssSelector("#customer-rows tr td a"), "Pager Person 51");
        assertThat(browser.findAll(By.cssSelector("#customer-rows tr"))).hasSize(10);
        browser.find(By.cssSelector(".pager a[rel=prev]")).click();
        browser.waitForText(By.cssSelector("#customer-rows tr td a"), "Pager Person 26");
        browser.find(By.cssSelector(".pager a[rel=prev]")).click();
        browser.waitForText(By.cssSelector("#customer-rows tr td a"), "Pager Person 01");

        WebElement search = browser.find(By.id("search"));
        search.clear();
        search.sendKeys("Pager Person 07");
        browser.waitForText(By.cssSelector("[data-matching]"), "1 customer match “Pager Person 07”");
        assertThat(URLDecoder.decode(browser.driver().getCurrentUrl(), StandardCharsets.UTF_8))
                .contains("search=Pager Person 07");
        browser.assertAccessible();

        browser.find(By.linkText("Pager Person 07")).click();
        browser.waitForText(By.tagName("h1"), "Pager Person 07");
    }

    @Test
    void a_customer_added_with_a_bad_email_is_shown_the_error_then_saved_once_corrected() {
        browser.open("/customers/new");
        browser.find(By.id("email")).sendKeys("kavya.example.com");
        browser.find(By.id("name")).sendKeys("Kavya Rao");
        browser.find(By.id("city")).sendKeys("Pune");
        browser.find(By.cssSelector("#customer-form button[type=submit]")).click();

        browser.waitForText(By.id("email-error"), "is not an e-mail address");
        assertThat(browser.find(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Kavya Rao");
        browser.assertAccessible();
        browser.screenshot("customer-form");

        WebElement email = browser.find(By.id("email"));
        email.clear();
        email.sendKeys("kavya@form.example", Keys.ENTER);
        browser.waitForText(By.tagName("h1"), "Kavya Rao");
        assertThat(browser.driver().getCurrentUrl()).contains("/customers/");
        assertThat(browser.find(By.cssSelector(".email")).getText()).isEqualTo("kavya@form.example");
    }

    @Test
    void a_customer_named_like_a_script_shows_as_text_with_the_campaigns_that_reached_them() {
        String id = given.customer("script@browser.example", "<script>alert(1)</script>", "Satara");
        given.order(id, "SCRIPT-1", "2499.00", "2026-11-20T09:30:00Z");
        given.order(id, "SCRIPT-2", "799.50", "2026-12-01T18:05:00Z");
        ApiScenario api = new ApiScenario(http, segments);
        String campaign =
                api.emailCampaign("Diwali offers", api.segmentOf("Satara")).id();
        api.queue(campaign);
        campaigns.completion(WorkspaceId.DEFAULT, new CampaignId(campaign)).block(Duration.ofMinutes(2));

        browser.open("/customers/" + id);

        browser.waitForText(By.tagName("h1"), "<script>alert(1)</script>");
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.find(By.cssSelector("[data-figure=orders]")).getText())
                .isEqualTo("2");
        assertThat(browser.find(By.cssSelector("[data-table=reached] a")).getAttribute("href"))
                .endsWith("/campaigns/" + campaign);
        assertThat(browser.find(By.cssSelector("[data-table=reached] a")).getText())
                .isEqualTo("Diwali offers");
        browser.assertAccessible();
        browser.screenshot("customer");
        browser.screenshot("customer-campaigns", By.id("reached"));
    }

    @Test
    void orders_are_filtered_by_customer_with_each_order_linking_to_its_customer() {
        String anil = given.customer("anil@orders.example", "Anil Mehta", "Indore");
        String sara = given.customer("sara@orders.example", "Sara Khan", "Bhopal");
        given.order(anil, "ORD-1001", "1250.00", "2026-11-03T11:00:00Z");
        given.order(sara, "ORD-1002", "320.75", "2026-11-04T15:20:00Z");
        given.order(anil, "ORD-1003", "89.90", "2026-11-28T08:45:00Z");

        browser.open("/orders");
        browser.find(By.id("order-customer")).sendKeys("anil@orders.example", Keys.ENTER);
        browser.waitForText(By.cssSelector("[data-matching]"), "2 orders of Anil Mehta");
        assertThat(browser.find(By.id("orders")).getText()).contains("ORD-1003").doesNotContain("ORD-1002");
        browser.assertAccessible();
        browser.screenshot("orders");

        browser.find(By.cssSelector("#orders table a")).click();
        browser.waitForText(By.tagName("h1"), "Anil Mehta");
    }

    @Test
    void an_unknown_customer_is_a_page_saying_so() {
        browser.open("/customers/no-such-customer");

        browser.waitForText(By.tagName("h1"), "Not found");
        browser.assertAccessible();
    }
}
