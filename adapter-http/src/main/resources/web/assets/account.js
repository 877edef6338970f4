// Sign-out: /logout takes the CSRF token in its header only, which a plain form cannot send, so the form posts by
// fetch with the header every page carries, then leaves for the sign-in page.
document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (form.getAttribute("action") !== "/logout") {
        return;
    }
    event.preventDefault();
    await fetch("/logout", {
        method: "POST",
        headers: window.crmHeaders(),
        body: new URLSearchParams(new FormData(form)),
        redirect: "manual",
        credentials: "same-origin",
    });
    location.assign("/sign-in");
});
