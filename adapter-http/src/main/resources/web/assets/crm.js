// Behaviour the pages share. No inline scripts: the Content-Security-Policy allows scripts from the service only.
document.addEventListener("htmx:responseError", (event) => {
    // A refused htmx request shows the service's problem where the page asked for it, not nothing.
    const target = event.detail.target;
    const xhr = event.detail.xhr;
    if (target && xhr.getResponseHeader("Content-Type")?.includes("html")) {
        target.innerHTML = xhr.responseText;
    }
});
