package io.minicrm.adapter.http.web;

/** The parts of the app its navigation leads to, in the order it lists them. */
public enum Section {
    DASHBOARD("Dashboard", "/"),
    CUSTOMERS("Customers", "/customers"),
    ORDERS("Orders", "/orders"),
    SEGMENTS("Segments", "/segments"),
    CAMPAIGNS("Campaigns", "/campaigns"),
    SETTINGS("Settings", "/settings");

    private final String label;
    private final String path;

    Section(String label, String path) {
        this.label = label;
        this.path = path;
    }

    public String label() {
        return label;
    }

    public String path() {
        return path;
    }
}
