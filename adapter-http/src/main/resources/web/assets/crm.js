// Behaviour the pages share. No inline scripts: the Content-Security-Policy allows scripts from the service only.

// The CSRF header every change made with the session cookie carries: the layout gives it to htmx in the body's
// hx-headers, and the pages' own fetch calls take it from here (empty outside a session).
window.crmHeaders = () => {
    try {
        return JSON.parse(document.body.getAttribute("hx-headers") || "{}");
    } catch (unreadable) {
        return {};
    }
};
document.addEventListener("htmx:responseError", (event) => {
    // A refused htmx request shows the service's problem where the page asked for it, not nothing.
    const target = event.detail.target;
    const xhr = event.detail.xhr;
    if (target && xhr.getResponseHeader("Content-Type")?.includes("html")) {
        target.innerHTML = xhr.responseText;
    }
});

// A live part of a page (an element with sse-connect) reads its figures again when its event stream opens; once that
// refresh has settled it is marked data-live="open", so that a reader (and the browser tests) can tell that what it
// shows is current and no longer about to be replaced. A dropped stream marks it "lost" until it opens again.
document.addEventListener("htmx:sseOpen", (opened) => {
    const live = opened.target.closest("[sse-connect]");
    const settled = (event) => {
        if (live.contains(event.target)) {
            live.dataset.live = "open";
            document.removeEventListener("htmx:afterSettle", settled);
        }
    };
    document.addEventListener("htmx:afterSettle", settled);
});
document.addEventListener("htmx:sseError", (failed) => {
    failed.target.closest("[sse-connect]")?.setAttribute("data-live", "lost");
});
