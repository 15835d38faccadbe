// The observation page: join, pick yourself, see the clock, send notes and photos.
//
// Notes are drafts in localStorage, photos wait in IndexedDB, until the server
// confirms them, so nothing typed or taken is lost when the Wi-Fi drops or the
// page reloads; each draft carries its own id, so a note resent after a lost
// answer is stored once (a photo is known by its bytes). The join
// secret arrives in the link's fragment (never sent in a URL) and is kept on
// this phone to rejoin after a drop.
"use strict";
(function () {
  const STORE = "lessonstudy." + location.host + ".";
  const POLL_MS = 3000;
  const RETRY_MS = 4000;
  const $ = (id) => document.getElementById(id);
  const state = { roster: null, me: null, clock: null, clockAt: 0, lang: "en",
                  flushing: false, offline: false, sendingPhotos: false, uploading: null, busy: false };

  // -- storage ---------------------------------------------------------------
  function load(key, fallback) {
    try { const v = localStorage.getItem(STORE + key); return v === null ? fallback : JSON.parse(v); }
    catch (e) { return fallback; }
  }
  function save(key, value) {
    try { localStorage.setItem(STORE + key, JSON.stringify(value)); } catch (e) { /* full */ }
  }
  function drop(key) { try { localStorage.removeItem(STORE + key); } catch (e) { /* ignore */ } }

  // -- words -----------------------------------------------------------------
  function pickLanguage() {
    const chosen = load("lang", null);
    if (chosen && window.LS_STRINGS[chosen]) return chosen;
    for (const tag of navigator.languages || [navigator.language || "en"]) {
      const t = tag.toLowerCase();
      if (t.startsWith("zh")) {
        return /hant|tw|hk|mo/.test(t) ? "zh-Hant" : "zh-Hans";
      }
      if (t.startsWith("ja")) return "ja";
      if (t.startsWith("en")) return "en";
    }
    return "en";
  }
  function t(key, values) {
    const table = window.LS_STRINGS[state.lang] || window.LS_STRINGS.en;
    let text = table[key] || window.LS_STRINGS.en[key] || key;
    for (const name in (values || {})) text = text.split("{" + name + "}").join(values[name]);
    return text;
  }
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    $("language").value = state.lang;
    document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
    document.querySelectorAll("[data-tp]").forEach((el) => { el.placeholder = t(el.dataset.tp); el.setAttribute("aria-label", t(el.dataset.tp)); });
    document.title = t("app_name");
    if (state.roster) $("lesson-title").textContent = state.roster.lesson;
    renderAll();
  }

  // -- talking to the laptop -------------------------------------------------
  async function call(method, path, body, headers) {
    const options = { method: method, credentials: "same-origin", headers: headers || {} };
    if (body !== undefined) {
      if (body instanceof Blob) { options.body = body; }
      else { options.body = JSON.stringify(body); options.headers["Content-Type"] = "application/json"; }
    }
    let response;
    try { response = await fetch(path, options); }
    catch (e) { setOffline(true); return { ok: false, offline: true, status: 0, data: {} }; }
    setOffline(false);
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (data.error === "closed") showClosed();
    return { ok: response.ok, status: response.status, data: data };
  }
  function errorText(result) {
    const code = result.data.error || "";
    const key = "err_" + code;
    if (window.LS_STRINGS.en[key]) return t(key);
    return t("err_other", { message: result.data.message || String(result.status) });
  }
  function setOffline(flag) {
    if (state.offline === flag) return;
    state.offline = flag;
    banner(flag ? t("offline") : "");
  }
  function banner(text) { $("banner").textContent = text; $("banner").hidden = !text; }

  // -- views -----------------------------------------------------------------
  function show(view) {
    for (const id of ["join-view", "pick-view", "observe-view", "closed-view"]) $(id).hidden = id !== view;
  }
  function showClosed() { show("closed-view"); }

  async function join(secret, code) {
    const result = await call("POST", "/api/join", secret ? { secret: secret } : { code: code });
    if (!result.ok) {
      if (result.data.error === "wrong_secret") drop("secret");
      if (!result.offline) banner(errorText(result));
      if (result.data.error !== "closed") show("join-view");
      return false;
    }
    if (secret) save("secret", secret);
    state.roster = result.data;
    $("lesson-title").textContent = state.roster.lesson;
    const mine = load("observer", null);
    if (mine && state.roster.observers.some((o) => o.id === mine)) return pick({ observer_id: mine });
    renderRoster();
    show("pick-view");
    return true;
  }

  async function rejoin() {
    const secret = load("secret", null);
    return secret ? join(secret, null) : (show("join-view"), false);
  }

  async function pick(body) {
    const result = await call("POST", "/api/me", body);
    if (!result.ok) { banner(errorText(result)); return false; }
    state.me = result.data;
    save("observer", state.me.observer_id);
    if (body.name) {
      const roster = await call("GET", "/api/roster");
      if (roster.ok) state.roster = roster.data;
    }
    banner("");
    show("observe-view");
    renderMe();
    await refreshClock();
    await loadSent();
    await loadKeyIdeas();
    flush();
    flushPhotos();
    return true;
  }

  function renderRoster() {
    const box = $("roster");
    box.textContent = "";
    const groups = state.roster.groups.concat([{ id: null, name: t("no_group") }]);
    const wanted = $("name-filter").value.trim().toLowerCase();
    for (const group of groups) {
      const people = state.roster.observers.filter((o) => o.group_id === group.id &&
        (!wanted || o.name.toLowerCase().includes(wanted)));
      if (!people.length) continue;
      const heading = document.createElement("h2");
      heading.textContent = group.name;
      box.appendChild(heading);
      const list = document.createElement("div");
      list.className = "names";
      for (const person of people) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "name";
        button.textContent = person.name;
        button.addEventListener("click", () => pick({ observer_id: person.id }));
        list.appendChild(button);
      }
      box.appendChild(list);
    }
    $("new-name-form").hidden = !state.roster.allow_new_names;
    const select = $("new-group");
    select.textContent = "";
    for (const group of groups) {
      const option = document.createElement("option");
      option.value = group.id === null ? "" : String(group.id);
      option.textContent = group.name;
      select.appendChild(option);
    }
  }

  function myGroup() {
    if (!state.roster || !state.me) return null;
    return state.roster.groups.find((g) => g.id === state.me.group_id) || null;
  }

  function renderMe() {
    if (!state.me) return;
    const group = myGroup();
    $("me-name").textContent = state.me.name;
    $("group-name").textContent = group ? group.name : t("no_group");
    $("focus-text").textContent = group ? group.focus : "";
    const prompts = $("prompts");
    prompts.textContent = "";
    for (const prompt of group ? group.prompts : []) {
      const item = document.createElement("li");
      item.textContent = prompt;
      prompts.appendChild(item);
    }
    $("key-ideas-box").hidden = !state.me.is_convenor;
    $("note-text").maxLength = state.roster.note_chars;
    renderAbout();
  }

  // What the next note is about: a case pupil and a seat on the classroom map (when the
  // teaching has them); choosing a case pupil's seat names the pupil too.
  function chosenId(id) { const v = $(id).value; return v ? Number(v) : null; }
  function option(parent, value, text) {
    const item = document.createElement("option");
    item.value = value;
    item.textContent = text;
    parent.appendChild(item);
    return item;
  }
  function renderAbout() {
    if (!state.roster) return;
    const pupils = state.roster.case_pupils || [];
    const seats = state.roster.seats || [];
    const pupilBox = $("note-pupil"), seatBox = $("note-seat");
    const keepPupil = pupilBox.value, keepSeat = seatBox.value;
    pupilBox.textContent = "";
    option(pupilBox, "", t("no_case_pupil"));
    for (const pupil of pupils) option(pupilBox, String(pupil.id), t("case_pupil_n", { label: pupil.label }));
    seatBox.textContent = "";
    option(seatBox, "", t("no_seat"));
    const tables = new Map();
    for (const seat of seats) {
      if (!tables.has(seat.table)) {
        const group = document.createElement("optgroup");
        group.label = seat.table;
        tables.set(seat.table, group);
        seatBox.appendChild(group);
      }
      const pupil = pupils.find((p) => p.id === seat.case_pupil_id);
      option(tables.get(seat.table), String(seat.id),
             seat.label + (pupil ? " · " + t("case_pupil_n", { label: pupil.label }) : ""));
    }
    pupilBox.value = keepPupil;
    seatBox.value = keepSeat;
    pupilBox.hidden = pupils.length === 0;
    seatBox.hidden = seats.length === 0;
    $("about-row").hidden = pupils.length === 0 && seats.length === 0;
  }
  function seatChosen() {
    const seat = (state.roster.seats || []).find((s) => String(s.id) === $("note-seat").value);
    if (seat && seat.case_pupil_id) $("note-pupil").value = String(seat.case_pupil_id);
  }

  // -- the clock -------------------------------------------------------------
  function clockText(seconds) {
    const s = Math.abs(Math.round(seconds));
    const m = Math.floor(s / 60);
    return m + ":" + String(s % 60).padStart(2, "0");
  }
  async function refreshClock() {
    const result = await call("GET", "/api/state");
    if (result.ok) { state.clock = result.data.clock; state.clockAt = Date.now(); }
    else if (result.data.error === "no_session") await rejoin();
    renderClock();
  }
  function renderClock() {
    const clock = state.clock;
    if (!clock) return;
    const running = clock.phase === "running";
    const gone = running ? (Date.now() - state.clockAt) / 1000 : 0;
    const left = clock.seconds_left - gone;
    const phaseText = { not_started: "not_started", paused: "paused", ended: "ended" }[clock.phase];
    $("clock-segment").textContent = clock.segment_number && clock.phase !== "ended"
      ? t("segment_n", { n: clock.segment_number, title: clock.segment_title }) : t(phaseText || "not_started");
    $("clock-left").textContent = clock.segment_number && clock.phase !== "not_started" && clock.phase !== "ended"
      ? t(left >= 0 ? "left" : "over", { time: clockText(left) }) + (clock.phase === "paused" ? " · " + t("paused") : "")
      : "";
    $("clock-left").classList.toggle("over", left < 0);
    $("clock-next").textContent = clock.next_title && clock.phase !== "ended" ? t("next", { title: clock.next_title }) : "";
  }

  // -- notes -----------------------------------------------------------------
  function newId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function seenSegment() {
    return state.clock && ["running", "paused"].includes(state.clock.phase) ? state.clock.segment_id : null;
  }
  function drafts() { return load("drafts", []); }
  function setDrafts(list) { save("drafts", list); renderDrafts(); }

  function queueNote(event) {
    event.preventDefault();
    const text = $("note-text").value.trim();
    if (!text) return;
    const list = drafts();
    list.push({ client_id: newId(), text: text, kind: $("note-kind").value, segment_id: seenSegment(),
                case_pupil_id: chosenId("note-pupil"), seat_id: chosenId("note-seat"),
                flagged: $("note-flag").checked, problem: "" });
    setDrafts(list);
    $("note-text").value = "";
    $("note-flag").checked = false;  // a flag and a seat are about this note only
    $("note-seat").value = "";
    drop("typing");
    flush();
  }

  async function flush() {
    if (state.flushing || !state.me) return;
    state.flushing = true;
    try {
      for (const draft of drafts()) {
        if (draft.problem) continue;
        const result = await call("POST", "/api/notes", {
          client_id: draft.client_id, text: draft.text, kind: draft.kind, segment_id: draft.segment_id,
          case_pupil_id: draft.case_pupil_id || null, seat_id: draft.seat_id || null,
          flagged: Boolean(draft.flagged) });
        if (result.offline) break;
        if (result.ok || result.data.error === "duplicate") {
          if (state.busy) { state.busy = false; banner(""); }
          removeDraft(draft.client_id);
          addSent(result.data.note);
        } else if (result.data.error === "no_session" || result.data.error === "pick_yourself") {
          await rejoin();
          break;
        } else if (result.data.error === "closed") {
          break;
        } else if (result.data.error === "rate_limited") {
          banner(errorText(result));
          break;
        } else if (result.status >= 500) {
          // the laptop could not store it just now (library busy, backup running): the note
          // keeps waiting and is sent again, as photos are; it is not the observer's problem
          banner(t("err_busy"));
          state.busy = true;
          break;
        } else {
          markDraft(draft.client_id, errorText(result));
        }
      }
    } finally {
      state.flushing = false;
      renderDrafts();
    }
  }
  function removeDraft(id) { setDrafts(drafts().filter((d) => d.client_id !== id)); }
  function markDraft(id, problem, changes) {
    setDrafts(drafts().map((d) => d.client_id === id ? Object.assign({}, d, { problem: problem }, changes || {}) : d));
  }

  function renderDrafts() {
    const list = drafts();
    $("drafts-box").hidden = list.length === 0;
    const box = $("drafts");
    box.textContent = "";
    for (const draft of list) {
      const item = document.createElement("li");
      item.className = draft.problem ? "draft problem" : "draft";
      const text = document.createElement("div");
      text.textContent = draft.text;
      item.appendChild(text);
      const status = document.createElement("div");
      status.className = "status";
      status.textContent = draft.problem || (state.offline ? t("offline") : t("sending"));
      item.appendChild(status);
      if (draft.problem) {
        const again = document.createElement("button");
        again.type = "button";
        again.textContent = t("send_to_running");
        again.addEventListener("click", () => {
          markDraft(draft.client_id, "", { segment_id: seenSegment() });
          flush();
        });
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "link";
        remove.textContent = t("discard");
        remove.addEventListener("click", () => removeDraft(draft.client_id));
        item.appendChild(again);
        item.appendChild(remove);
      }
      box.appendChild(item);
    }
  }

  const sentNotes = [];
  function addSent(note) {
    if (!note || sentNotes.some((n) => n.id === note.id)) return;
    sentNotes.unshift(note);
    renderSent();
  }
  async function loadSent() {
    const result = await call("GET", "/api/notes");
    if (!result.ok) return;
    sentNotes.length = 0;
    for (const note of result.data.notes.slice().reverse()) sentNotes.push(note);
    renderSent();
  }
  function renderSent() {
    const box = $("sent");
    box.textContent = "";
    for (const note of sentNotes) {
      const item = document.createElement("li");
      const stamp = document.createElement("span");
      stamp.className = "stamp";
      stamp.textContent = (note.elapsed !== null ? clockText(note.elapsed) + " " : "") + (note.segment_title || "");
      item.appendChild(stamp);
      if (note.case_pupil) stamp.textContent += " · " + t("case_pupil_n", { label: note.case_pupil });
      if (note.flagged) {
        const flag = document.createElement("span");
        flag.className = "flag";
        flag.textContent = " ⚑ " + t("flagged");
        stamp.appendChild(flag);
      }
      const text = document.createElement("div");
      text.textContent = note.text;
      item.appendChild(text);
      box.appendChild(item);
    }
  }

  // -- photos ----------------------------------------------------------------
  // A photo waits in this phone's IndexedDB until the laptop confirmed it, like a note
  // draft: a dropped Wi-Fi, a closed tab or a flat laptop battery lose nothing. It is
  // sent again until confirmed; the laptop knows a photo it already has by its bytes
  // (answer "duplicate"), so a resend after a lost answer is stored once.
  const photoQueue = (function () {
    const memory = new Map();  // when IndexedDB is refused (some private windows)
    let opened = null;
    function database() {
      if (!opened) {
        opened = new Promise((resolve) => {
          try {
            const request = indexedDB.open(STORE + "photos", 1);
            request.onupgradeneeded = () => request.result.createObjectStore("queue", { keyPath: "client_id" });
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(null);
          } catch (e) { resolve(null); }
        });
      }
      return opened;
    }
    async function run(mode, work) {
      const db = await database();
      if (!db) return work(null);
      return new Promise((resolve) => {
        let request = null;
        try {
          const tx = db.transaction("queue", mode);
          request = work(tx.objectStore("queue"));
          tx.oncomplete = () => resolve(request ? request.result : undefined);
          tx.onerror = tx.onabort = () => resolve(undefined);
        } catch (e) { resolve(undefined); }
      });
    }
    return {
      put: (item) => run("readwrite", (store) => store ? store.put(item) : (memory.set(item.client_id, item), null)),
      remove: (id) => run("readwrite", (store) => store ? store.delete(id) : (memory.delete(id), null)),
      all: async () => {
        const found = await run("readonly", (store) => store ? store.getAll() : null);
        const items = found || Array.from(memory.values());
        return items.sort((a, b) => a.added - b.added);
      },
    };
  })();
  const sentPhotos = [];

  async function pickedPhoto() {
    const input = $("photo-input");
    const files = Array.from(input.files || []);
    input.value = "";
    for (const file of files) {
      await photoQueue.put({ client_id: newId(), blob: file, name: file.name || "photo.jpg",
                             type: file.type || "application/octet-stream", segment_id: seenSegment(),
                             added: Date.now(), problem: "" });
    }
    await renderUploads();
    flushPhotos();
  }

  async function flushPhotos() {
    if (state.sendingPhotos || !state.me) return;
    state.sendingPhotos = true;
    try {
      for (const item of await photoQueue.all()) {
        if (item.problem) continue;
        if (item.blob.size > state.roster.photo_bytes) {
          await photoQueue.put(Object.assign({}, item, { problem: t("err_too_large") }));
          continue;
        }
        state.uploading = item.client_id;
        renderUploads();
        const headers = { "Content-Type": item.type, "X-File-Name": encodeURIComponent(item.name) };
        if (item.segment_id !== null && item.segment_id !== undefined) headers["X-Segment-Id"] = String(item.segment_id);
        const result = await call("POST", "/api/photos", item.blob, headers);
        if (result.ok) {
          await photoQueue.remove(item.client_id);
          sentPhotos.unshift(item.name);
          continue;
        }
        const code = result.data.error;
        if (code === "no_session" || code === "pick_yourself") { await rejoin(); break; }
        if (result.offline || result.status >= 500 || code === "rate_limited" || code === "closed") break;
        await photoQueue.put(Object.assign({}, item, { problem: errorText(result) }));
      }
    } finally {
      state.sendingPhotos = false;
      state.uploading = null;
      renderUploads();
    }
  }

  async function renderUploads() {
    const waiting = await photoQueue.all();
    const box = $("uploads");
    box.textContent = "";
    for (const item of waiting) {
      const row = document.createElement("li");
      row.className = item.problem ? "draft problem" : "draft";
      const name = document.createElement("span");
      name.textContent = item.name;
      const status = document.createElement("span");
      status.className = "status";
      status.textContent = item.problem || (state.uploading === item.client_id ? t("uploading")
        : (state.offline ? t("photo_waiting_offline") : t("photo_waiting")));
      row.append(name, " ", status);
      if (item.problem) {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "link";
        remove.textContent = t("discard");
        remove.addEventListener("click", async () => { await photoQueue.remove(item.client_id); renderUploads(); });
        row.appendChild(remove);
      }
      box.appendChild(row);
    }
    for (const sentName of sentPhotos) {
      const row = document.createElement("li");
      const name = document.createElement("span");
      name.textContent = sentName;
      const status = document.createElement("span");
      status.className = "status";
      status.textContent = t("uploaded");
      row.append(name, " ", status);
      box.appendChild(row);
    }
  }

  // -- key ideas ---------------------------------------------------------------
  async function saveKeyIdeas(event) {
    event.preventDefault();
    const ideas = Array.from(document.querySelectorAll("#key-ideas-form .idea"), (el) => el.value);
    save("ideas", ideas);
    const result = await call("PUT", "/api/key-ideas", { ideas: ideas });
    if (result.ok) fillKeyIdeas(result.data.ideas);
    banner(result.ok ? t("key_ideas_saved") : (result.offline ? t("offline") : errorText(result)));
  }
  async function loadKeyIdeas() {
    if (!state.me || !state.me.is_convenor) return;
    const kept = load("ideas", null);
    const result = await call("GET", "/api/key-ideas");
    fillKeyIdeas(result.ok ? result.data.ideas : (kept || []));
  }
  function fillKeyIdeas(ideas) {
    document.querySelectorAll("#key-ideas-form .idea").forEach((el, i) => { el.value = ideas[i] || ""; });
  }

  function renderAll() { renderClock(); renderDrafts(); renderSent(); renderUploads(); renderAbout(); if (state.roster && !$("pick-view").hidden) renderRoster(); }

  // -- start -------------------------------------------------------------------
  function start() {
    state.lang = pickLanguage();
    applyLanguage();
    $("language").addEventListener("change", () => { state.lang = $("language").value; save("lang", state.lang); applyLanguage(); });
    $("code-form").addEventListener("submit", (e) => { e.preventDefault(); join(null, $("code-input").value); });
    $("new-name-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const group = $("new-group").value;
      pick({ name: $("new-name").value, group_id: group ? Number(group) : null });
    });
    $("note-form").addEventListener("submit", queueNote);
    $("note-seat").addEventListener("change", seatChosen);
    $("name-filter").addEventListener("input", () => { if (state.roster) renderRoster(); });
    $("note-text").value = load("typing", "");
    $("note-text").addEventListener("input", () => save("typing", $("note-text").value));
    $("photo-input").addEventListener("change", pickedPhoto);
    $("key-ideas-form").addEventListener("submit", saveKeyIdeas);
    $("not-me").addEventListener("click", () => { drop("observer"); state.me = null; renderRoster(); show("pick-view"); });
    window.addEventListener("online", () => { flush(); flushPhotos(); });
    setInterval(() => { if (state.me) refreshClock(); }, POLL_MS);
    setInterval(renderClock, 1000);
    setInterval(() => { if (state.me && drafts().some((d) => !d.problem)) flush(); }, RETRY_MS);
    setInterval(() => { if (state.me) flushPhotos(); }, RETRY_MS);

    // A new QR code scanned while this page is open (the observation was closed and opened
    // again) only changes the fragment: no reload, so the new secret is taken from here.
    window.addEventListener("hashchange", secretFromLink);
    if (!secretFromLink()) rejoin();
    renderDrafts();
  }
  function secretFromLink() {
    const match = /[#&]k=([A-Za-z0-9_-]+)/.exec(location.hash);
    if (!match) return false;
    history.replaceState(null, "", location.pathname);
    join(match[1], null);
    return true;
  }
  document.addEventListener("DOMContentLoaded", start);
})();
