package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example docs/embedding.md shows, run as a newcomer would run it. */
class EmbeddingExampleTest {

    /** Asha spent much and often, Ravi little, Meera much but once. */
    static final String CUSTOMERS = """
            email,name,total_spend,visits
            asha@example.com,Asha Rao,7200,4
            ravi@shop.in,Ravi,300,2
            meera@example.com,Meera,9100,1
            """;

    @Test
    void the_example_thanks_the_one_big_and_frequent_spender_and_waits_until_that_is_done(@TempDir Path folder)
            throws Exception {
        Path customers = Files.writeString(folder.resolve("customers.csv"), CUSTOMERS);

        Campaign done = EmbeddingExample.thankBestCustomers(customers);

        assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(done.counters().audience()).isEqualTo(1);
        assertThat(done.counters().pending()).isZero();
        assertThat(done.counters().sent() + done.counters().failed()).isEqualTo(1);
    }

    @Test
    void run_as_a_program_it_prints_the_campaigns_counters(@TempDir Path folder) throws Exception {
        Path customers = Files.writeString(folder.resolve("customers.csv"), CUSTOMERS);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[] {customers.toString()});
        } finally {
            System.setOut(out);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .matches("COMPLETED: 1 recipients, [01] sent, 0 delivered, [01] failed\\R");
    }
}
