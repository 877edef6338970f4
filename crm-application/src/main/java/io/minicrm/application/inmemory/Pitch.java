package io.minicrm.application.inmemory;

import java.util.List;
import java.util.Locale;

/** What a proposed message is about, guessed from the words of the campaign's goal; the first that fits wins. */
enum Pitch {
    WIN_BACK(
            List.of("win back", "winback", "miss", "come back", "return", "inactive", "lapsed", "churn", "dormant"),
            "It has been a while, and we have missed you.",
            "We miss you."),
    OFFER(
            List.of("discount", "sale", "offer", "deal", "coupon", "promo", "% off", "voucher"),
            "We have a special offer waiting for you.",
            "A special offer awaits you."),
    LAUNCH(
            List.of("launch", "introduc", "arriv", "collection", "new"),
            "Something new has just arrived, and you are among the first to hear about it.",
            "Something new just arrived."),
    THANKS(
            List.of("thank", "loyal", "vip", "reward", "anniversary", "birthday"),
            "Thank you for being one of our most valued customers.",
            "Thank you for being with us."),
    NEWS(List.of(), "We have some news we think you will like.", "We have news for you.");

    private final List<String> cues;
    private final String email;
    private final String sms;

    Pitch(List<String> cues, String email, String sms) {
        this.cues = cues;
        this.email = email;
        this.sms = sms;
    }

    static Pitch forGoal(String goal) {
        String words = goal.toLowerCase(Locale.ROOT);
        for (Pitch pitch : values()) {
            if (pitch.cues.stream().anyMatch(words::contains)) {
                return pitch;
            }
        }
        return NEWS;
    }

    String email() {
        return email;
    }

    String sms() {
        return sms;
    }
}
