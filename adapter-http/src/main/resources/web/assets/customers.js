// The customers' and orders' pages: sending a CSV file to the upload API, and focus on the first refused field.
(() => {
    const LINE_FEED = 10;

    // The file's rows (its lines but the header), counted chunk by chunk so that a large file is never held whole.
    async function rowsIn(file) {
        const reader = file.stream().getReader();
        let lines = 0;
        let last = LINE_FEED;
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
            const bytes = chunk.value;
            for (let at = bytes.indexOf(LINE_FEED); at >= 0; at = bytes.indexOf(LINE_FEED, at + 1)) {
                lines++;
            }
            if (bytes.length > 0) {
                last = bytes[bytes.length - 1];
            }
        }
        if (last !== LINE_FEED) {
            lines++;
        }
        return Math.max(lines - 1, 0);
    }

    async function upload(form) {
        const file = form.elements.file.files[0];
        const bar = form.querySelector("#upload-progress");
        const status = form.querySelector("#upload-status");
        const button = form.querySelector("button[type=submit]");
        const failed = (reason) => {
            status.textContent = reason;
            status.classList.add("field-error");
            bar.hidden = true;
            button.disabled = false;
            button.removeAttribute("aria-busy");
        };
        if (!file) {
            failed("Choose a CSV file first.");
            return;
        }
        status.classList.remove("field-error");
        status.textContent = "Uploading " + file.name + "…";
        button.disabled = true;
        button.setAttribute("aria-busy", "true");
        bar.hidden = false;
        const rows = await rowsIn(file);
        const request = new XMLHttpRequest();
        request.open("POST", form.dataset.upload);
        request.setRequestHeader("Accept", "application/json");
        Object.entries(window.crmHeaders()).forEach(([name, value]) => request.setRequestHeader(name, value));
        request.upload.addEventListener("progress", (event) => {
            if (event.lengthComputable) {
                bar.max = event.total;
                bar.value = event.loaded;
            }
        });
        request.addEventListener("load", () => {
            let answer = {};
            try {
                answer = JSON.parse(request.responseText);
            } catch (notJson) {
                // The status says enough.
            }
            if (request.status < 300 && answer.id) {
                window.location.assign("/imports/" + encodeURIComponent(answer.id) + "?rows=" + rows);
            } else {
                failed(answer.detail || "The service refused the upload (" + request.status + ").");
            }
        });
        request.addEventListener("error", () => failed("The upload broke off: the service could not be reached."));
        const data = new FormData();
        data.append("file", file);
        request.send(data);
    }

    document.addEventListener("submit", (event) => {
        const form = event.target;
        if (form.matches("form[data-upload]")) {
            event.preventDefault();
            upload(form);
        }
    });

    // A refused form comes back in place of the one sent: the keyboard's focus goes to the first field to correct.
    document.addEventListener("htmx:afterSettle", (event) => {
        if (event.detail.target && event.detail.target.id === "customer-form") {
            const refused = document.querySelector("#customer-form [aria-invalid=true]");
            if (refused) {
                refused.focus();
            }
        }
    });
})();
