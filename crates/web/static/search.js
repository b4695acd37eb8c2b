// The site's one script, and progressive enhancement only: every page works without it.
// - Search as you type: without the script the search forms submit and the server answers whole
//   pages; with it, the server's own HTML fragments are swapped in.
// - Filter panels collapse on small screens, so the first result is in view.
// - After a refused form, focus goes to the error summary (where `autofocus` did not already).
(function () {
  "use strict";
  var DELAY = 120;

  if (window.matchMedia && window.matchMedia("(max-width: 800px)").matches) {
    document.querySelectorAll("details[data-collapse-small]").forEach(function (d) { d.open = false; });
  }
  // A table wider than its box scrolls inside it; keyboard users reach it by Tab and scroll it
  // with the arrow keys, so such a box becomes a named, focusable region (only while it scrolls).
  // Each region is named after its table: the caption, else the heading before it with the word
  // for "table" (the heading already names its section), made unique on the page, since screen
  // readers list regions by name.
  function regionName(box, used) {
    var caption = box.querySelector("caption");
    var name = caption ? caption.textContent.trim() : "";
    if (!name) {
      for (var el = box; el && el !== document.body; el = el.previousElementSibling || el.parentElement) {
        if (/^H[1-6]$/.test(el.tagName)) {
          name = el.textContent.trim() + " – " + (document.body.getAttribute("data-table-word") || "table");
          break;
        }
      }
    }
    name = name || document.title;
    var n = 1, unique = name;
    while (used[unique]) unique = name + " (" + (++n) + ")";
    used[unique] = true;
    return unique;
  }

  function landmarkNames() {
    var used = Object.create(null);
    document.querySelectorAll("[aria-label]").forEach(function (el) { used[el.getAttribute("aria-label").trim()] = true; });
    document.querySelectorAll("[aria-labelledby]").forEach(function (el) {
      var by = document.getElementById(el.getAttribute("aria-labelledby"));
      if (by) used[by.textContent.trim()] = true;
    });
    return used;
  }

  function markScrollable() {
    var used = landmarkNames();
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", regionName(box, used));
      } else if (!scrolls && box.hasAttribute("tabindex")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  markScrollable();
  window.addEventListener("resize", debounce(markScrollable));

  var summary = document.querySelector(".error-summary");
  if (summary && (document.activeElement === document.body || !document.activeElement)) {
    summary.focus();
    summary.scrollIntoView({ block: "start" });
  }

  function debounce(fn) {
    var t = null;
    return function () {
      clearTimeout(t);
      t = setTimeout(fn, DELAY);
    };
  }

  function params(form, extra) {
    var p = new URLSearchParams(new FormData(form));
    Object.keys(extra).forEach(function (k) { p.set(k, extra[k]); });
    // Empty fields make noisy addresses, and a radius means nothing without a place.
    Array.from(p.keys()).forEach(function (k) { if (p.get(k) === "") p.delete(k); });
    if (!p.get("near") && !p.get("lat")) p.delete("km");
    return p;
  }

  // The search page: results follow the query box.
  var live = document.querySelector("form[data-live-search]");
  if (live) {
    var box = live.querySelector("input[name=q]");
    var results = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var pending = null;
    var update = debounce(function () {
      if (pending) pending.abort();
      pending = new AbortController();
      var p = params(live, { typing: "1", fragment: "results" });
      fetch(live.getAttribute("action") + "?" + p.toString(), { signal: pending.signal, headers: { Accept: "text/html" } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html === null) return;
          results.innerHTML = html;
          // The results are replaced whole; only their count is announced, once per update.
          var count = document.getElementById("search-count");
          if (status && count) status.textContent = count.textContent;
          p.delete("typing");
          p.delete("fragment");
          history.replaceState(null, "", live.getAttribute("action") + (p.toString() ? "?" + p.toString() : ""));
        })
        .catch(function () {});
    });
    box.addEventListener("input", update);
  }

  // Every other page: suggestions under the header's search box.
  var form = document.querySelector("form[data-suggest]");
  if (!form || live) return;
  var input = form.querySelector("input[name=q]");
  var list = document.getElementById(input.getAttribute("aria-controls"));
  var request = null;

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
  }

  function links() {
    return Array.from(list.querySelectorAll("a"));
  }

  input.addEventListener("input", debounce(function () {
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    if (request) request.abort();
    request = new AbortController();
    var p = new URLSearchParams({ q: input.value, typing: "1", fragment: "suggest" });
    fetch("/search?" + p.toString(), { signal: request.signal })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null || input.value.trim() !== q) return;
        list.innerHTML = html;
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      })
      .catch(function () {});
  }));

  form.addEventListener("keydown", function (e) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (e.key === "Escape") {
      close();
      input.focus();
    } else if (e.key === "ArrowDown" && all.length) {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (e.key === "ArrowUp" && all.length) {
      e.preventDefault();
      if (at <= 0) input.focus(); else all[at - 1].focus();
    }
  });

  document.addEventListener("click", function (e) {
    if (!form.contains(e.target)) close();
  });
})();
