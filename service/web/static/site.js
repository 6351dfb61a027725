// Filter boxes above long lists of check boxes ("searchable" chair/attendees/units).
document.querySelectorAll("input.filter").forEach(function (box) {
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase();
    document.querySelectorAll(box.dataset.target + " label").forEach(function (label) {
      label.style.display = label.textContent.toLowerCase().indexOf(words) >= 0 ? "" : "none";
    });
  });
});
