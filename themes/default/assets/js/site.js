// Remembers the large-text mode across pages; without JavaScript the switch still works on the page itself.
(function () {
  var key = "publicinfo-large-text";
  var box = document.getElementById("large-text");
  if (!box) return;
  try { box.checked = localStorage.getItem(key) === "1"; } catch (e) { /* storage may be disabled */ }
  box.addEventListener("change", function () {
    try { localStorage.setItem(key, box.checked ? "1" : "0"); } catch (e) { /* ignore */ }
  });
  var print = document.querySelector(".print-button");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
