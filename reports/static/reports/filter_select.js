// A changelist filter shown as a drop-down list (admin/reports/filter_select.html): choosing
// an entry applies it at once, as a click on a filter link does. Without scripts the "Lọc"
// button does the same.
document.addEventListener("change", function (event) {
  var select = event.target;
  if (select.matches && select.matches("select.filter-select")) {
    select.form.submit();
  }
});
