package io.minicrm.adapter.http.web.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.web.BrowserPageTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

// The workspace holds four customers that no test changes: asha and bina in Pune, anil in Mumbai, chetan in Nagpur.
@MicronautTest
class SegmentBuilderBrowserTest extends BrowserPageTest {

    private static final By SIZE = By.cssSelector("rule-builder .rb-size");
    private static final By CONDITIONS = By.cssSelector("rule-builder .rb-condition");

    @BeforeAll
    void fourCustomers() {
        customer("asha@example.com", "Asha", "Pune");
        customer("bina@example.com", "<script>alert(1)</script>", "Pune");
        customer("anil@example.com", "Anil", "Mumbai");
        customer("chetan@example.com", "Chetan", "Nagpur");
    }

    @Test
    void a_nested_rule_built_by_clicking_previews_its_audience_and_saves_into_the_list() {
        browser.open("/segments/new");
        browser.waitForText(SIZE, "4 customers");

        rootButton("add-group").click();
        condition(0, "city", "eq", "Pune");
        groupButton("add-condition").click();
        condition(1, "city", "eq", "Mumbai");
        browser.waitForText(SIZE, "3 customers");
        rootButton("add-condition").click();
        condition(2, "email", "starts_with", "a");

        browser.waitForText(SIZE, "2 customers");
        browser.waitForText(By.cssSelector("rule-builder .rb-any > .rb-row .rb-count"), "3 match");
        browser.waitForText(By.cssSelector("rule-builder [data-survivors='all[1]']"), "2 left");
        browser.waitForText(By.cssSelector("rule-builder .rb-sample"), "anil@example.com");
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector('rule-builder').scrollIntoView()");
        browser.screenshot("segment-builder");

        browser.find(By.id("segment-name")).sendKeys("Pune or Mumbai, a-names");
        browser.find(By.id("save-segment")).click();

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/segments") ? true : null);
        browser.waitForText(By.cssSelector("table.segments"), "Pune or Mumbai, a-names");
        browser.waitForText(By.cssSelector("table.segments .audience-size"), "2");
        browser.assertAccessible();
        browser.screenshot("segments");
    }

    @Test
    void switching_to_text_and_back_keeps_the_rule() {
        browser.open("/segments/new");
        browser.waitForText(SIZE, "4 customers");
        rootButton("add-group").click();
        condition(0, "city", "in", "Pune");
        groupButton("add-condition").click();
        condition(1, "email", "contains", "an");
        rootButton("add-condition").click();
        condition(2, "city", "ne", "Nagpur");
        node(2).findElement(By.cssSelector("[data-role=not]")).click();

        String text = toText();
        assertThat(text).isEqualTo("(city in (\"Pune\") or email contains \"an\") and not city != \"Nagpur\"");
        toBlocks();

        assertThat(browser.findAll(CONDITIONS)).hasSize(3);
        assertThat(browser.findAll(By.cssSelector("rule-builder .rb-any, rule-builder .rb-not")))
                .hasSize(2);
        assertThat(toText()).isEqualTo(text);
    }

    @Test
    void conditions_move_with_the_keyboard_buttons_and_by_dragging() {
        browser.open("/segments/new");
        browser.waitForText(SIZE, "4 customers");
        rootButton("add-condition").click();
        condition(0, "city", "eq", "Pune");
        rootButton("add-condition").click();
        condition(1, "email", "starts_with", "a");

        node(0).findElement(By.cssSelector("[data-role=down]")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-role"))
                .as("focus stays on the moved condition")
                .isEqualTo("up");
        assertThat(toText()).isEqualTo("email starts with \"a\" and city = \"Pune\"");
        toBlocks();
        WebElement city = node(1);
        WebElement email = node(0);
        // Selenium cannot drag natively in HTML5: the events a drag fires are dispatched as the browser would.
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        """
                        const [handle, slot] = arguments;
                        const data = new DataTransfer();
                        const fire = (element, type) => {
                            const box = element.getBoundingClientRect();
                            element.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true,
                                dataTransfer: data, clientX: box.left + 5, clientY: box.top + 2}));
                        };
                        fire(handle, "dragstart");
                        fire(slot, "dragover");
                        fire(slot, "drop");""",
                        city.findElement(By.cssSelector(".rb-handle")),
                        email.findElement(By.xpath("./parent::li")));

        assertThat(toText()).isEqualTo("city = \"Pune\" and email starts with \"a\"");
    }

    @Test
    void a_date_condition_counts_in_days_ago_and_keeps_them_across_operators() {
        browser.open("/segments/new");
        browser.waitForText(SIZE, "4 customers");
        rootButton("add-condition").click();
        new Select(node(0).findElement(By.cssSelector("[data-role=field]"))).selectByValue("last_order_at");
        browser.waitForText(SIZE, "0 customers");
        assertThat(toText()).isEqualTo("all(last_order_at within the last 30 days)");
        toBlocks();

        new Select(node(0).findElement(By.cssSelector("[data-role=op]"))).selectByValue("before");

        assertThat(node(0).findElement(By.cssSelector("[data-role=days]")).getAttribute("value"))
                .isEqualTo("30");
        assertThat(toText()).isEqualTo("all(last_order_at before 30 days ago)");
        toBlocks();
        new Select(node(0).findElement(By.cssSelector("[data-role=value]"))).selectByValue("date");
        assertThat(node(0).findElement(By.cssSelector("input[type=date]")).isDisplayed())
                .isTrue();
    }

