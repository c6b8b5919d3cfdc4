// Optional helpers: every page works without them.
// [data-print] prints the page; [data-refresh="N"] reloads a worklist every N seconds while it is shown.
document.addEventListener("click", function (e) {
  var b = e.target.closest("[data-print]");
  if (b) { e.preventDefault(); window.print(); }
});
(function () {
  var el = document.querySelector("[data-refresh]");
  if (!el) return;
  var s = parseInt(el.getAttribute("data-refresh"), 10);
  if (s > 0) setInterval(function () { if (!document.hidden) location.reload(); }, s * 1000);
})();
