package io.minicrm.adapter.http.web.campaign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the history's pages, with the tag it is filtered by. */
public final class HistoryLinks {

    private HistoryLinks() {}

    public static String page(String tag, int page) {
        return "/campaigns" + query(tag, page);
    }

    public static String rows(String tag, int page) {
        return "/campaigns/history/rows" + query(tag, page);
    }

    private static String query(String tag, int page) {
        String filter = tag.isEmpty() ? "" : "tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        String number = page == 0 ? "" : "page=" + page;
        String both = filter.isEmpty() || number.isEmpty() ? filter + number : filter + "&" + number;
        return both.isEmpty() ? "" : "?" + both;
    }
}