    @Test
    void an_invalid_value_shows_its_problem_at_its_node() {
        browser.open("/segments/new");
        browser.waitForText(SIZE, "4 customers");
        rootButton("add-condition").click();
        new Select(node(0).findElement(By.cssSelector("[data-role=op]"))).selectByValue("between");
        node(0).findElement(By.cssSelector("[data-role=from]")).sendKeys("500");
        node(0).findElement(By.cssSelector("[data-role=to]")).sendKeys("100");

        browser.waitForText(
                By.cssSelector("rule-builder .rb-condition .rb-problems"),
                "the first value must not be greater than the second");
        assertThat(node(0).getAttribute("class")).contains("rb-invalid");
        browser.assertAccessible();
    }

    @Test
    void describe_your_audience_fills_the_builder_for_review_without_saving() {
        Object segmentsBefore = segmentCount();
        browser.open("/segments/new");
        browser.waitForText(SIZE, "4 customers");
        browser.find(By.cssSelector("#describe summary")).click();
        browser.find(By.id("describe-text")).sendKeys("customers in Pune");
        browser.find(By.id("describe-button")).click();

        browser.waitForText(By.id("describe-result"), "city = \"Pune\"");
        browser.waitForText(SIZE, "2 customers");
        WebElement value = node(0).findElement(By.cssSelector("[data-role=value]"));
        assertThat(value.getAttribute("value")).isEqualTo("Pune");
        browser.waitForText(By.cssSelector("rule-builder .rb-sample"), "<script>alert(1)</script>");
        assertThat(segmentCount()).isEqualTo(segmentsBefore);
    }

    private Object segmentCount() {
        return http.toBlocking().retrieve("/api/segment-rules", Map.class).get("total");
    }

    @Test
    void a_segment_without_a_name_is_not_saved_and_says_why_beside_the_name() {
        browser.open("/segments/new");
        browser.waitForText(SIZE, "4 customers");

        browser.find(By.id("save-segment")).click();

        browser.waitFor(
                d -> d.findElement(By.id("segment-name-problem")).getText().isBlank() ? null : true);
        assertThat(browser.find(By.id("segment-name")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(By.id("form-problem")).getText()).contains("Not saved");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/segments/new");
    }

    @Test
    void a_saved_segment_opens_with_its_rule_and_saves_its_changes() {
        String id = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/segment-rules",
                                Map.of(
                                        "name",
                                        "Mumbai",
                                        "rule",
                                        "city = \"Mumbai\" and last_order_at within the last 30 days")),
                        Map.class)
                .get("id")
                .toString();
        browser.open("/segments/" + id);
        browser.waitForText(SIZE, "0 customers");
        assertThat(node(0).findElement(By.cssSelector("[data-role=value]")).getAttribute("value"))
                .isEqualTo("Mumbai");
        assertThat(node(1).findElement(By.cssSelector("[data-role=days]")).getAttribute("value"))
                .isEqualTo("30");

        node(1).findElement(By.cssSelector("[data-role=remove]")).click();
        browser.waitForText(SIZE, "1 customer");
        WebElement name = browser.find(By.id("segment-name"));
        name.clear();
        name.sendKeys("Everyone in Mumbai");
        browser.find(By.id("save-segment")).click();

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/segments") ? true : null);
        browser.waitForText(By.cssSelector("tr[data-segment='" + id + "']"), "Everyone in Mumbai");
        assertThat(browser.find(By.cssSelector("tr[data-segment='" + id + "'] code"))
                        .getText())
                .isEqualTo("all(city = \"Mumbai\")");
    }

    // The blocks show once the text has been read back into them, so what is found then is the new tree.
    private void toBlocks() {
        browser.find(By.xpath("//rule-builder//button[.='Blocks']")).click();
        browser.waitFor(
                d -> d.findElement(By.cssSelector("rule-builder .rb-tree")).isDisplayed() ? true : null);
    }

    private String toText() {
        browser.find(By.xpath("//rule-builder//button[.='Text']")).click();
        WebElement text = browser.find(By.cssSelector("rule-builder textarea.rb-text"));
        browser.waitFor(d -> text.isDisplayed() && !text.getAttribute("value").isEmpty() ? true : null);
        return text.getAttribute("value");
    }

    private void condition(int index, String field, String operator, String value) {
        new Select(node(index).findElement(By.cssSelector("[data-role=field]"))).selectByValue(field);
        new Select(node(index).findElement(By.cssSelector("[data-role=op]"))).selectByValue(operator);
        WebElement input = node(index).findElement(By.cssSelector("[data-role=value]"));
        input.sendKeys(value);
        if (operator.equals("in")) {
            input.sendKeys("\n");
        }
    }

    private WebElement node(int index) {
        return browser.waitFor(d -> {
            List<WebElement> nodes = d
                    .findElements(By.cssSelector("rule-builder .rb-tree .rb-condition, rule-builder .rb-tree .rb-not"))
                    .stream()
                    .filter(e -> e.getAttribute("class").contains("rb-condition"))
                    .toList();
            return nodes.size() > index ? nodes.get(index) : null;
        });
    }

    private WebElement rootButton(String role) {
        return browser.find(By.cssSelector("rule-builder .rb-tree > .rb-node > .rb-add [data-role=" + role + "]"));
    }

    private WebElement groupButton(String role) {
        return browser.find(By.cssSelector("rule-builder .rb-any > .rb-add [data-role=" + role + "]"));
    }

    private void customer(String email, String name, String city) {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/customers", Map.of("email", email, "name", name, "city", city)));
    }
}
