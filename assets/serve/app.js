// amnesty-sim serve: the page's only script. Keeps every edit in the page's address
// (history.replaceState: only what differs from the base, so a link reproduces the
// scenario), sends the edits to /run, shows the compiler's messages next to their
// fields, polls the job for progress, shows the figures (scrolled into view) and
// charts when they come, cancels on request, copies the link, and asks /solve for the
// goal seek; a moment after each edit it asks /prepare to start on the form. No
// library, no CDN.
"use strict";
(function () {
  const form = document.getElementById("draft");
  const runButton = document.getElementById("run");
  const cancelButton = document.getElementById("cancel");
  const progress = document.getElementById("progress");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const words = document.getElementById("words").dataset;
  let job = null;
  // Bumped when a run ends or another starts: the loop following the old job stops.
  let following = 0;
  // Replicates of the preliminary figures on show (0: none).
  let shown = 0;

  // Results are scrolled into view once per run, when its first figures come.
  let scrolled = false;

  // The scenario as the address writes it: language, base, and every field that
  // differs from the base (a switch off as `PATH=off`, a variant asked for as `vK.on=1`).
  function params() {
    const p = new URLSearchParams();
    p.set("lang", form.elements["lang"].value);
    p.set("base", form.elements["base"].value);
    for (const e of form.elements) {
      if (!e.name || e.type === "hidden" || e.dataset.default === undefined) continue;
      if (e.type === "checkbox") {
        const on = e.dataset.default === "on";
        if (e.checked !== on) p.set(e.name, e.checked ? (on ? "on" : "1") : "off");
      } else if (e.value.trim() !== e.dataset.default) {
        p.set(e.name, e.value.trim());
      }
    }
    return p;
  }

  function syncAddress() {
    history.replaceState(null, "", "/?" + params().toString());
  }
  form.addEventListener("input", syncAddress);
  form.addEventListener("change", syncAddress);

  // A moment after the last edit the server starts computing the form as it stands
  // (POST /prepare, into its cache), so that part of the work is done when Run is
  // pressed; the figures are the same either way. Nothing is sent while a run of the
  // reader's is on, and nothing is shown: the press shows.
  let preparing = null;
  function prepare() {
    clearTimeout(preparing);
    preparing = setTimeout(() => {
      if (!runButton.disabled) fetch("/prepare", { method: "POST", body: params() }).catch(() => {});
    }, 400);
  }
  form.addEventListener("input", prepare);
  form.addEventListener("change", prepare);
  // A page opened from a link with edits is a form the reader is about to run.
  if ([...params().keys()].some((k) => k !== "lang" && k !== "base")) prepare();

  document.getElementById("copy-link").addEventListener("click", async () => {
    syncAddress();
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
    } catch (e) {
      const t = document.createElement("textarea");
      t.value = link;
      document.body.appendChild(t);
      t.select();
      document.execCommand("copy");
      t.remove();
    }
    status.textContent = words.copied;
  });

  function showFigures(html) {
    result.innerHTML = html;
    if (!scrolled) {
      scrolled = true;
      result.scrollIntoView({ block: "start" });
    }
  }

  for (const select of document.querySelectorAll("#choose select")) {
    select.addEventListener("change", () => document.getElementById("choose").submit());
  }

  function clearErrors() {
    for (const e of document.querySelectorAll(".err")) {
      e.textContent = "";
    }
    for (const i of document.querySelectorAll("[aria-invalid]")) {
      i.removeAttribute("aria-invalid");
    }
  }

  function showErrors(errors) {
    for (const [field, message] of Object.entries(errors)) {
      const place = document.querySelector(`.err[data-field="${CSS.escape(field)}"]`) || document.getElementById("e-form");
      place.textContent = message;
      const input = document.querySelector(`[name="${CSS.escape(field)}"]`);
      if (input) input.setAttribute("aria-invalid", "true");
    }
  }

  function finish(state, text) {
    following++;
    runButton.disabled = false;
    cancelButton.disabled = true;
    progress.hidden = true;
    result.dataset.state = state;
    status.textContent = text || "";
  }

  // The time from the press of Run to figures on the screen, as User Timing measures
  // ("amnesty-preliminary", "amnesty-final"): taken on the next frame after the figures
  // are in the page, so it includes laying them out. Tests and a curious user read them
  // with performance.getEntriesByType("measure").
  function timed(name) {
    requestAnimationFrame(() => performance.measure(name, "amnesty-run"));
  }

  async function poll() {
    if (job === null) return;
    let r;
    try {
      // The server answers as soon as something is new (preliminary or final figures,
      // the end of the run) or after a quarter of a second with the progress.
      r = await fetch(`/jobs/${job}?shown=${shown}&wait=250`);
    } catch (e) {
      return finish("failed", words.failed);
    }
    if (!r.ok) return finish("failed", words.failed);
    const j = await r.json();
    progress.max = j.total;
    progress.value = j.done;
    if (j.state === "queued") status.textContent = words.queued.replace("{n}", j.ahead);
    if (j.state === "running") status.textContent = `${words.running} ${j.done} / ${j.total}`;
    if (j.state === "running" && j.preview) {
      showFigures(j.html);
      if (!shown) timed("amnesty-preliminary");
      result.dataset.preview = j.preview;
      shown = j.preview;
    }
    if (j.state === "done") {
      showFigures(j.html);
      timed("amnesty-final");
      delete result.dataset.preview;
      finish("done", words.done);
    } else if (j.state === "cancelled") {
      finish("cancelled", words.cancelled);
    } else if (j.state === "failed") {
      finish("failed", `${words.failed} ${j.message || ""}`);
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearTimeout(preparing);
    clearErrors();
    runButton.disabled = true;
    performance.clearMarks("amnesty-run");
    performance.clearMeasures();
    performance.mark("amnesty-run");
    result.dataset.state = "submitting";
    syncAddress();
    scrolled = false;
    const body = params();
    let r;
    try {
      r = await fetch("/run", { method: "POST", body });
    } catch (e) {
      return finish("failed", words.failed);
    }
    const j = await r.json().catch(() => ({ message: r.statusText }));
    if (!r.ok) {
      showErrors(j.errors || { "": j.message });
      return finish("invalid", j.message);
    }
    job = j.job;
    shown = 0;
    result.dataset.state = "running";
    cancelButton.disabled = false;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = words.queued.replace("{n}", j.ahead || 0);
    // One request after another, each held by the server until something is new: the
    // figures show as soon as they exist, with no polling delay.
    const mine = ++following;
    while (mine === following && job !== null) await poll();
  });

  const solveForm = document.getElementById("solve");
  const solveResult = document.getElementById("solve-result");
  solveForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = params();
    for (const [k, v] of new FormData(solveForm)) body.set(k, v);
    solveResult.dataset.state = "running";
    solveResult.textContent = words.solving;
    let r;
    try {
      r = await fetch("/solve", { method: "POST", body });
    } catch (e) {
      solveResult.dataset.state = "failed";
      solveResult.textContent = words.failed;
      return;
    }
    const j = await r.json().catch(() => ({ message: r.statusText }));
    if (!r.ok) {
      solveResult.dataset.state = "invalid";
      solveResult.textContent = [j.message || "", ...Object.values(j.errors || {})].join(" ");
      return;
    }
    solveResult.innerHTML = j.html;
    solveResult.dataset.state = "done";
  });

  cancelButton.addEventListener("click", async () => {
    if (job !== null) await fetch(`/jobs/${job}/cancel`, { method: "POST" });
  });
})();
