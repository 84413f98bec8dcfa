// The smkonzept editor: builds the form from /api/schema, sends every edit to /api/preview
// (debounced), shows the preview and the problems at their fields, saves through /api/save.
"use strict";

const TOKEN = document.querySelector('meta[name="smkonzept-token"]').content;
const DELAY_MS = 20;
const form = document.getElementById("profil");
const frame = document.getElementById("vorschau");
let schema = null;
let data = {};
let base = "";
let unmanaged = [];
let dirty = false;
let timer = null;
let sent = 0;
let shown = 0;
let changedAt = 0;
let busy = false;
let pending = false;

function api(url, body) {
  return fetch(url, {
    method: body === undefined ? "GET" : "POST",
    headers: { "X-Smkonzept-Token": TOKEN, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
}

function idFor(path) {
  return "f-" + path.replace(/[^A-Za-z0-9_]+/g, "-");
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function helpText(text, id) {
  const p = el("p", { class: "help", id });
  text.split("`").forEach((part, index) => p.append(index % 2 ? el("code", { text: part }) : part));
  return p;
}

function status(message) {
  document.getElementById("status").textContent = message;
}

function labelText(node) {
  return node.required ? [node.label, " ", el("span", { class: "required", text: "(Pflicht)" })] : [node.label];
}

function control(node, kind, owner, key, path, labelled) {
  const id = idFor(path);
  const value = owner[key];
  let input;
  if (kind === "choice") {
    input = el("select", { id, name: path });
    const values = node.choices.map((choice) => choice[0]);
    input.append(el("option", { value: "", text: node.required ? "– bitte wählen –" : "– keine Angabe –" }));
    if (value && !values.includes(value)) input.append(el("option", { value, text: value }));
    for (const [choice, label] of node.choices) input.append(el("option", { value: choice, text: label }));
    input.value = value || "";
  } else if (kind === "markdown") {
    input = el("textarea", { id, name: path, rows: 3 });
    input.value = value || "";
  } else if (kind === "boolean") {
    input = el("input", { id, name: path, type: "checkbox" });
    input.checked = value === true;
  } else {
    const extra = { integer: { inputmode: "numeric" }, date: { placeholder: "JJJJ-MM-TT" }, url: { inputmode: "url" }, email: { inputmode: "email" } }[kind] || {};
    input = el("input", { id, name: path, type: "text", autocomplete: "off", spellcheck: kind === "text" ? "true" : "false", ...extra });
    input.value = value || "";
  }
  input.addEventListener(kind === "boolean" || kind === "choice" ? "change" : "input", () => {
    owner[key] = kind === "boolean" ? input.checked : input.value;
    changed();
  });
  const describedBy = node.help ? `help-${id}` : null;
  if (describedBy) input.setAttribute("aria-describedby", describedBy);
  const label = el("label", { for: id }, ...labelled);
  const error = el("p", { class: "error", id: `err-${id}`, hidden: true });
  const box = el("div", { class: kind === "boolean" ? "field check" : "field" });
  if (kind === "boolean") box.append(input, " ", label);
  else box.append(label, input);
  box.append(error);
  if (node.help) box.append(helpText(node.help, `help-${id}`));
  return box;
}

function renderNode(node, owner, path) {
  if (node.kind === "group") {
    if (typeof owner[node.name] !== "object" || owner[node.name] === null) owner[node.name] = {};
    const box = el("fieldset", { id: idFor(path) }, el("legend", {}, ...labelText(node)));
    if (node.help) box.append(helpText(node.help, `help-${idFor(path)}`));
    if (unmanaged.includes(path)) {
      box.append(el("p", { class: "note", text: "Dieser Abschnitt steht als Verweis auf eine andere Datei im Profil und bleibt beim Speichern unverändert." }));
      return box;
    }
    box.append(el("p", { class: "error", id: `err-${idFor(path)}`, hidden: true }));
    for (const child of node.children) box.append(renderNode(child, owner[node.name], `${path}.${child.name}`));
    return box;
  }
  if (node.kind === "list") return renderList(node, owner, path);
  if (node.kind === "map") {
    if (unmanaged.includes(path)) {
      return el("fieldset", { id: idFor(path) }, el("legend", { text: node.label }),
        el("p", { class: "note", text: "Steht in der YAML-Datei in einer anderen Form und bleibt beim Speichern unverändert; bearbeiten lässt es sich dort." }));
    }
    return renderMap(node, owner, path);
  }
  return control(node, node.kind, owner, node.name, path, labelText(node));
}

function emptyItem(node) {
  const item = { __orig: null };
  for (const child of node.children) item[child.name] = child.kind === "list" ? [] : child.kind === "boolean" ? false : child.kind === "group" ? {} : "";
  return item;
}

function renderList(node, owner, path, focusId) {
  if (!Array.isArray(owner[node.name])) owner[node.name] = [];
  const items = owner[node.name];
  const box = el("fieldset", { id: idFor(path), class: "list" }, el("legend", {}, ...labelText(node)));
  if (node.help) box.append(helpText(node.help, `help-${idFor(path)}`));
  box.append(el("p", { class: "error", id: `err-${idFor(path)}`, hidden: true }));
  const list = el("ol", { class: "items" });
  const redraw = (focus) => {
    const fresh = renderList(node, owner, path, focus);
    box.replaceWith(fresh);
    const target = document.getElementById(focus);
    if (target) target.focus();
    changed();
  };
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const name = `${node.label}, Eintrag ${index + 1}`;
    const li = el("li", { id: idFor(itemPath) });
    if (node.item === "group") {
      const group = el("fieldset", {}, el("legend", { text: name }));
      group.append(el("p", { class: "error", id: `err-${idFor(itemPath)}`, hidden: true }));
      for (const child of node.children) group.append(renderNode(child, item, `${itemPath}.${child.name}`));
      li.append(group);
    } else {
      li.append(control({ ...node, help: "" }, node.item, items, index, itemPath, [name]));
    }
    const buttons = el("div", { class: "item-buttons" });
    const move = (to) => {
      const [moved] = items.splice(index, 1);
      items.splice(to, 0, moved);
    };
    const up = el("button", { type: "button", class: "small", id: `${idFor(itemPath)}-hoch`, "aria-label": `Nach oben: ${name}`, disabled: index === 0, text: "Nach oben" });
    up.addEventListener("click", () => { move(index - 1); redraw(`${idFor(`${path}[${index - 1}]`)}-hoch`); });
    const down = el("button", { type: "button", class: "small", id: `${idFor(itemPath)}-runter`, "aria-label": `Nach unten: ${name}`, disabled: index === items.length - 1, text: "Nach unten" });
    down.addEventListener("click", () => { move(index + 1); redraw(`${idFor(`${path}[${index + 1}]`)}-runter`); });
    const remove = el("button", { type: "button", class: "small", "aria-label": `Entfernen: ${name}`, text: "Entfernen" });
    remove.addEventListener("click", () => { items.splice(index, 1); redraw(`${idFor(path)}-neu`); });
    buttons.append(up, down, remove);
    li.append(buttons);
    list.append(li);
  });
  const add = el("button", { type: "button", id: `${idFor(path)}-neu`, text: `Hinzufügen: ${node.label}` });
  add.addEventListener("click", () => {
    items.push(node.item === "group" ? emptyItem(node) : "");
    const fresh = `${path}[${items.length - 1}]`;
    redraw(node.item === "group" ? idFor(`${fresh}.${node.children[0].name}`) : idFor(fresh));
  });
  box.append(list, add);
  return box;
}

function emptyValue(node) {
  if (node.item === "group") {
    const value = {};
    for (const child of node.children) value[child.name] = child.kind === "list" ? [] : child.kind === "boolean" ? false : child.kind === "group" ? {} : "";
    return value;
  }
  return node.item === "list" ? [] : "";
}

function renderMap(node, owner, path) {
  if (!Array.isArray(owner[node.name])) owner[node.name] = [];
  const entries = owner[node.name];
  const box = el("fieldset", { id: idFor(path), class: "list" }, el("legend", {}, ...labelText(node)));
  if (node.help) box.append(helpText(node.help, `help-${idFor(path)}`));
  box.append(el("p", { class: "error", id: `err-${idFor(path)}`, hidden: true }));
  const redraw = (focus) => {
    box.replaceWith(renderMap(node, owner, path));
    const target = document.getElementById(focus);
    if (target) target.focus();
    changed();
  };
  const list = el("ol", { class: "items" });
  entries.forEach((entry, index) => {
    const entryPath = `${path}.${entry.__key}`;
    const keyId = `${idFor(path)}-kennung-${index}`;
    const name = entry.__key ? `${node.label}: ${entry.__key}` : `${node.label}, neuer Eintrag ${index + 1}`;
    const group = el("fieldset", { id: node.item === "group" ? idFor(entryPath) : `${idFor(entryPath)}-eintrag` }, el("legend", { text: name }));
    const key = el("input", { id: keyId, type: "text", autocomplete: "off", spellcheck: "false" });
    key.value = entry.__key;
    key.addEventListener("change", () => { entry.__key = key.value.trim(); redraw(keyId); });
    group.append(el("div", { class: "field" }, el("label", { for: keyId, text: "Kennung" }), key));
    if (node.item === "group") {
      group.append(el("p", { class: "error", id: `err-${idFor(entryPath)}`, hidden: true }));
      if (typeof entry.value !== "object" || entry.value === null) entry.value = emptyValue(node);
      for (const child of node.children) group.append(renderNode(child, entry.value, `${entryPath}.${child.name}`));
    } else if (node.item === "list") {
      group.append(renderList({ ...node, name: "value", label: `${node.label} (${entry.__key || "neu"})`, kind: "list", item: node.inner, help: "", required: false }, entry, entryPath));
    } else {
      group.append(control({ ...node, help: "", required: false }, node.item, entry, "value", entryPath, ["Text"]));
    }
    const remove = el("button", { type: "button", class: "small", "aria-label": `Entfernen: ${name}`, text: "Entfernen" });
    remove.addEventListener("click", () => { entries.splice(index, 1); redraw(`${idFor(path)}-neu`); });
    group.append(el("div", { class: "item-buttons" }, remove));
    list.append(el("li", {}, group));
  });
  const add = el("button", { type: "button", id: `${idFor(path)}-neu`, text: `Hinzufügen: ${node.label}` });
  add.addEventListener("click", () => {
    entries.push({ __key: "", __orig: null, value: emptyValue(node) });
    redraw(`${idFor(path)}-kennung-${entries.length - 1}`);
  });
  box.append(list, add);
  return box;
}

function render() {
  form.replaceChildren(...schema.fields.map((node) => renderNode(node, data, node.name)));
}

function clearErrors() {
  for (const input of form.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    const help = document.getElementById(`help-${input.id}`);
    if (help) input.setAttribute("aria-describedby", help.id);
    else input.removeAttribute("aria-describedby");
  }
  for (const error of form.querySelectorAll(".error")) {
    error.textContent = "";
    error.hidden = true;
  }
}

function showErrors(errors) {
  clearErrors();
  const summary = document.getElementById("fehlerliste");
  summary.replaceChildren();
  for (const problem of errors) {
    const id = idFor(problem.field || "profil");
    const input = problem.field ? form.querySelector(`[name="${CSS.escape(problem.field)}"]`) : null;
    const error = document.getElementById(`err-${id}`);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      const help = document.getElementById(`help-${input.id}`);
      input.setAttribute("aria-describedby", help ? `${error.id} ${help.id}` : error.id);
    }
    if (error) {
      error.textContent = error.textContent ? `${error.textContent} ${problem.message}` : problem.message;
      error.hidden = false;
    }
    const link = el("a", { href: `#${input ? input.id : id}`, text: problem.text });
    summary.append(el("li", {}, link));
  }
  document.getElementById("fehler").hidden = errors.length === 0;
}

function showRequirements(requirements) {
  const list = document.getElementById("anforderungen");
  list.replaceChildren(...requirements.map((item) => el("li", {},
    el("span", { class: "state", text: `${item.state === "erfüllt" ? "✓" : item.state === "fehlt" ? "✗" : "↷"} ${item.state}: ` }),
    item.text, item.detail ? el("p", { class: "help", text: item.detail }) : null)));
}

// The preview frame holds the last valid HTML. A new state whose head is unchanged is patched
// into the frame's document: only the elements that differ are replaced, so the browser keeps
// the page and lays out only what changed (the DOM is the same as after loading the HTML anew).
// Anything else (the first preview, another head) loads the HTML into the frame.
let previewHtml = "";
let frameReady = false;

function sameAttributes(a, b) {
  if (a.attributes.length !== b.attributes.length) return false;
  for (const attribute of a.attributes) {
    if (b.getAttribute(attribute.name) !== attribute.value) return false;
  }
  return true;
}

function patchChildren(target, source, depth) {
  const doc = target.ownerDocument;
  const old = Array.from(target.childNodes);
  const next = Array.from(source.childNodes);
  if (old.length !== next.length || depth > 6) {
    target.replaceChildren(...next.map((node) => doc.importNode(node, true)));
    return;
  }
  next.forEach((node, index) => {
    const current = old[index];
    if (current.isEqualNode(node)) return;
    if (current.nodeType === Node.ELEMENT_NODE && current.nodeName === node.nodeName && sameAttributes(current, node)) {
      patchChildren(current, node, depth + 1);
    } else {
      current.replaceWith(doc.importNode(node, true));
    }
  });
}

function patchPreview(html) {
  if (!frameReady) return false;
  let doc;
  try { doc = frame.contentDocument; } catch (error) { return false; }
  if (!doc || !doc.body || !doc.head) return false;
  const next = new DOMParser().parseFromString(html, "text/html");
  if (!next.head.isEqualNode(doc.head) || !sameAttributes(next.documentElement, doc.documentElement) || !sameAttributes(next.body, doc.body)) return false;
  patchChildren(doc.body, next.body, 0);
  return true;
}

function previewShown(version, started, mode) {
  document.body.dataset.previewMode = mode;
  document.body.dataset.preview = String(version);
  document.body.dataset.previewMs = String(Math.round(performance.now() - started));
}

function showPreview(html, version, started) {
  if (html === previewHtml && frameReady) {
    previewShown(version, started, "same");
    return;
  }
  previewHtml = html;
  if (patchPreview(html)) {
    // Counted once the browser has drawn the patched page: after the next frame.
    requestAnimationFrame(() => setTimeout(() => previewShown(version, started, "patch"), 0));
    return;
  }
  let scroll = 0;
  try { scroll = frame.contentWindow.scrollY; } catch (error) { scroll = 0; }
  frameReady = false;
  frame.addEventListener("load", () => {
    try { frame.contentWindow.scrollTo(0, scroll); } catch (error) { /* opaque frame */ }
    frameReady = true;
    previewShown(version, started, "load");
  }, { once: true });
  frame.srcdoc = html;
}

// Typing waits DELAY_MS for the next key; while the server works on one state, later edits
// wait and go out together as the newest state, so the server never queues old ones.
function changed() {
  dirty = true;
  changedAt = performance.now();
  clearTimeout(timer);
  timer = setTimeout(send, DELAY_MS);
}

function send() {
  if (busy) {
    pending = true;
    return;
  }
  busy = true;
  refresh().finally(() => {
    busy = false;
    if (pending) {
      pending = false;
      send();
    }
  });
}

async function refresh() {
  const version = ++sent;
  const started = changedAt || performance.now();
  let result;
  try {
    const response = await api("/api/preview", { data });
    if (!response.ok) throw new Error(await response.text());
    result = await response.json();
  } catch (error) {
    status(`Die Vorschau ließ sich nicht erstellen (${error.message}). Läuft „smkonzept serve“ noch?`);
    return;
  }
  if (version < shown) return;
  shown = version;
  showErrors(result.errors);
  document.body.dataset.checked = String(version);
  if (result.valid) {
    showRequirements(result.requirements);
    showPreview(result.html, version, started);
    if (document.getElementById("status").dataset.kind === "fehler") status("");
  } else {
    const count = result.errors.length;
    status(`${count} Fehler im Profil; die Vorschau zeigt den letzten gültigen Stand.`);
    document.getElementById("status").dataset.kind = "fehler";
  }
}

async function save(force) {
  clearTimeout(timer);
  let response;
  let result;
  try {
    response = await api("/api/save", { data, base, force: force === true });
    result = await response.json();
  } catch (error) {
    status(`Nicht gespeichert: Der Editor antwortet nicht (${error.message}). Läuft „smkonzept serve“ noch?`);
    return;
  }
  const conflict = document.getElementById("konflikt");
  if (response.status === 200) {
    base = result.hash;
    dirty = false;
    conflict.hidden = true;
    status("Gespeichert.");
  } else if (response.status === 409) {
    document.getElementById("konflikt-text").textContent = result.message;
    conflict.hidden = false;
    status("Nicht gespeichert: Die Datei wurde außerhalb des Editors geändert.");
  } else {
    showErrors(result.errors);
    status("Nicht gespeichert: Das Profil enthält Fehler (siehe „Fehler im Profil“).");
  }
  document.body.dataset.saved = String(response.status);
}

async function load(reload) {
  const state = await (await api(reload ? "/api/state?reload=1" : "/api/state")).json();
  data = state.data;
  base = state.hash;
  unmanaged = state.unmanaged;
  dirty = false;
  document.getElementById("datei").textContent = state.file;
  render();
  document.getElementById("konflikt").hidden = true;
  await refresh();
}

async function watchDisk() {
  const response = await api("/api/disk");
  if (!response.ok) return;
  const { hash } = await response.json();
  if (!hash || hash === base) return;
  if (!dirty) {
    await load(true);
    status("Die Datei wurde außerhalb des Editors geändert und neu geladen.");
  } else {
    document.getElementById("konflikt-text").textContent = "Die Datei wurde außerhalb des Editors geändert, und im Formular gibt es ungespeicherte Änderungen. Bitte entscheiden: neu laden oder die eigene Fassung speichern.";
    if (document.getElementById("konflikt").hidden) status("Achtung: Die Datei wurde außerhalb des Editors geändert.");
    document.getElementById("konflikt").hidden = false;
  }
}

async function start() {
  if (new URLSearchParams(location.search).has("token")) history.replaceState(null, "", "/");
  schema = await (await api("/api/schema")).json();
  await load(false);
  document.getElementById("speichern").addEventListener("click", () => save(false));
  document.getElementById("ueberschreiben").addEventListener("click", () => save(true));
  document.getElementById("neu-laden").addEventListener("click", () => load(true));
  setInterval(watchDisk, 1000);
  document.body.dataset.ready = "1";
}

start();
