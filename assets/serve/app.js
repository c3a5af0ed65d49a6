// amnesty-sim serve: the page's only script. Sends the draft form to /run, shows the
// compiler's messages next to their fields, polls the job for progress, shows the
// figures and charts when it is done, and cancels on request. No library, no CDN.
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
  let timer = null;
  // Replicates of the preliminary figures on show (0: none).
  let shown = 0;

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
    clearInterval(timer);
    timer = null;
    runButton.disabled = false;
    cancelButton.disabled = true;
    progress.hidden = true;
    result.dataset.state = state;
    status.textContent = text || "";
  }

  async function poll() {
    if (job === null) return;
    let r;
    try {
      r = await fetch(`/jobs/${job}?shown=${shown}`);
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
      result.innerHTML = j.html;
      result.dataset.preview = j.preview;
      shown = j.preview;
    }
    if (j.state === "done") {
      result.innerHTML = j.html;
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
    clearErrors();
    runButton.disabled = true;
    result.dataset.state = "submitting";
    const body = new URLSearchParams(new FormData(form));
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
    timer = setInterval(poll, 250);
  });

  cancelButton.addEventListener("click", async () => {
    if (job !== null) await fetch(`/jobs/${job}/cancel`, { method: "POST" });
  });
})();
