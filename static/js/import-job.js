/* An unfinished import job's page (or one whose near-duplicates a worker is deciding) reloads itself every few
   seconds, until the editor pauses it (a timed refresh the reader can stop: WCAG 2.2.1). A file, not an inline script: the Content-Security-Policy allows
   no inline script. Without JavaScript the page has a "Reload now" link instead. */
(function () {
  "use strict";
  var control = document.querySelector("[data-refresh-seconds]");
  if (!control) {
    return;
  }
  var seconds = Number(control.getAttribute("data-refresh-seconds")) || 3;
  var button = control.querySelector("button");
  var pausedKey = "import-job-updates-paused";
  var timer = null;

  function start() {
    timer = window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
    button.textContent = "Pause updates";
  }

  function pause() {
    window.clearTimeout(timer);
    timer = null;
    button.textContent = "Update again";
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    if (timer) {
      pause();
      window.sessionStorage.setItem(pausedKey, "1");
    } else {
      window.sessionStorage.removeItem(pausedKey);
      start();
    }
  });
  if (window.sessionStorage.getItem(pausedKey)) {
    pause();
  } else {
    start();
  }
}());
