// The campaign pages: placeholders inserted at the cursor, the channel's subject, the assistant's suggestions and
// the performance summary. Events are delegated to the document, as htmx replaces the form when it is refused.
(() => {
    "use strict";

    let lastEditor = null;

    const headers = () => ({
        "Content-Type": "application/json",
        Accept: "application/json",
        ...window.crmHeaders(),
    });

    const problemText = async (response) => {
        try {
            const problem = await response.json();
            const fields = (problem.violations || []).map((v) => `${v.field || v.path || ""} ${v.message}`.trim());
            return [problem.detail || problem.title || `The service answered ${response.status}.`, ...fields].join(" ");
        } catch {
            return `The service answered ${response.status}.`;
        }
    };

    const refreshPreview = (element) => element.dispatchEvent(new Event("input", { bubbles: true }));

    const insertPlaceholder = (name) => {
        const editor = lastEditor && !lastEditor.disabled && document.contains(lastEditor)
            ? lastEditor
            : document.getElementById("message");
        if (!editor) {
            return;
        }
        const text = `{{${name}}}`;
        const start = editor.selectionStart ?? editor.value.length;
        const end = editor.selectionEnd ?? editor.value.length;
        editor.setRangeText(text, start, end, "end");
        editor.focus();
        refreshPreview(editor);
    };

    const showChannel = () => {
        const sms = document.querySelector("input[name=channel][value=SMS]");
        const field = document.querySelector(".subject-field");
        if (!sms || !field) {
            return;
        }
        field.hidden = sms.checked;
        document.getElementById("subject").disabled = sms.checked;
    };

    const say = (place, text) => {
        place.replaceChildren();
        const line = document.createElement("p");
        line.textContent = text;
        place.append(line);
    };

    const suggest = async (button) => {
        const place = document.getElementById("suggestions");
        const form = document.getElementById("campaign-form");
        const segmentId = form.elements.segmentId.value;
        const objective = form.elements.goal.value.trim();
        if (!segmentId || !objective) {
            say(place, "Choose a segment and say what the campaign should achieve, then ask again.");
            return;
        }
        button.setAttribute("aria-busy", "true");
        say(place, "Asking the assistant…");
        try {
            const response = await fetch("/api/ai/message-variants", {
                method: "POST",
                headers: headers(),
                body: JSON.stringify({ objective, segmentId, channel: form.elements.channel.value, count: 3 }),
            });
            if (!response.ok) {
                say(place, await problemText(response));
                return;
            }
            const answer = await response.json();
            place.replaceChildren();
            answer.variants.forEach((variant, index) => {
                const card = document.createElement("article");
                card.className = "suggestion";
                const text = document.createElement("p");
                text.textContent = variant;
                const use = document.createElement("button");
                use.type = "button";
                use.className = "secondary";
                use.dataset.variant = variant;
                use.textContent = `Use suggestion ${index + 1}`;
                card.append(text, use);
                place.append(card);
            });
        } catch {
            say(place, "The assistant could not be reached; try again.");
        } finally {
            button.removeAttribute("aria-busy");
        }
    };

    const loadSummary = async () => {
        const section = document.getElementById("summary");
        if (!section || section.dataset.loaded || !document.querySelector("#figures [data-summary-ready]")) {
            return;
        }
        section.dataset.loaded = "true";
        section.hidden = false;
        const text = section.querySelector(".summary-text");
        try {
            const response = await fetch(section.dataset.url, { headers: headers() });
            if (!response.ok) {
                text.textContent = await problemText(response);
                return;
            }
            const summary = await response.json();
            text.textContent = summary.text;
            const list = section.querySelector(".summary-figures");
            summary.figures.forEach((figure) => {
                const name = document.createElement("dt");
                name.textContent = figure.name;
                const value = document.createElement("dd");
                value.textContent = figure.value;
                list.append(name, value);
            });
        } catch {
            text.textContent = "The assistant could not be reached.";
        }
    };

    document.addEventListener("focusin", (event) => {
        if (event.target.matches("[data-editor]")) {
            lastEditor = event.target;
        }
    });
    document.addEventListener("click", (event) => {
        const placeholder = event.target.closest("[data-placeholder]");
        if (placeholder) {
            insertPlaceholder(placeholder.dataset.placeholder);
            return;
        }
        const variant = event.target.closest("[data-variant]");
        if (variant) {
            const message = document.getElementById("message");
            message.value = variant.dataset.variant;
            message.focus();
            refreshPreview(message);
            return;
        }
        if (event.target.closest("#suggest")) {
            suggest(event.target.closest("#suggest"));
        }
    });
    document.addEventListener("change", (event) => {
        if (event.target.matches("input[name=channel]")) {
            showChannel();
        }
    });
    document.addEventListener("htmx:afterSwap", () => {
        showChannel();
        loadSummary();
    });
    document.addEventListener("DOMContentLoaded", () => {
        showChannel();
        loadSummary();
    });
})();
