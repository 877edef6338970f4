// The segment editor: <rule-builder>, a visual editor of segment rules, and the page around it (save, "Describe your
// audience"). Plain ES2020 with no build step and no framework; no eval and no inline handlers, which the
// Content-Security-Policy forbids. The service decides everything about a rule (parsing, printing, validation, counts)
// through its JSON API; this file only edits the rule's JSON form and shows what the service answers.
(() => {
    "use strict";

    // ---- Talking to the API ------------------------------------------------------------------------------------

    async function send(method, url, body, signal) {
        const response = await fetch(url, {
            method,
            credentials: "same-origin",
            headers: {"Content-Type": "application/json", "Accept": "application/json", ...window.crmHeaders()},
            body: JSON.stringify(body),
            signal,
        });
        const data = await response.json().catch(() => ({}));
        return {ok: response.ok, status: response.status, data};
    }

    // A refusal's violations, or one naming no path when the service gave none.
    function violationsOf(problem) {
        if (Array.isArray(problem.violations) && problem.violations.length > 0) {
            return problem.violations;
        }
        return [{path: "", message: problem.detail || problem.title || "The service refused the request."}];
    }

    const numbers = new Intl.NumberFormat("en");
    const customers = (n) => `${numbers.format(n)} ${n === 1 ? "customer" : "customers"}`;

    // ---- Building DOM --------------------------------------------------------------------------------------------

    // h("button", {class: "x", type: "button", onclick: f}, "text", child…): an element with its attributes,
    // listeners and children; a `value` is set last, once a select has its options.
    function h(tag, props, ...children) {
        const element = document.createElement(tag);
        let value;
        for (const [key, given] of Object.entries(props || {})) {
            if (given === undefined || given === null || given === false) {
                continue;
            }
            if (key === "value") {
                value = given;
            } else if (key.startsWith("on")) {
                element.addEventListener(key.slice(2), given);
            } else {
                element.setAttribute(key, given === true ? "" : given);
            }
        }
        for (const child of children.flat()) {
            if (child !== null && child !== undefined && child !== false) {
                element.append(child);
            }
        }
        if (value !== undefined) {
            element.value = value;
        }
        return element;
    }

    function options(choices) {
        return choices.map(([value, label]) => h("option", {value}, label));
    }

    // ---- The rule as a tree ----------------------------------------------------------------------------------------

    // Nodes mirror the API's JSON form: all/any hold children, not holds exactly one, a condition holds field, op and
    // value (the value in its JSON form: 5000, "Pune", true, {"date": …}, {"daysAgo": …}, […], {"from", "to"}).
    let nextId = 1;
    const group = (kind, children) => ({id: nextId++, kind, children: children || []});
    const negation = (child) => ({id: nextId++, kind: "not", children: [child]});
    const condition = (field, op, value) => ({id: nextId++, kind: "condition", field, op, value});

    function fromJson(json) {
        if (Array.isArray(json.all)) {
            return group("all", json.all.map(fromJson));
        }
        if (Array.isArray(json.any)) {
            return group("any", json.any.map(fromJson));
        }
        if (json.not) {
            return negation(fromJson(json.not));
        }
        return condition(json.field, json.op, json.value);
    }

    function toJson(node) {
        switch (node.kind) {
            case "all":
            case "any":
                return {[node.kind]: node.children.map(toJson)};
            case "not":
                return {not: toJson(node.children[0])};
            default:
                return node.value === undefined
                    ? {field: node.field, op: node.op}
                    : {field: node.field, op: node.op, value: node.value};
        }
    }

    // Gives every node its parent and its path as the service names it in previews and violations: "" for the root,
    // then "all[0]", "all[0].any[1]", "not.all[2]"…
    function place(node, parent, path) {
        node.parent = parent;
        node.path = path;
        const step = (next) => (path === "" ? next : `${path}.${next}`);
        if (node.kind === "not") {
            place(node.children[0], node, step("not"));
        } else if (node.kind !== "condition") {
            node.children.forEach((child, i) => place(child, node, step(`${node.kind}[${i}]`)));
        }
    }

    function* walk(node) {
        yield node;
        for (const child of node.children || []) {
            yield* walk(child);
        }
    }

    const isGroup = (node) => node.kind === "all" || node.kind === "any";

    // ---- What each field type offers ------------------------------------------------------------------------------

    const OPERATOR_WORDS = {
        eq: "is", ne: "is not", lt: "is less than", le: "is at most", gt: "is more than", ge: "is at least",
        between: "is between", in: "is one of", contains: "contains", starts_with: "starts with", is_set: "is set",
        before: "is before", after: "is after", within_last: "is within the last", more_than_ago: "is more than",
        has_any: "has any of", has_all: "has all of",
    };
    const DEFAULT_OPERATOR = {number: "gt", money: "gt", text: "eq", datetime: "within_last", tags: "has_any", boolean: "eq"};

    // The shape of value an operator takes: none, one value, two (a range), a list, or a number of days.
    function shapeOf(op) {
        switch (op) {
            case "is_set": return "none";
            case "between": return "range";
            case "in": case "has_any": case "has_all": return "list";
            case "within_last": case "more_than_ago": return "days";
            default: return "scalar";
        }
    }

    // The value a condition starts with when its operator changes shape: what can be kept is kept.
    function reshaped(value, from, to) {
        if (from === to) {
            return value;
        }
        // "N days ago" is a day too, so it survives a change from "within the last" to "before".
        const single = from === "scalar" || from === "days" ? value
            : from === "list" && value ? value[0]
                : from === "range" && value ? value.from : undefined;
        switch (to) {
            case "none": return undefined;
            case "scalar": return single;
            case "range": return {from: single, to: undefined};
            case "list": return single === undefined ? [] : [single];
            default: return single && single.daysAgo !== undefined ? single : {daysAgo: 30};
        }
    }

    function fieldLabel(name) {
        const attribute = name.startsWith("attr.");
        const words = (attribute ? name.slice(5) : name).replace(/_/g, " ");
        const label = words.charAt(0).toUpperCase() + words.slice(1);
        return attribute ? `${label} (attribute)` : label;
    }

    // What the user has yet to fill in, before the service can be asked about the rule.
    function missing(node) {
        const blank = (v) => v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v))
            || (v && typeof v === "object" && !Array.isArray(v) && "daysAgo" in v && blank(v.daysAgo))
            || (v && typeof v === "object" && !Array.isArray(v) && "date" in v && blank(v.date));
        switch (shapeOf(node.op)) {
            case "none": return null;
            case "range": return !node.value || blank(node.value.from) || blank(node.value.to) ? "Enter both ends of the range." : null;
            case "list": return !node.value || node.value.length === 0 ? "Add at least one value." : null;
            default: return blank(node.value) ? "Enter a value." : null;
        }
    }

    // ---- <rule-builder> -------------------------------------------------------------------------------------------

    class RuleBuilder extends HTMLElement {
        connectedCallback() {
            if (this.root) {
                return;
            }
            this.fields = JSON.parse(this.dataset.fields);
            this.byName = new Map(this.fields.map((field) => [field.name, field]));
            this.root = fromJson(JSON.parse(this.dataset.rule || '{"all":[]}'));
            this.mode = "blocks";
            this.sequence = 0;
            this.build();
            this.render();
            this.schedulePreview(0);
        }

        // The rule as the API takes it: JSON from the blocks, the text as typed; null while something is missing.
        source() {
            if (this.mode === "text") {
                return this.textArea.value;
            }
            return this.showMissing() ? null : toJson(this.root);
        }

        /** Loads a rule in the API's JSON form into the blocks, for review. */
        load(json) {
            this.root = fromJson(json);
            this.setMode("blocks");
            this.render();
            this.schedulePreview(0);
        }

        // ---- the element's fixed parts: mode switch, blocks, text, preview

        build() {
            this.blocksButton = h("button", {type: "button", class: "secondary outline", "aria-pressed": "true", onclick: () => this.toBlocks()}, "Blocks");
            this.textButton = h("button", {type: "button", class: "secondary outline", "aria-pressed": "false", onclick: () => this.toText()}, "Text");
            this.switchProblem = h("p", {class: "rb-switch-problem", role: "status"});
            this.tree = h("div", {class: "rb-tree"});
            this.textArea = h("textarea", {class: "rb-text", rows: "4", "aria-label": "Rule as text", spellcheck: "false",
                "aria-describedby": "rb-text-problems", oninput: () => this.schedulePreview()});
            this.textProblems = h("ul", {class: "rb-problems", id: "rb-text-problems"});
            this.explained = h("ol", {class: "rb-explained", "aria-label": "Customers each part of the rule matches"});
            this.textPanel = h("div", {class: "rb-text-panel", hidden: true},
                this.textArea, this.textProblems,
                h("small", {}, "Syntax: total_spend > 5000 and (order_count < 3 or last_order_at more than 90 days ago)"),
                this.explained);
            this.generalProblems = h("ul", {class: "rb-problems"});
            this.size = h("strong", {class: "rb-size"}, "…");
            this.status = h("span", {class: "rb-status"});
            this.sample = h("ul", {class: "rb-sample"});
            this.tree.addEventListener("dragstart", (event) => this.dragStart(event));
            this.tree.addEventListener("dragover", (event) => this.dragOver(event));
            this.tree.addEventListener("dragleave", (event) => event.target.closest?.(".rb-slot")?.classList.remove("rb-drop-before", "rb-drop-after"));
            this.tree.addEventListener("drop", (event) => this.drop(event));
            this.tree.addEventListener("dragend", () => this.dragEnd());
            this.replaceChildren(
                h("div", {class: "rb-editor"},
                    h("div", {class: "rb-modes", role: "group", "aria-label": "Edit the rule as"},
                        h("span", {}, "Edit as"), this.blocksButton, this.textButton),
                    this.switchProblem,
                    this.generalProblems,
                    this.tree,
                    this.textPanel),
                h("section", {class: "rb-preview", "aria-label": "Audience preview"},
                    h("h2", {}, "Audience"),
                    // Only the count is announced: "updating…" on every keystroke would drown it.
                    h("p", {}, h("span", {"aria-live": "polite"}, this.size), " ", this.status),
                    h("h3", {}, "Sample"),
                    this.sample));
        }

        setMode(mode) {
            this.mode = mode;
            this.blocksButton.setAttribute("aria-pressed", String(mode === "blocks"));
            this.textButton.setAttribute("aria-pressed", String(mode === "text"));
            this.tree.hidden = mode !== "blocks";
            this.textPanel.hidden = mode !== "text";
            this.switchProblem.textContent = "";
        }

        // Blocks to text and back go through the service's validator, which prints and parses canonically: a rule that
        // does not pass stays where it is, with its problems shown, so nothing is lost on the way.
        async toText() {
            if (this.mode === "text") {
                return;
            }
            if (this.showMissing()) {
                this.switchProblem.textContent = "Complete the marked conditions before switching to text.";
                return;
            }
            const answer = await send("POST", "/api/segment-rules/validate", {rule: toJson(this.root)});
            if (!answer.ok) {
                this.showProblems(violationsOf(answer.data));
                this.switchProblem.textContent = "Fix the marked problems before switching to text.";
                return;
            }
            this.textArea.value = answer.data.text;
            this.setMode("text");
            this.textArea.focus();
            this.schedulePreview(0);
        }

        async toBlocks() {
            if (this.mode === "blocks") {
                return;
            }
            const answer = await send("POST", "/api/segment-rules/validate", {rule: this.textArea.value});
            if (!answer.ok) {
                this.showProblems(violationsOf(answer.data));
                this.switchProblem.textContent = "Fix the text's problems before switching to blocks.";
                return;
            }
            this.root = fromJson(answer.data.rule);
            this.setMode("blocks");
            this.render();
            this.schedulePreview(0);
            this.blocksButton.focus();
        }

        // ---- rendering the blocks

        // Redraws the tree after a change of its shape; typing in a value only updates the model, so focus stays put.
        render(focus) {
            place(this.root, null, "");
            this.tree.replaceChildren(this.renderNode(this.root));
            if (focus) {
                const target = this.tree.querySelector(`[data-node="${focus.id}"] [data-role="${focus.role}"]`)
                    || this.tree.querySelector(`[data-node="${focus.id}"] button, [data-node="${focus.id}"] select`);
                target?.focus();
            }
        }

        renderNode(node) {
            const body = node.kind === "condition" ? this.renderCondition(node)
                : node.kind === "not" ? [h("strong", {class: "rb-label"}, "Not")]
                    : [this.renderGroupKind(node)];
            const element = h("div", {class: `rb-node rb-${node.kind}`, "data-node": node.id, "data-path": node.path},
                h("div", {class: "rb-row"},
                    node.parent && isGroup(node.parent)
                        ? h("span", {class: "rb-handle", draggable: "true", title: "Drag to reorder", "aria-hidden": "true"}, "⠿")
                        : null,
                    ...body,
                    h("span", {class: "rb-count", "data-count": node.path}),
                    this.renderTools(node)),
                h("ul", {class: "rb-problems", id: `rb-problems-${node.id}`, "data-problems": node.path}));
            // A screen reader reads a node's problems with each of its own inputs, not only where the eye sees them.
            element.firstChild.querySelectorAll("select, input")
                .forEach((control) => control.setAttribute("aria-describedby", `rb-problems-${node.id}`));
            if (node.kind === "not") {
                element.append(h("div", {class: "rb-inner"}, this.renderNode(node.children[0])));
            } else if (isGroup(node)) {
                element.append(this.renderChildren(node), h("div", {class: "rb-add"},
                    h("button", {type: "button", class: "secondary", "data-role": "add-condition", onclick: () => this.addCondition(node)}, "+ Condition"),
                    h("button", {type: "button", class: "secondary outline", "data-role": "add-group", onclick: () => this.addGroup(node)}, "+ Group")));
            }
            return element;
        }

        renderGroupKind(node) {
            return h("select", {class: "rb-kind", "data-role": "kind", "aria-label": "Match customers who meet",
                value: node.kind, onchange: (event) => {
                    node.kind = event.target.value;
                    this.render({id: node.id, role: "kind"});
                    this.schedulePreview();
                }}, options([["all", "All of these (and)"], ["any", "Any of these (or)"]]));
        }

        renderChildren(node) {
            const list = h("ol", {class: "rb-children", "data-group": node.id});
            if (node.children.length === 0) {
                list.append(h("li", {class: "rb-empty"}, node.kind === "all" ? "No conditions: everyone matches." : "No conditions: no one matches."));
            }
            node.children.forEach((child) => list.append(h("li", {class: "rb-slot", "data-slot": child.id},
                this.renderNode(child),
                node.kind === "all" && node.children.length > 1 ? h("span", {class: "rb-survivors", "data-survivors": child.path}) : null)));
            return list;
        }

        renderTools(node) {
            const tools = h("span", {class: "rb-tools"});
            const tool = (role, text, label, action, disabled) => tools.append(h("button",
                {type: "button", class: "rb-tool secondary outline", "data-role": role, "aria-label": label, title: label, disabled, onclick: action}, text));
            const siblings = node.parent && isGroup(node.parent) ? node.parent.children : null;
            if (siblings) {
                const index = siblings.indexOf(node);
                tool("up", "↑", "Move up", () => this.move(node, -1), index === 0);
                tool("down", "↓", "Move down", () => this.move(node, +1), index === siblings.length - 1);
            }
            tool("wrap", "( )", "Wrap in a group", () => this.replace(node, group("all", [node]), {role: "wrap"}));
            if (node.kind === "not") {
                tool("unwrap", "¬×", "Remove the not, keep what it holds", () => this.replace(node, node.children[0], {id: node.children[0].id, role: "wrap"}));
            } else {
                tool("not", "¬", "Negate (not)", () => this.replace(node, negation(node), {role: "unwrap"}));
            }
            if (node.parent || node.kind !== "all" || node.children.length > 0) {
                tool("remove", "✕", "Remove", () => this.remove(node));
            }
            return tools;
        }

        renderCondition(node) {
            const field = this.byName.get(node.field);
            const operators = field ? field.operators : [node.op];
            return [
                h("select", {class: "rb-field", "data-role": "field", "aria-label": "Field", value: node.field, onchange: (event) => this.changeField(node, event.target.value)},
                    options([...(field ? [] : [[node.field, node.field]]), ...this.fields.map((f) => [f.name, fieldLabel(f.name)])])),
                h("select", {class: "rb-op", "data-role": "op", "aria-label": "Operator", value: node.op, onchange: (event) => this.changeOperator(node, event.target.value)},
                    options(operators.map((op) => [op, field && field.type === "datetime" && op === "eq" ? "is on" : OPERATOR_WORDS[op] || op]))),
                this.renderValue(node, field ? field.type : "text"),
            ];
        }

        // ---- value editors, one per shape of value and field type

        renderValue(node, type) {
            const changed = () => this.schedulePreview();
            switch (shapeOf(node.op)) {
                case "none":
                    return null;
                case "days":
                    return h("span", {class: "rb-value"}, this.daysInput(() => node.value, (v) => { node.value = v; changed(); }, "Number of days"),
                        h("span", {}, node.op === "within_last" ? "days" : "days ago"));
                case "range":
                    node.value = node.value || {from: undefined, to: undefined};
                    return h("span", {class: "rb-value rb-range"},
                        this.scalarInput(node, type, () => node.value.from, (v) => { node.value.from = v; changed(); }, "From", "from"),
                        h("span", {}, "and"),
                        this.scalarInput(node, type, () => node.value.to, (v) => { node.value.to = v; changed(); }, "To", "to"));
                case "list":
                    node.value = node.value || [];
                    return this.chips(node, type);
                default:
                    return h("span", {class: "rb-value"}, this.scalarInput(node, type, () => node.value, (v) => { node.value = v; changed(); }, "Value", "value"));
            }
        }

        scalarInput(node, type, get, set, label, role) {
            switch (type) {
                case "number":
                case "money":
                    return h("input", {type: "number", step: "any", inputmode: "decimal", "aria-label": label, "data-role": role,
                        value: get() === undefined ? "" : String(get()),
                        oninput: (event) => set(event.target.value.trim() === "" ? undefined : Number(event.target.value))});
                case "boolean":
                    if (get() === undefined) {
                        set(true);
                    }
                    return h("select", {"aria-label": label, "data-role": role, value: String(get()), onchange: (event) => set(event.target.value === "true")},
                        options([["true", "true"], ["false", "false"]]));
                case "datetime":
                    return this.dayInput(node, get, set, label, role);
                default:
                    return h("input", {type: "text", "aria-label": label, "data-role": role, value: get() === undefined ? "" : String(get()),
                        oninput: (event) => set(event.target.value)});
            }
        }

        // A day is a date or "N days ago"; switching between them redraws, as the input changes type.
        dayInput(node, get, set, label, role) {
            const relative = get() && get().daysAgo !== undefined;
            const input = relative
                ? this.daysInput(get, set, `${label}: number of days ago`)
                : h("input", {type: "date", "aria-label": `${label}: date`, value: get()?.date || "",
                    oninput: (event) => set(event.target.value ? {date: event.target.value} : undefined)});
            return h("span", {class: "rb-day"},
                h("select", {"aria-label": `${label}: a date or days ago`, "data-role": role, value: relative ? "ago" : "date", onchange: (event) => {
                    set(event.target.value === "ago" ? {daysAgo: 30} : undefined);
                    this.render({id: node.id, role});
                }}, options([["date", "date"], ["ago", "days ago"]])),
                input);
        }

        daysInput(get, set, label) {
            return h("input", {type: "number", min: "0", step: "1", inputmode: "numeric", class: "rb-days", "aria-label": label, "data-role": "days",
                value: get()?.daysAgo === undefined ? "" : String(get().daysAgo),
                oninput: (event) => set({daysAgo: event.target.value.trim() === "" ? undefined : Number(event.target.value)})});
        }

        // Tags, cities, numbers…: each value a chip with its own remove button; Enter or a comma adds what is typed.
        chips(node, type) {
            const list = h("ul", {class: "rb-chips"});
            const input = h("input", {type: type === "number" ? "number" : "text", step: "any", "aria-label": "Add a value, then press Enter", "data-role": "value",
                placeholder: "type, then Enter"});
            const draw = () => list.replaceChildren(...node.value.map((item, i) => h("li", {class: "rb-chip"},
                h("span", {}, String(item)),
                h("button", {type: "button", class: "rb-chip-remove", "aria-label": `Remove ${item}`, onclick: () => {
                    node.value.splice(i, 1);
                    draw();
                    input.focus();
                    this.schedulePreview();
                }}, "×"))));
            const add = () => {
                const text = input.value.replace(/,$/, "").trim();
                const item = type === "number" ? Number(text) : text;
                if (text !== "" && !node.value.includes(item)) {
                    node.value.push(item);
                    draw();
                    this.schedulePreview();
                }
                input.value = "";
            };
            input.addEventListener("keydown", (event) => {
                if (event.key === "Enter" || (event.key === "," && type !== "number")) {
                    event.preventDefault();
                    add();
                }
            });
            input.addEventListener("change", add);
            draw();
            return h("span", {class: "rb-value rb-chip-editor"}, list, input);
        }

        // ---- changes to the tree

        changeField(node, name) {
            const before = this.byName.get(node.field);
            const after = this.byName.get(name);
            node.field = name;
            if (!before || before.type !== after.type) {
                node.op = DEFAULT_OPERATOR[after.type] || after.operators[0];
                node.value = reshaped(undefined, "none", shapeOf(node.op));
            }
            this.render({id: node.id, role: "field"});
            this.schedulePreview();
        }

        changeOperator(node, op) {
            node.value = reshaped(node.value, shapeOf(node.op), shapeOf(op));
            node.op = op;
            this.render({id: node.id, role: "op"});
            this.schedulePreview();
        }

        newCondition() {
            const field = this.byName.get("total_spend") || this.fields[0];
            const op = DEFAULT_OPERATOR[field.type] || field.operators[0];
            return condition(field.name, op, reshaped(undefined, "none", shapeOf(op)));
        }

        addCondition(parent) {
            const added = this.newCondition();
            parent.children.push(added);
            this.render({id: added.id, role: "field"});
            this.schedulePreview();
        }

        // A group inside an "all" is an "any" and the other way round: a group of the same kind would add nothing.
        addGroup(parent) {
            const added = group(parent.kind === "all" ? "any" : "all", [this.newCondition()]);
            parent.children.push(added);
            this.render({id: added.children[0].id, role: "field"});
            this.schedulePreview();
        }

        replace(node, replacement, focus) {
            if (node === this.root) {
                this.root = replacement;
            } else {
                const siblings = node.parent.children;
                siblings[siblings.indexOf(node)] = replacement;
            }
            this.render({id: focus.id || replacement.id, role: focus.role});
            this.schedulePreview();
        }

        remove(node) {
            if (node === this.root) {
                this.root = group("all");
                this.render({id: this.root.id, role: "add-condition"});
            } else if (node.parent.kind === "not") {
                this.remove(node.parent);
                return;
            } else {
                const parent = node.parent;
                parent.children.splice(parent.children.indexOf(node), 1);
                this.render({id: parent.id, role: "add-condition"});
            }
            this.schedulePreview();
        }

        move(node, delta) {
            const siblings = node.parent.children;
            const from = siblings.indexOf(node);
            siblings.splice(from, 1);
            siblings.splice(from + delta, 0, node);
            const stillPossible = from + delta > 0 && from + delta < siblings.length - 1;
            this.render({id: node.id, role: stillPossible ? (delta < 0 ? "up" : "down") : (delta < 0 ? "down" : "up")});
            this.schedulePreview();
        }

        // ---- drag and drop: a node's handle drags it before or after any other node of any group

        dragStart(event) {
            const handle = event.target.closest?.(".rb-handle");
            if (!handle) {
                return;
            }
            const element = handle.closest(".rb-node");
            this.dragged = this.nodeOf(element);
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", element.dataset.path);
            event.dataTransfer.setDragImage(element, 0, 0);
            element.classList.add("rb-dragging");
        }

        // Where a drop would put the dragged node: before or after a slot, or at the end of an empty group.
        dropTarget(event) {
            if (!this.dragged) {
                return null;
            }
            const slot = event.target.closest?.(".rb-slot");
            const list = event.target.closest?.(".rb-children");
            if (!list) {
                return null;
            }
            const parent = [...walk(this.root)].find((n) => String(n.id) === list.dataset.group);
            if ([...walk(this.dragged)].includes(parent)) {
                return null; // a group cannot go inside itself
            }
            if (!slot) {
                return {parent, index: parent.children.length, slot: null, after: true};
            }
            const target = parent.children.find((n) => String(n.id) === slot.dataset.slot);
            const box = slot.getBoundingClientRect();
            const after = event.clientY > box.top + box.height / 2;
            return {parent, index: parent.children.indexOf(target) + (after ? 1 : 0), slot, after};
        }

        dragOver(event) {
            const target = this.dropTarget(event);
            if (!target) {
                return;
            }
            event.preventDefault();
            this.tree.querySelectorAll(".rb-drop-before, .rb-drop-after").forEach((e) => e.classList.remove("rb-drop-before", "rb-drop-after"));
            target.slot?.classList.add(target.after ? "rb-drop-after" : "rb-drop-before");
        }

        drop(event) {
            const target = this.dropTarget(event);
            if (!target) {
                return;
            }
            event.preventDefault();
            const node = this.dragged;
            let index = target.index;
            const siblings = node.parent.children;
            if (node.parent === target.parent && siblings.indexOf(node) < index) {
                index -= 1; // taking the node out shifts the ones after it
            }
            siblings.splice(siblings.indexOf(node), 1);
            target.parent.children.splice(index, 0, node);
            this.dragEnd();
            this.render({id: node.id, role: "field"});
            this.schedulePreview();
        }

        dragEnd() {
            this.dragged = null;
            this.tree.querySelectorAll(".rb-dragging, .rb-drop-before, .rb-drop-after")
                .forEach((e) => e.classList.remove("rb-dragging", "rb-drop-before", "rb-drop-after"));
        }

        nodeOf(element) {
            return [...walk(this.root)].find((n) => String(n.id) === element.dataset.node);
        }

        // ---- preview and problems

        // Asks the service ~250 ms after the last edit; only the answer to the latest request is shown.
        schedulePreview(delay = 250) {
            clearTimeout(this.timer);
            this.timer = setTimeout(() => this.preview(), delay);
        }

        async preview() {
            const sequence = ++this.sequence;
            this.pending?.abort();
            this.clearProblems();
            this.classList.remove("rb-stale");
            const rule = this.source();
            if (rule === null) {
                this.status.textContent = "(complete the marked conditions to update)";
                this.classList.add("rb-stale");
                return;
            }
            this.pending = new AbortController();
            this.status.textContent = "(updating…)";
            try {
                const answer = await send("POST", "/api/segment-rules/preview?sample=10", {rule}, this.pending.signal);
                if (sequence !== this.sequence) {
                    return;
                }
                if (answer.ok) {
                    this.showPreview(answer.data);
                } else {
                    this.status.textContent = "(the rule has problems)";
                    this.classList.add("rb-stale");
                    this.showProblems(violationsOf(answer.data));
                }
            } catch (error) {
                if (error.name !== "AbortError" && sequence === this.sequence) {
                    this.status.textContent = "(the preview could not be reached)";
                }
            }
        }

        showPreview(preview) {
            this.classList.remove("rb-stale");
            this.size.textContent = customers(preview.size);
            this.status.textContent = "";
            this.sample.replaceChildren(...(preview.sample.length === 0
                ? [h("li", {class: "rb-none"}, "No one matches.")]
                : preview.sample.map((c) => h("li", {},
                    h("strong", {}, c.name || c.email), " ",
                    h("small", {}, [c.name ? c.email : null, c.city].filter(Boolean).join(" · "))))));
            if (this.mode !== "blocks") {
                this.explainText(preview.explanation);
                return;
            }
            const visit = (explanation) => {
                const count = this.tree.querySelector(`[data-count="${CSS.escape(explanation.path)}"]`);
                if (count) {
                    count.textContent = `${numbers.format(explanation.matches)} match`;
                }
                // survivors[i]: how many are left after the first i + 1 children of an "all" together.
                explanation.survivors.forEach((left, i) => {
                    const child = explanation.children[i];
                    const badge = child && this.tree.querySelector(`[data-survivors="${CSS.escape(child.path)}"]`);
                    if (badge) {
                        badge.textContent = `→ ${numbers.format(left)} left`;
                    }
                });
                explanation.children.forEach(visit);
            };
            visit(preview.explanation);
        }

        // Without blocks to put them beside, each part of the rule is listed with its own count, nested as the rule is.
        explainText(explanation) {
            const item = (node) => h("li", {},
                h("code", {}, node.text), ` ${numbers.format(node.matches)} match`,
                node.children.length > 0 ? h("ol", {}, node.children.map(item)) : null);
            this.explained.replaceChildren(item(explanation));
        }

        clearProblems() {
            this.querySelectorAll(".rb-problems").forEach((list) => list.replaceChildren());
            this.querySelectorAll(".rb-invalid").forEach((element) => element.classList.remove("rb-invalid"));
            this.querySelectorAll(".rb-tree [aria-invalid]").forEach((control) => control.removeAttribute("aria-invalid"));
        }

        // Marks each incomplete condition; true when there is one.
        showMissing() {
            this.clearProblems();
            place(this.root, null, "");
            const incomplete = [...walk(this.root)]
                .filter((node) => node.kind === "condition")
                .map((node) => ({path: node.path, message: missing(node)}))
                .filter((problem) => problem.message);
            this.showProblems(incomplete);
            return incomplete.length > 0;
        }

        // Shows each violation at the deepest node whose path it starts with ("all[1].value.from" at "all[1]"); text
        // problems and those of no node in particular above the tree.
        showProblems(violations) {
            for (const violation of violations) {
                const list = this.mode === "text" ? this.textProblems : this.problemListFor(violation.path || "");
                list.append(h("li", {}, violation.message));
                const node = list.closest(".rb-node");
                node?.classList.add("rb-invalid");
                node?.firstChild.querySelectorAll("select, input").forEach((control) => control.setAttribute("aria-invalid", "true"));
            }
        }

        problemListFor(path) {
            const lists = [...this.tree.querySelectorAll("[data-problems]")]
                .filter((list) => {
                    const at = list.dataset.problems;
                    return at !== "" && (path === at || path.startsWith(`${at}.`));
                })
                .sort((a, b) => b.dataset.problems.length - a.dataset.problems.length);
            return lists[0] || this.generalProblems;
        }
    }

    customElements.define("rule-builder", RuleBuilder);

    // ---- The page around the builder: save and "Describe your audience" ----------------------------------------

    const form = document.getElementById("segment-form");
    if (!form) {
        return;
    }
    const builder = form.querySelector("rule-builder");
    const formProblem = document.getElementById("form-problem");

    function clearFieldProblems() {
        formProblem.textContent = "";
        form.querySelectorAll("[data-problem-for]").forEach((element) => {
            element.textContent = "";
            document.getElementById(element.id.replace(/-problem$/, ""))?.removeAttribute("aria-invalid");
        });
    }

    form.addEventListener("submit", async (event) => {
        event.preventDefault();
        clearFieldProblems();
        const rule = builder.source();
        if (rule === null) {
            formProblem.textContent = "Not saved: complete the marked conditions first.";
            return;
        }
        const id = form.dataset.segmentId;
        const body = {name: form.elements.name.value, description: form.elements.description.value, rule};
        const answer = await send(id ? "PUT" : "POST", id ? `/api/segment-rules/${encodeURIComponent(id)}` : "/api/segment-rules", body);
        if (answer.ok) {
            window.location.assign("/segments");
            return;
        }
        const ruleProblems = [];
        for (const violation of violationsOf(answer.data)) {
            const field = form.querySelector(`[data-problem-for="${CSS.escape(violation.path)}"]`);
            if (field) {
                field.textContent = violation.message;
                document.getElementById(field.id.replace(/-problem$/, ""))?.setAttribute("aria-invalid", "true");
            } else {
                ruleProblems.push(violation);
            }
        }
        builder.clearProblems();
        builder.showProblems(ruleProblems);
        formProblem.textContent = "Not saved: fix the problems marked.";
    });

    const describeButton = document.getElementById("describe-button");
    describeButton?.addEventListener("click", async () => {
        const result = document.getElementById("describe-result");
        const description = document.getElementById("describe-text").value.trim();
        if (description === "") {
            result.replaceChildren(h("p", {class: "rb-problem-text"}, "Describe the audience in a few words first."));
            return;
        }
        describeButton.setAttribute("aria-busy", "true");
        describeButton.disabled = true;
        result.replaceChildren(h("p", {}, "Asking the assistant…"));
        try {
            const answer = await send("POST", "/api/ai/segment-rules", {description});
            if (answer.ok) {
                builder.load(answer.data.rule);
                result.replaceChildren(
                    h("p", {}, h("strong", {}, "Proposed rule: "), h("code", {}, answer.data.text)),
                    h("p", {}, answer.data.explanation),
                    h("p", {}, h("small", {}, `Proposed by ${answer.data.source}. It is in the builder below for review; nothing is saved until you save.`)));
            } else {
                result.replaceChildren(h("p", {class: "rb-problem-text"},
                    violationsOf(answer.data).map((v) => v.message).join(" ")));
            }
        } catch (unreachable) {
            result.replaceChildren(h("p", {class: "rb-problem-text"}, "The assistant could not be reached."));
        } finally {
            describeButton.removeAttribute("aria-busy");
            describeButton.disabled = false;
        }
    });
})();
