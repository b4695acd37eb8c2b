// The B2B check-in desk (progressive enhancement: the typed-code form works without it).
// - Every scan gets its own key and the time it was made, and waits in localStorage until the
//   server has answered it: scans made while the network is down are sent when it returns, and
//   a batch sent twice is counted once by the server (it knows the keys).
// - Where the browser has a BarcodeDetector, the phone's camera reads participants' QR codes.
(function () {
  "use strict";
  var form = document.getElementById("checkin-form");
  if (!form || !window.fetch || !window.localStorage) return;
  // One queue per event and staff member: scans left on a shared phone are sent by whoever
  // made them, never under the name of the next person to sign in.
  var store = "clusterhub-checkin-" + form.getAttribute("data-event") + "-" + form.getAttribute("data-desk");
  var answer = document.getElementById("checkin-answer");
  var queueNote = document.getElementById("checkin-queue");
  var code = document.getElementById("checkin-code");
  var sending = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(store) || "[]"); } catch (e) { return []; }
  }
  function save(q) { localStorage.setItem(store, JSON.stringify(q)); }
  function newKey() {
    var a = new Uint8Array(12);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function noteQueue() {
    var n = load().length;
    queueNote.textContent = n ? form.getAttribute("data-queued").replace("%n", n) : "";
  }
  function show(r) {
    answer.textContent = "";
    var p = document.createElement("p");
    p.className = r.ok ? "notice" : "error";
    if (r.name) {
      var s = document.createElement("strong");
      s.textContent = r.name;
      p.appendChild(s);
      if (r.organisation) p.appendChild(document.createTextNode(" · " + r.organisation));
      p.appendChild(document.createElement("br"));
    }
    p.appendChild(document.createTextNode(r.message));
    answer.appendChild(p);
  }
  function flush() {
    var q = load();
    if (!q.length || sending) { noteQueue(); return; }
    sending = true;
    // The server takes at most 500 scans at once; the rest follow when these are answered.
    var batch = q.slice(0, 500);
    var body = new URLSearchParams();
    body.set("csrf", form.elements.csrf.value);
    body.set("scans", JSON.stringify(batch));
    fetch(form.getAttribute("data-sync"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    }).then(function (res) {
      // A batch the server refuses as malformed would be refused on every retry: it is dropped
      // and said so, instead of blocking every later scan on this phone.
      if (res.status === 400) {
        var sent = {};
        batch.forEach(function (s) { sent[s.key] = true; });
        save(load().filter(function (s) { return !sent[s.key]; }));
        sending = false;
        answer.textContent = "";
        var p = document.createElement("p");
        p.className = "error";
        p.textContent = form.getAttribute("data-refused");
        answer.appendChild(p);
        noteQueue();
        return null;
      }
      if (!res.ok) throw new Error("HTTP " + res.status);
      return res.json();
    }).then(function (data) {
      if (!data) return;
      var done = {};
      data.results.forEach(function (r) { done[r.key] = true; });
      save(load().filter(function (s) { return !done[s.key]; }));
      if (data.results.length === 1) show(data.results[0]);
      else if (data.results.length) {
        show(data.results[data.results.length - 1]);
        queueNote.textContent = form.getAttribute("data-synced").replace("%n", data.results.length);
      }
      sending = false;
      noteQueue();
      if (load().length) flush();
    }).catch(function () {
      sending = false;
      answer.textContent = "";
      var p = document.createElement("p");
      p.className = "error";
      p.textContent = form.getAttribute("data-offline");
      answer.appendChild(p);
      noteQueue();
    });
  }
  function scan(value) {
    var kind = form.querySelector("input[name=kind]:checked");
    var q = load();
    q.push({ key: newKey(), value: value, kind: kind ? kind.value : "in", at: Date.now() });
    save(q);
    flush();
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var v = code.value.trim();
    if (!v) return;
    code.value = "";
    scan(v);
    code.focus();
  });
  window.addEventListener("online", flush);
  setInterval(flush, 15000);
  flush();

  if (!("BarcodeDetector" in window) || !navigator.mediaDevices) return;
  var camera = document.getElementById("checkin-camera");
  var video = document.getElementById("checkin-video");
  var start = document.getElementById("checkin-camera-start");
  camera.hidden = false;
  start.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    var last = "", lastAt = 0;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      start.hidden = true;
      return video.play();
    }).then(function () {
      setInterval(function () {
        detector.detect(video).then(function (codes) {
          if (!codes.length) return;
          var v = codes[0].rawValue, now = Date.now();
          // A code held in front of the camera is read many times a second: once is enough.
          if (v === last && now - lastAt < 4000) return;
          last = v; lastAt = now;
          scan(v);
        }).catch(function () {});
      }, 300);
    }).catch(function () {
      show({ ok: false, name: "", message: form.getAttribute("data-camera-error") });
    });
  });
})();
