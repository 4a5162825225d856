// Progressive enhancement only: every screen works without it.
// The scan field has the focus whenever a page is shown (also when the browser's Back restores it
// from its cache, where autofocus does not run), and a form is sent once even if Enter comes twice.
(function () {
  window.addEventListener('pageshow', function () {
    var field = document.querySelector('[data-scan]');
    if (field) { field.focus(); field.select(); }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = '1';
  });
})();
