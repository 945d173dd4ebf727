
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var status = document.getElementById("filter-status");
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  var boxes = all("input[type=checkbox]", form);
  // #hide=sev:info,cat:hook starts with those boxes unchecked.
  var m = /^#hide=(.*)$/.exec(location.hash);
  if (m) {
    decodeURIComponent(m[1]).split(",").forEach(function (k) {
      boxes.forEach(function (b) { if (b.name + ":" + b.value === k) { b.checked = false; } });
    });
  }
  function apply(e) {
    var off = {}, hidden = [];
    boxes.forEach(function (b) { if (!b.checked) { off[b.name + ":" + b.value] = true; hidden.push(b.name + ":" + b.value); } });
    var on = {}, keys = {}, shown = {};
    all("li[data-fid]").forEach(function (li) {
      var hide = !!(off["sev:" + li.dataset.sev] || off["cat:" + li.dataset.cat]);
      li.hidden = hide;
      keys[li.dataset.key] = true;
      if (!hide) { on[li.dataset.fid] = true; shown[li.dataset.key] = true; }
    });
    all("[data-f]").forEach(function (el) {
      var any = el.dataset.f.split(" ").some(function (id) { return on[id]; });
      el.classList.toggle("off", !any);
    });
    all("article.card").forEach(function (card) {
      card.hidden = card.dataset.findings === "0" ? !!off["show:clean"] : !card.querySelector("li[data-fid]:not([hidden])");
    });
    all("section.file").forEach(function (s) { s.hidden = !s.querySelector("article.card:not([hidden])"); });
    all("div.post").forEach(function (p) { p.hidden = !p.querySelector("article.card:not([hidden])"); });
    status.textContent = status.dataset.msg.replace("{n}", Object.keys(shown).length).replace("{total}", Object.keys(keys).length);
    document.body.setAttribute("data-filtered", hidden.join(","));
    if (e) {
      try { history.replaceState(null, "", hidden.length ? "#hide=" + hidden.join(",") : location.pathname + location.search); } catch (err) { /* some file: URLs refuse */ }
    }
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  apply();
  document.body.setAttribute("data-filters", "ready");
})();
