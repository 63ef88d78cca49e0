/// The plain JavaScript of the HTML decision board. It reads only the page itself and never
/// touches the network (the page's Content-Security-Policy would forbid it anyway).
enum BoardScript {
    /// Runs first, in the head: records every script error on the root element
    /// (`data-script-errors`, and the text in `#script-errors`), so that a test and a reader see them.
    static let errorWatch = """
    (function () {
      "use strict";
      var errors = [];
      window.addEventListener("error", function (event) {
        errors.push(String(event.message || event.type));
        document.documentElement.setAttribute("data-script-errors", String(errors.length));
        var box = document.getElementById("script-errors");
        if (box) { box.textContent = errors.join("\\n"); box.hidden = false; }
      });
    })();
    """

    /// Re-ranks the vendors when a group-weight slider moves. The chart holds the first vendors of
    /// the recorded ranking only; they keep their rows among themselves, in the new order.
    ///
    /// A vendor's score under group weights `w` is `Σ w[g] × s[g] ÷ Σ w[g]` over the groups it has
    /// a score in — the library's normalisation, since a group's score does not depend on the
    /// group's own weight. Ranks are ordered by score, then by vendor id; scores within 1e-9
    /// (relative) share a rank, as in the library. `#weights=group:value,...` in the address sets
    /// sliders at load through the same input events a hand would fire (used by the browser test).
    static let liveWeights = """
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("board-data").textContent);
      var groups = data.groups, vendors = data.vendors;
      var sliders = Array.prototype.slice.call(document.querySelectorAll("input.weight"));
      var outputs = Array.prototype.slice.call(document.querySelectorAll("output.weight-value"));
      var body = document.getElementById("ranking-body");
      var status = document.getElementById("live-status");
      var banner = document.getElementById("live-banner");
      var chart = document.querySelector("svg.chart.stacked");
      var initial = groups.map(function (g) { return g.weight; });
      var current = initial.slice();
      var rows = {}, bars = {}, original = [];
      Array.prototype.forEach.call(body.querySelectorAll("tr[data-vendor]"), function (row) {
        // The cells each update writes, found once: a re-rank touches only text, widths and order.
        var cells = { row: row, rank: row.querySelector(".rank"), score: row.querySelector(".score"), points: row.querySelector(".points"), fill: row.querySelector(".bar-fill") };
        rows[row.getAttribute("data-vendor")] = cells;
        original.push({ cells: cells, rank: cells.rank.textContent, score: cells.score.textContent, points: cells.points ? cells.points.textContent : "", width: cells.fill.style.width });
      });
      if (chart) {
        Array.prototype.forEach.call(chart.querySelectorAll("g.bar[data-vendor]"), function (g) { bars[g.getAttribute("data-vendor")] = g; });
      }
      var chartOriginal = chart ? chart.innerHTML : "";

      function tie(a, b) { return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)); }
      function fixed(x, digits) { return (Math.round(x * Math.pow(10, digits) + 1e-9) / Math.pow(10, digits)).toFixed(digits); }

      // Puts the table's rows in `order` with the fewest moves: rows along a longest increasing run
      // of their current positions stay, the others are inserted. A slider step reorders a few
      // rows, and moving a few rows costs the browser far less than moving them all.
      function place(order) {
        var position = new Map();
        Array.prototype.forEach.call(body.rows, function (row, i) { position.set(row, i); });
        var tails = [], tailIndex = [], previous = new Array(order.length);
        order.forEach(function (row, i) {
          var p = position.get(row), lo = 0, hi = tails.length;
          while (lo < hi) { var mid = (lo + hi) >> 1; if (tails[mid] < p) { lo = mid + 1; } else { hi = mid; } }
          tails[lo] = p; tailIndex[lo] = i;
          previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
        });
        var keep = new Set();
        for (var k = tails.length ? tailIndex[tails.length - 1] : -1; k >= 0; k = previous[k]) { keep.add(order[k]); }
        var next = null;
        for (var i = order.length - 1; i >= 0; i--) {
          if (!keep.has(order[i])) { body.insertBefore(order[i], next); }
          next = order[i];
        }
      }

      function setText(node, text) { if (node.textContent !== text) { node.textContent = text; } }

      function evaluate(vendor, w) {
        var points = [], weight = 0, total = 0, g;
        for (g = 0; g < groups.length; g++) { if (vendor.scores[g] !== null) { weight += w[g]; } }
        for (g = 0; g < groups.length; g++) {
          var s = vendor.scores[g];
          var p = (s === null || weight <= 0) ? 0 : w[g] * s / weight;
          points.push(p);
          total += p;
        }
        return { vendor: vendor, score: total, points: points };
      }

      function showWeights(w) {
        var sum = w.reduce(function (a, b) { return a + b; }, 0);
        outputs.forEach(function (out) {
          var g = Number(out.getAttribute("data-index"));
          out.textContent = sum > 0 ? fixed(w[g] / sum * 100, 1) + "%" : "–";
        });
        return sum;
      }

      function render(w) {
        var sum = showWeights(w);
        if (!(sum > 0)) {
          status.textContent = data.text.zero;
          status.className = "live-status warn";
          return;
        }
        var list = vendors.map(function (v) { return evaluate(v, w); });
        list.sort(function (a, b) {
          if (a.score !== b.score) { return b.score - a.score; }
          return a.vendor.id < b.vendor.id ? -1 : (a.vendor.id > b.vendor.id ? 1 : 0);
        });
        list.forEach(function (entry, i) {
          entry.tied = false;
          if (i > 0 && tie(entry.score, list[i - 1].score)) {
            entry.rank = list[i - 1].rank; entry.tied = true; list[i - 1].tied = true;
          } else {
            entry.rank = i + 1;
          }
        });
        var charted = 0;
        list.forEach(function (entry) {
          var cells = rows[entry.vendor.id];
          setText(cells.rank, (entry.tied ? "=" : "") + entry.rank);
          setText(cells.score, fixed(entry.score, 2));
          if (cells.points && data.points) { setText(cells.points, fixed(entry.score * data.points.total / 100, 2) + " / " + data.points.totalText); }
          cells.fill.style.width = Math.max(0, Math.min(100, entry.score)) + "%";
          var bar = bars[entry.vendor.id];
          if (bar) {
            var x0 = Number(chart.getAttribute("data-x0")), scale = Number(chart.getAttribute("data-scale"));
            var top = Number(chart.getAttribute("data-top")), height = Number(chart.getAttribute("data-row"));
            bar.setAttribute("transform", "translate(0 " + (top + charted * height) + ")");
            charted += 1;
            var x = x0;
            Array.prototype.forEach.call(bar.querySelectorAll("rect.seg"), function (rect) {
              var g = Number(rect.getAttribute("data-group-index"));
              var width = entry.points[g] * scale;
              rect.setAttribute("x", fixed(x, 2));
              rect.setAttribute("width", fixed(width, 2));
              var title = rect.querySelector("title");
              if (title) { title.textContent = groups[g].name + ": " + fixed(entry.points[g], 2); }
              x += width;
            });
            var label = bar.querySelector("text.total");
            if (label) { label.setAttribute("x", fixed(x + 6, 2)); label.textContent = fixed(entry.score, 1); }
          }
        });
        place(list.map(function (entry) { return rows[entry.vendor.id].row; }));
        var changed = w.some(function (value, g) { return Math.abs(value - initial[g]) > 1e-12; });
        status.textContent = changed ? data.text.changed : "";
        status.className = changed ? "live-status changed" : "live-status";
        // The banner stays in print, where the sliders do not: a printed page never passes off
        // weights moved in the browser as the recorded ones.
        banner.hidden = !changed;
        banner.textContent = changed ? data.text.changed + " " + groups.map(function (g, i) {
          return g.name + " " + fixed(w[i] / sum * 100, 1) + "%";
        }).join(" · ") : "";
        document.body.setAttribute("data-live-order", list.map(function (e) { return e.vendor.id; }).join(" "));
      }

      function reset() {
        current = initial.slice();
        sliders.forEach(function (slider) { slider.value = String(initial[Number(slider.getAttribute("data-index"))] * 100); });
        original.forEach(function (entry) {
          setText(entry.cells.rank, entry.rank);
          setText(entry.cells.score, entry.score);
          if (entry.cells.points) { setText(entry.cells.points, entry.points); }
          entry.cells.fill.style.width = entry.width;
        });
        place(original.map(function (entry) { return entry.cells.row; }));
        if (chart) {
          chart.innerHTML = chartOriginal;
          bars = {};
          Array.prototype.forEach.call(chart.querySelectorAll("g.bar[data-vendor]"), function (g) { bars[g.getAttribute("data-vendor")] = g; });
        }
        showWeights(current);
        status.textContent = "";
        status.className = "live-status";
        banner.hidden = true;
        banner.textContent = "";
        document.body.removeAttribute("data-live-order");
      }

      sliders.forEach(function (slider) {
        slider.addEventListener("input", function () {
          var value = Number(slider.value);
          current[Number(slider.getAttribute("data-index"))] = isFinite(value) && value > 0 ? value / 100 : 0;
          render(current);
        });
      });
      var button = document.getElementById("reset-weights");
      if (button) { button.addEventListener("click", reset); }

      var details = [];
      window.addEventListener("beforeprint", function () {
        details = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
        details.forEach(function (d) { d.open = true; });
      });
      window.addEventListener("afterprint", function () { details.forEach(function (d) { d.open = false; }); });

      var match = /(?:^#|&)weights=([^&]*)/.exec(window.location.hash);
      if (match) {
        decodeURIComponent(match[1]).split(",").forEach(function (pair) {
          var at = pair.lastIndexOf(":");
          if (at < 0) { return; }
          var id = pair.slice(0, at), value = pair.slice(at + 1);
          sliders.forEach(function (slider) {
            if (slider.getAttribute("data-group") === id) {
              slider.value = value;
              slider.dispatchEvent(new Event("input", { bubbles: true }));
            }
          });
        });
      }
      document.documentElement.classList.add("scripted");
      document.body.setAttribute("data-board-ready", "true");
    })();
    """
}
