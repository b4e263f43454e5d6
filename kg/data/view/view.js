/* kg view: filters, search, tooltips and the details panel around a vis-network graph.
 *
 * Every string that comes from the graph (names, aliases, evidence, document ids) reaches the page
 * through textContent or a form control's value: never innerHTML, never an attribute that a browser
 * would follow or run. vis-network's own HTML tooltips ("title") are not used.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var kgView = (window.kgView = { ready: false, timings: {}, title: DATA.title });

  // ------------------------------------------------------------------------------------ DOM helpers
  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function svgEl(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (var key in attrs) if (Object.prototype.hasOwnProperty.call(attrs, key)) node.setAttribute(key, attrs[key]);
    return node;
  }

  function shapeIcon(shape, colour) {
    var svg = svgEl("svg", { width: 16, height: 16, viewBox: "0 0 16 16" });
    var attrs = { fill: colour, stroke: "#333", "stroke-width": 0.8 };
    var points = {
      triangle: "8,1.5 15,14.5 1,14.5",
      triangleDown: "1,1.5 15,1.5 8,14.5",
      diamond: "8,1 15,8 8,15 1,8",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
      star: "8,0.8 10,5.8 15.4,6 11.2,9.4 12.6,14.8 8,11.8 3.4,14.8 4.8,9.4 0.6,6 6,5.8"
    };
    var shapeNode;
    if (shape === "square") shapeNode = svgEl("rect", { x: 2, y: 2, width: 12, height: 12 });
    else if (points[shape]) shapeNode = svgEl("polygon", { points: points[shape] });
    else shapeNode = svgEl("circle", { cx: 8, cy: 8, r: 6.5 });
    for (var key in attrs) shapeNode.setAttribute(key, attrs[key]);
    svg.appendChild(shapeNode);
    return svg;
  }

  // A line sample; `modality` "planned" draws it dashed, "claimed" dotted, as the graph draws such facts.
  function lineSwatch(colour, modality) {
    var swatch = el("span", "kg-swatch-line" + (modality === "planned" ? " kg-dashed" : "")
      + (modality === "claimed" ? " kg-dotted" : ""));
    swatch.style.borderTopColor = colour;
    return swatch;
  }

  // ----------------------------------------------------------------------------------------- data
  var nodeById = new Map();
  var edgeById = new Map();
  var edgesOfNode = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOfNode.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    if (edgesOfNode.has(e.from)) edgesOfNode.get(e.from).push(e.id);
    if (e.to !== e.from && edgesOfNode.has(e.to)) edgesOfNode.get(e.to).push(e.id);
  });
  var categoryColour = {};
  DATA.categories.forEach(function (c) { categoryColour[c[0]] = c[2]; });
  // Which categories each predicate's facts fall in, and the reverse: the two filters follow each other.
  var categoriesOfPredicate = new Map(), predicatesOfCategory = new Map();
  DATA.edges.forEach(function (e) {
    var p = e.kg.predicate, c = e.kg.category;
    if (!categoriesOfPredicate.has(p)) categoriesOfPredicate.set(p, new Set());
    if (!predicatesOfCategory.has(c)) predicatesOfCategory.set(c, new Set());
    categoriesOfPredicate.get(p).add(c);
    predicatesOfCategory.get(c).add(p);
  });
  function hasFacts(id) { return (edgesOfNode.get(id) || []).length > 0; }
  var isolatedCount = DATA.nodes.filter(function (n) { return !hasFacts(n.id); }).length;
  var documentTitles = DATA.documentTitles || {};
  var OPEN_END = DATA.openEnd;
  function documentName(id) { return documentTitles[id] ? documentTitles[id] + " (" + id + ")" : id; }
  var documentUrls = DATA.documentUrls || {}, documentPublishers = DATA.documentPublishers || {};
  // A link to where the article was published (an http(s) address from the metadata, checked by the page's
  // builder and again here), opened in a new tab without a referrer; null when the document has none.
  function documentLink(id) {
    var url = documentUrls[id];
    if (!url || !/^https?:\/\//i.test(url)) return null;
    var a = el("a", "kg-source", (documentPublishers[id] || "source") + " \u2197");
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.title = url;
    return a;
  }

  function nodeName(id) { var n = nodeById.get(id); return n ? n.label : String(id); }

  // -------------------------------------------------------------------------------------- filters
  var state = {
    categories: new Set(DATA.categories.map(function (c) { return c[0]; })),
    predicates: new Set(DATA.predicates.map(function (p) { return p[0]; })),
    since: "", until: "", undated: false, documentId: "", pinned: null,
    minConfidence: DATA.minConfidence || 0, showIsolated: false,
    modalities: new Set(DATA.edges.map(function (e) { return e.kg.modality; }))
  };
  var allModalities = Array.from(state.modalities).sort();
  var visibleDegree = new Map();
  var filtersActive = false;

  function edgePasses(e) {
    var k = e.kg;
    if (!state.categories.has(k.category) || !state.predicates.has(k.predicate)) return false;
    if (!state.modalities.has(k.modality)) return false;
    if (state.minConfidence > 0 && k.confidence !== null && k.confidence < state.minConfidence) return false;
    if (state.documentId) {
      var inDoc = k.documents.indexOf(state.documentId) >= 0 ||
        k.evidence.some(function (ev) { return ev.document === state.documentId; });
      if (!inDoc) return false;
    }
    if (state.since || state.until) {
      if (!k.lo) return state.undated;
      if (state.since && k.hi < state.since) return false;
      if (state.until && k.lo > state.until) return false;
    }
    return true;
  }

  function computeFilters() {
    filtersActive = state.categories.size !== DATA.categories.length ||
      state.predicates.size !== DATA.predicates.length || state.modalities.size !== allModalities.length ||
      !!state.since || !!state.until || !!state.documentId || state.minConfidence > 0;
    visibleDegree = new Map();
    var shown = new Set();
    DATA.edges.forEach(function (e) {
      if (edgePasses(e)) {
        shown.add(e.id);
        visibleDegree.set(e.from, (visibleDegree.get(e.from) || 0) + 1);
        visibleDegree.set(e.to, (visibleDegree.get(e.to) || 0) + 1);
      }
    });
    return shown;
  }

  var shownEdges = computeFilters();
  var nodes = new vis.DataSet(DATA.nodes);
  // Edge labels are drawn only for the facts hovered or selected (a node's selection selects its facts), at a
  // size readable at any zoom: at the default zoom of a real corpus every label would be an unreadable smear.
  DATA.edges.forEach(function (e) { e.label = ""; });
  var edges = new vis.DataSet(DATA.edges);
  var nodesView = new vis.DataView(nodes, {
    // Entities with no fact at all are hidden unless the switch shows them; with filters on, those whose
    // facts are all filtered out go too.
    filter: function (n) {
      if (!hasFacts(n.id)) return state.showIsolated || n.id === state.pinned;
      return !filtersActive || visibleDegree.has(n.id) || n.id === state.pinned;
    }
  });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return shownEdges.has(e.id); } });

  function updateStatus() {
    if (viewMode === "countries") {
      var facts = 0;
      countryEdges.forEach(function (e) { facts += e.kg.ids.length; });
      $("kg-status").textContent = countryEdges.length + " pairs of " + countryNodes.length +
        " countries and organisations, from " + facts + " of " + DATA.edges.length + " facts";
      return;
    }
    var text = edgesView.length + " of " + DATA.edges.length + " facts, " +
      nodesView.length + " of " + DATA.nodes.length + " entities shown";
    if (isolatedCount && !state.showIsolated) text += " (" + isolatedCount + " without facts hidden)";
    if (!kgView.ready) text += " (laying out…)";
    $("kg-status").textContent = text;
  }

  function applyFilters() {
    var t = performance.now();
    shownEdges = computeFilters();
    var t1 = performance.now();
    // With physics off, vis-network redraws synchronously after every add/remove event of a view: hold
    // redraws while both views refresh, then draw once (vis 9.1.2's renderer.allowRedraw, as its own
    // stabilisation does).
    var renderer = network.renderer;
    var holdRedraw = renderer && renderer.allowRedraw === true;
    if (holdRedraw) renderer.allowRedraw = false;
    try {
      edgesView.refresh();
      var t2 = performance.now();
      nodesView.refresh();
    } finally {
      if (holdRedraw) renderer.allowRedraw = true;
    }
    network.redraw();
    if (viewMode === "countries") refreshCountries();
    var t3 = performance.now();
    updateStatus();
    kgView.timings.lastFilter = { computeMs: t1 - t, edgesMs: t2 - t1, nodesMs: t3 - t2 };
    kgView.timings.lastFilterMs = performance.now() - t;
  }

  // ------------------------------------------------------------------------------------- controls
  function checkbox(value, checked, onChange) {
    var input = el("input");
    input.type = "checkbox";
    input.value = value;
    input.checked = checked;
    input.addEventListener("change", function () { onChange(input.checked); });
    return input;
  }

  function buildControls() {
    var catBox = $("kg-filter-category");
    DATA.categories.forEach(function (c) {
      var label = el("label");
      label.appendChild(checkbox(c[0], true, function (on) {
        if (on) {
          state.categories.add(c[0]);
          (predicatesOfCategory.get(c[0]) || new Set()).forEach(function (p) { state.predicates.add(p); });
        } else {
          state.categories.delete(c[0]);
          // a predicate none of whose categories is left on goes with them ("state" off: affiliatedWith off)
          (predicatesOfCategory.get(c[0]) || new Set()).forEach(function (p) {
            var left = false;
            categoriesOfPredicate.get(p).forEach(function (other) { if (state.categories.has(other)) left = true; });
            if (!left) state.predicates.delete(p);
          });
        }
        syncChecks();
        applyFilters();
      }));
      label.appendChild(lineSwatch(c[2], "asserted"));
      label.appendChild(el("span", null, c[0]));
      label.appendChild(el("span", "kg-count", c[1]));
      catBox.appendChild(label);
    });

    var predBox = $("kg-filter-predicate");
    DATA.predicates.forEach(function (p) {
      var label = el("label");
      label.appendChild(checkbox(p[0], true, function (on) {
        if (on) state.predicates.add(p[0]); else state.predicates.delete(p[0]);
        categoriesFollowPredicates();
        syncChecks();
        applyFilters();
      }));
      label.appendChild(el("span", null, p[0]));
      label.appendChild(el("span", "kg-count", p[1]));
      predBox.appendChild(label);
    });
    function setAllPredicates(on) {
      state.predicates = new Set(on ? DATA.predicates.map(function (p) { return p[0]; }) : []);
      categoriesFollowPredicates();
      syncChecks();
      applyFilters();
    }
    $("kg-predicates-all").addEventListener("click", function () { setAllPredicates(true); });
    $("kg-predicates-none").addEventListener("click", function () { setAllPredicates(false); });

    var from = $("kg-date-from"), to = $("kg-date-to"), undated = $("kg-date-undated");
    if (DATA.dateMin) { from.min = to.min = DATA.dateMin; from.placeholder = DATA.dateMin; }
    if (DATA.dateMax) { from.max = to.max = DATA.dateMax; to.placeholder = DATA.dateMax; }
    function onDates() {
      state.since = from.value || "";
      state.until = to.value || "";
      state.undated = undated.checked;
      applyFilters();
    }
    from.addEventListener("change", function () { onDates(); slidersFollowDates(); });
    to.addEventListener("change", function () { onDates(); slidersFollowDates(); });
    undated.addEventListener("change", onDates);

    // The time control: two sliders over the days dated facts cover, which fill the date fields (and filter
    // both views through them). At both ends, no date filter at all (undated facts stay).
    var days = Array.from(new Set(DATA.edges.reduce(function (all, e) { return all.concat([e.kg.lo, e.kg.hi]); }, [])
      .filter(function (d) { return d && d !== OPEN_END; }))).sort();
    var undatedCount = DATA.edges.filter(function (e) { return !e.kg.lo; }).length;
    var timeFrom = $("kg-time-from"), timeTo = $("kg-time-to"), timeLabel = $("kg-time-label");
    $("kg-time").hidden = days.length < 2;
    timeFrom.max = timeTo.max = String(Math.max(days.length - 1, 0));
    timeTo.value = timeTo.max;
    function showTime() {
      var a = Number(timeFrom.value), b = Number(timeTo.value);
      timeLabel.textContent = (days.length ? days[a] + " – " + days[b] : "") +
        (undatedCount ? " · " + undatedCount + " undated fact" + (undatedCount === 1 ? "" : "s") : "");
    }
    function onSlider(moved) {
      var a = Number(timeFrom.value), b = Number(timeTo.value);
      if (a > b) { if (moved === timeFrom) timeTo.value = String(a); else timeFrom.value = String(b); }
      a = Number(timeFrom.value); b = Number(timeTo.value);
      var whole = a === 0 && b === days.length - 1;
      from.value = whole ? "" : days[a];
      to.value = whole ? "" : days[b];
      showTime();
      onDates();
    }
    function slidersFollowDates() {
      function index(value, fallback) {
        if (!value) return fallback;
        for (var i = 0; i < days.length; i++) if (days[i] >= value) return i;
        return days.length - 1;
      }
      timeFrom.value = String(index(from.value, 0));
      timeTo.value = String(index(to.value, days.length - 1));
      showTime();
    }
    timeFrom.addEventListener("input", function () { onSlider(timeFrom); });
    timeTo.addEventListener("input", function () { onSlider(timeTo); });
    showTime();

    var confidence = $("kg-confidence"), confidenceValue = $("kg-confidence-value");
    function showConfidence() { confidenceValue.textContent = Number(state.minConfidence).toFixed(2); }
    confidence.value = String(state.minConfidence);
    showConfidence();
    confidence.addEventListener("input", function () {
      state.minConfidence = Number(confidence.value) || 0;
      showConfidence();
      applyFilters();
    });

    var modalityBox = $("kg-filter-modality");
    allModalities.forEach(function (m) {
      var label = el("label");
      label.appendChild(checkbox(m, true, function (on) {
        if (on) state.modalities.add(m); else state.modalities.delete(m);
        applyFilters();
      }));
      label.appendChild(lineSwatch("#555", m));
      label.appendChild(el("span", null, m));
      label.appendChild(el("span", "kg-count", DATA.edges.filter(function (e) { return e.kg.modality === m; }).length));
      modalityBox.appendChild(label);
    });
    $("kg-export").addEventListener("click", exportShown);

    var isolated = $("kg-show-isolated");
    $("kg-isolated-count").textContent = String(isolatedCount);
    isolated.checked = false;
    isolated.disabled = !isolatedCount;
    isolated.addEventListener("change", function () { state.showIsolated = isolated.checked; applyFilters(); });

    var select = $("kg-document");
    DATA.documents.forEach(function (d) {
      var option = el("option", null, documentName(d));
      option.value = d;
      select.appendChild(option);
    });
    select.addEventListener("change", function () { state.documentId = select.value; applyFilters(); });

    $("kg-reset").addEventListener("click", function () {
      document.querySelectorAll("#kg-controls input[type=checkbox]").forEach(function (i) {
        i.checked = i.id !== "kg-date-undated" && i.id !== "kg-show-isolated";
      });
      state.showIsolated = false;
      state.modalities = new Set(allModalities);
      from.value = ""; to.value = ""; select.value = "";
      timeFrom.value = "0"; timeTo.value = timeTo.max; showTime();
      state.categories = new Set(DATA.categories.map(function (c) { return c[0]; }));
      state.predicates = new Set(DATA.predicates.map(function (p) { return p[0]; }));
      state.since = state.until = state.documentId = ""; state.undated = false; state.pinned = null;
      state.minConfidence = 0; confidence.value = "0"; showConfidence();
      applyFilters();
    });

    var list = $("kg-search-list");
    DATA.nodes.forEach(function (n) {
      var option = el("option");
      option.value = n.label;
      list.appendChild(option);
    });
    var search = $("kg-search");
    search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") focusNode(search.value); });
    search.addEventListener("change", function () { if (search.value) focusNode(search.value); });
    $("kg-search-go").addEventListener("click", function () { focusNode(search.value); });

    var types = $("kg-legend-types");
    DATA.types.forEach(function (t) {
      var item = el("div", "kg-legend-item");
      item.appendChild(shapeIcon(t[1], t[2]));
      item.appendChild(el("span", null, t[0]));
      types.appendChild(item);
    });
    var legendEdges = $("kg-legend-edges");
    DATA.categories.forEach(function (c) {
      var item = el("div", "kg-legend-item");
      item.appendChild(lineSwatch(c[2], "asserted"));
      item.appendChild(el("span", null, c[0] + " fact"));
      legendEdges.appendChild(item);
    });
    [["planned", "planned (not yet done)"], ["claimed", "claimed (reported, not vouched for)"]].forEach(function (m) {
      var item = el("div", "kg-legend-item");
      item.appendChild(lineSwatch("#555", m[0]));
      item.appendChild(el("span", null, m[1]));
      legendEdges.appendChild(item);
    });
    var size = el("div", "kg-legend-item kg-meta", "Size: number of facts");
    legendEdges.appendChild(size);
  }

  // A category is on when one of its predicates is; the check boxes show the state.
  function categoriesFollowPredicates() {
    state.categories = new Set(DATA.categories.map(function (c) { return c[0]; }).filter(function (c) {
      var any = false;
      (predicatesOfCategory.get(c) || new Set()).forEach(function (p) { if (state.predicates.has(p)) any = true; });
      return any;
    }));
  }

  function syncChecks() {
    $("kg-filter-category").querySelectorAll("input").forEach(function (i) { i.checked = state.categories.has(i.value); });
    $("kg-filter-predicate").querySelectorAll("input").forEach(function (i) { i.checked = state.predicates.has(i.value); });
  }

  // The facts the filters show, as CSV (cells a spreadsheet would run as a formula are quoted with ').
  // An ISO date or period ("--03-25", "2010/2014") is no formula: it stays as it is, as in facts.csv.
  var ISO_DATE = /^(?:(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)|(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)?\/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)?)$/;
  function csvCell(value, isDate) {
    var text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text) && !(isDate && text !== "/" && ISO_DATE.test(text))) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function shownCsv() {
    var DATE = 5;
    var rows = [["subject", "predicate", "object", "category", "modality", "date", "confidence", "documents", "urls",
                 "evidence"]];
    DATA.edges.forEach(function (e) {
      if (!shownEdges.has(e.id)) return;
      var k = e.kg;
      rows.push([nodeName(e.from), k.predicate, nodeName(e.to), k.category, k.modality,
        k.start || k.end ? (k.start || "") + "/" + (k.end || "") : (k.date || ""), confidenceText(k.confidence),
        k.documents.map(documentName).join("; "),
        k.documents.map(function (d) { return documentUrls[d] || ""; }).filter(function (u) { return u; }).join(" "),
        k.evidence.length ? k.evidence[0].sentence : ""]);
    });
    return rows.map(function (r, i) {
      return r.map(function (cell, column) { return csvCell(cell, i > 0 && column === DATE); }).join(",");
    }).join("\r\n") + "\r\n";
  }

  function exportShown() {
    var link = el("a");
    link.href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + shownCsv());
    link.download = "kg-facts.csv";
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  // --------------------------------------------------------------------------------------- search
  function findNode(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return null;
    var exact = null, prefix = null, partial = null;
    for (var i = 0; i < DATA.nodes.length; i++) {
      var n = DATA.nodes[i], k = n.kg;
      var names = [n.label, k.name, k.code || "", n.id].concat(k.aliases).map(function (s) { return String(s).toLowerCase(); });
      if (names.indexOf(q) >= 0) { exact = n.id; break; }
      if (!prefix && names.some(function (s) { return s.indexOf(q) === 0; })) prefix = n.id;
      if (!partial && names.some(function (s) { return s.indexOf(q) >= 0; })) partial = n.id;
    }
    return exact || prefix || partial;
  }

  var lastFocus = { id: null, at: 0 };

  function focusNode(query) {
    var message = $("kg-search-message");
    var id = findNode(query);
    if (id === null) {
      message.textContent = String(query || "").trim() ? "No entity matches “" + String(query).trim() + "”." : "";
      return null;
    }
    message.textContent = "";
    if (!hasFacts(id) && !state.showIsolated) {
      state.pinned = id;
      nodesView.refresh();
      updateStatus();
      message.textContent = "Shown although it has no fact.";
    } else if (filtersActive && !visibleDegree.has(id)) {
      state.pinned = id;
      nodesView.refresh();
      updateStatus();
      message.textContent = "Shown although the filters hide its facts.";
    }
    network.selectNodes([id]);
    // Enter (or Go) and the input's change event both ask for the same node: focus it once. A second
    // vis-network animation started over the first one stops the render loop half way, and the next pointer
    // move then finishes it (the view jumped away under the pointer).
    var now = performance.now();
    if (!(lastFocus.id === id && now - lastFocus.at < 1000)) {
      var animating = now - lastFocus.at < 400;  // another node asked for while the last move runs: jump
      network.focus(id, { scale: 1.4, animation: animating ? false : { duration: 350, easingFunction: "easeInOutQuad" } });
    }
    lastFocus = { id: id, at: now };
    showNode(id);
    return id;
  }

  // -------------------------------------------------------------------------------------- details
  var details = $("kg-details");

  function definition(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (Array.isArray(value)) {
      var ul = el("ul");
      value.forEach(function (v) { ul.appendChild(el("li", null, v)); });
      dd.appendChild(ul);
    } else if (value instanceof Node) {
      dd.appendChild(value);
    } else {
      dd.textContent = String(value);
    }
    dl.appendChild(dd);
  }

  function linkButton(text, onClick) {
    var b = el("button", "kg-link", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function whenText(k) {
    if (k.start || k.end) return (k.start || "?") + " – " + (k.end || (k.date ? k.date : "ongoing"));
    return k.date || "undated";
  }

  function confidenceText(c) { return c === null || c === undefined ? "" : Number(c).toFixed(2); }

  function factLine(e) {
    return nodeName(e.from) + " —" + e.kg.predicate + "→ " + nodeName(e.to) + " (" + whenText(e.kg) + ")";
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    var k = n.kg;
    clear(details);
    details.appendChild(el("h2", null, n.label));
    var dl = el("dl");
    definition(dl, "Type", k.type);
    definition(dl, "ISO code", k.code);
    definition(dl, "IRI", k.iri);
    definition(dl, "Aliases", k.aliases);
    definition(dl, "Positions", k.positions);
    details.appendChild(dl);
    var ids = edgesOfNode.get(id) || [];
    var heading = el("h3", null, "Facts (" + ids.length + ")");
    details.appendChild(heading);
    var limit = 300;
    var ul = factList(ids.slice(0, limit));
    if (ids.length > limit) ul.appendChild(el("li", "kg-meta", "… and " + (ids.length - limit) + " more"));
    details.appendChild(ul);
    kgView.shown = { kind: "node", id: id };
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    var k = e.kg;
    clear(details);
    var h = el("h2");
    h.appendChild(linkButton(nodeName(e.from), function () { selectNode(e.from); }));
    h.appendChild(document.createTextNode(" —" + k.predicate + "→ "));
    h.appendChild(linkButton(nodeName(e.to), function () { selectNode(e.to); }));
    details.appendChild(h);
    var dl = el("dl");
    var badge = el("span", "kg-badge", k.category);
    badge.style.backgroundColor = categoryColour[k.category] || "#888";
    definition(dl, "Category", badge);
    definition(dl, "PLOVER", k.plover);
    definition(dl, "Modality", k.modality);
    definition(dl, "Date", whenText(k));
    definition(dl, "Confidence", confidenceText(k.confidence));
    definition(dl, "Documents", k.documents.map(documentName));
    details.appendChild(dl);
    details.appendChild(el("h3", null, "Evidence (" + k.evidence.length + ")"));
    k.evidence.forEach(function (ev) {
      details.appendChild(el("blockquote", null, ev.sentence));
      var meta = [ev.document ? documentName(ev.document) : "", ev.date, ev.confidence === null ? "" : "confidence " + confidenceText(ev.confidence)]
        .filter(function (s) { return s; }).join(" · ");
      var line = el("div", "kg-meta", meta);
      var link = ev.document ? documentLink(ev.document) : null;
      if (link) { line.appendChild(document.createTextNode(" · ")); line.appendChild(link); }
      details.appendChild(line);
    });
    kgView.shown = { kind: "edge", id: id };
  }

  function factList(ids) {
    var ul = el("ul");
    ids.forEach(function (eid) {
      var e = edgeById.get(eid);
      var li = el("li");
      li.appendChild(linkButton(factLine(e), function () { selectEdge(eid); }));
      if (e.kg.modality !== "asserted") li.appendChild(el("span", "kg-planned", e.kg.modality));
      if (!shownEdges.has(eid)) li.appendChild(el("span", "kg-meta", " (hidden by filters)"));
      ul.appendChild(li);
    });
    return ul;
  }

  // Pairs of states (and international organisations) by their facts other than states of belonging, most
  // first: a minister's visit counts for the country he serves, as in the country view.
  function topDyads(limit) {
    var pairs = new Map();
    DATA.edges.forEach(function (e) {
      var actors = e.kg.actors;
      if (e.kg.category === "state" || !actors) return;
      var a = actors[0] < actors[1] ? actors[0] : actors[1], b = a === actors[0] ? actors[1] : actors[0];
      var key = a + "\u0000" + b;
      if (!pairs.has(key)) pairs.set(key, { a: a, b: b, ids: [], byCategory: {} });
      var pair = pairs.get(key);
      pair.ids.push(e.id);
      pair.byCategory[e.kg.category] = (pair.byCategory[e.kg.category] || 0) + 1;
    });
    return Array.from(pairs.values()).sort(function (x, y) {
      return y.ids.length - x.ids.length || nodeName(x.a).localeCompare(nodeName(y.a)) || nodeName(x.b).localeCompare(nodeName(y.b));
    }).slice(0, limit);
  }

  function showDyad(pair) {
    clear(details);
    var h = el("h2");
    h.appendChild(linkButton(nodeName(pair.a), function () { selectNode(pair.a); }));
    h.appendChild(document.createTextNode(" – "));
    h.appendChild(linkButton(nodeName(pair.b), function () { selectNode(pair.b); }));
    details.appendChild(h);
    details.appendChild(el("h3", null, "Facts (" + pair.ids.length + ")"));
    details.appendChild(factList(pair.ids));
    details.appendChild(linkButton("← Overview", showSummary));
    kgView.shown = { kind: "dyad", id: [pair.a, pair.b] };
  }

  // The panel before anything is clicked: what the graph holds, at a glance.
  function showSummary() {
    clear(details);
    details.appendChild(el("h2", null, "Overview"));
    var dl = el("dl");
    definition(dl, "Documents", String(DATA.documents.length));
    definition(dl, "Entities", (DATA.nodes.length - isolatedCount) + " with facts" +
      (isolatedCount ? ", " + isolatedCount + " without" : ""));
    var undated = DATA.edges.filter(function (e) { return !e.kg.lo; }).length;
    definition(dl, "Facts", DATA.edges.length + (undated ? " (" + undated + " undated)" : ""));
    if (DATA.dateMin) definition(dl, "Dates", DATA.dateMin + (DATA.dateMax && DATA.dateMax !== DATA.dateMin ? " – " + DATA.dateMax : ""));
    details.appendChild(dl);
    if (DATA.categories.length) {
      details.appendChild(el("h3", null, "Facts by category"));
      var ul = el("ul", "kg-summary-categories");
      DATA.categories.forEach(function (c) {
        var li = el("li");
        var badge = el("span", "kg-badge", c[0]);
        badge.style.backgroundColor = c[2];
        li.appendChild(badge);
        li.appendChild(document.createTextNode(" " + c[1]));
        ul.appendChild(li);
      });
      details.appendChild(ul);
    }
    var dyads = topDyads(5);
    if (dyads.length) {
      details.appendChild(el("h3", null, "Top dyads"));
      var list = el("ul", "kg-summary-dyads");
      dyads.forEach(function (pair) {
        var li = el("li");
        var parts = DATA.categories.map(function (c) { return pair.byCategory[c[0]] ? pair.byCategory[c[0]] + " " + c[0] : ""; })
          .filter(function (t) { return t; });
        li.appendChild(linkButton(nodeName(pair.a) + " – " + nodeName(pair.b), function () { showDyad(pair); }));
        li.appendChild(el("span", "kg-meta", " " + pair.ids.length + (pair.ids.length === 1 ? " fact (" : " facts (") + parts.join(", ") + ")"));
        list.appendChild(li);
      });
      details.appendChild(list);
    }
    details.appendChild(el("p", "kg-hint", "Click an entity or a fact to see its details and evidence."));
    kgView.shown = { kind: "summary" };
  }

  function selectNode(id) { network.selectNodes([id]); showNode(id); refreshLabels(); }
  function selectEdge(id) { network.setSelection({ nodes: [], edges: [id] }); showEdge(id); refreshLabels(); }

  // --------------------------------------------------------------------------------- country view
  // Countries and international organisations as nodes, one edge per pair: its facts (those the filters
  // show, states of belonging left out) counted for the states the people and bodies involved serve.
  var viewMode = "entities";
  var countryNodes = new vis.DataSet(), countryEdges = new vis.DataSet(), countryNetwork = null, countryLabels = null;
  var COOPERATIVE = { cooperation: true, consultation: true }, CONFLICTUAL = { conflict: true };

  function balanceColour(coop, conflict) {
    if (coop + conflict === 0) return "#8c8c8c";
    var balance = (coop - conflict) / (coop + conflict);
    if (balance > 0.2) return categoryColour.cooperation || "#2e9b48";
    if (balance < -0.2) return categoryColour.conflict || "#d12f2f";
    return "#c08a00";
  }

  function countryPairs() {
    var pairs = new Map();
    DATA.edges.forEach(function (e) {
      var actors = e.kg.actors;
      if (!actors || e.kg.category === "state" || !shownEdges.has(e.id)) return;
      var a = actors[0] < actors[1] ? actors[0] : actors[1], b = a === actors[0] ? actors[1] : actors[0];
      var key = a + "\u0000" + b;
      if (!pairs.has(key)) pairs.set(key, { a: a, b: b, ids: [], byCategory: {}, coop: 0, conflict: 0 });
      var pair = pairs.get(key);
      pair.ids.push(e.id);
      pair.byCategory[e.kg.category] = (pair.byCategory[e.kg.category] || 0) + 1;
      if (COOPERATIVE[e.kg.category]) pair.coop += 1;
      if (CONFLICTUAL[e.kg.category]) pair.conflict += 1;
    });
    return Array.from(pairs.values());
  }

  function refreshCountries() {
    var pairs = countryPairs();
    var kept = countryNetwork ? countryNetwork.getPositions() : {};
    var facts = new Map();
    pairs.forEach(function (p) {
      facts.set(p.a, (facts.get(p.a) || 0) + p.ids.length);
      facts.set(p.b, (facts.get(p.b) || 0) + p.ids.length);
    });
    var nodeItems = [];
    facts.forEach(function (n, id) {
      var base = nodeById.get(id);
      var item = { id: id, label: base ? base.label : String(id), shape: base ? base.shape : "dot",
                   color: base ? base.color : undefined, value: n, title: undefined };
      if (kept[id]) { item.x = kept[id].x; item.y = kept[id].y; }
      nodeItems.push(item);
    });
    var edgeItems = pairs.map(function (p) {
      var colour = balanceColour(p.coop, p.conflict);
      return { id: "pair:" + p.a + "\u0000" + p.b, from: p.a, to: p.b, value: p.ids.length,
               label: "", text: p.coop + " coop. · " + p.conflict + " confl.",
               color: { color: colour, highlight: colour, hover: colour }, kg: p };
    });
    if (countryLabels) countryLabels.reset();
    countryEdges.clear();
    countryNodes.clear();
    countryNodes.add(nodeItems);
    countryEdges.add(edgeItems);
    updateStatus();
  }

  function makeCountryNetwork() {
    countryNetwork = new vis.Network($("kg-countries"), { nodes: countryNodes, edges: countryEdges }, {
      autoResize: true,
      layout: { randomSeed: 7 },
      physics: { enabled: true, solver: "barnesHut",
                 barnesHut: { gravitationalConstant: -8000, centralGravity: 0.3, springLength: 160, springConstant: 0.03, damping: 0.5 },
                 stabilization: { enabled: true, iterations: 300, fit: true } },
      interaction: { hover: true, multiselect: false, keyboard: false },
      nodes: { scaling: { min: 10, max: 36, label: { enabled: true, min: 18, max: 30, maxVisible: 24, drawThreshold: 5 } },
               font: { size: 15, strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
      edges: { scaling: { min: 1, max: 10, label: { enabled: false, drawThreshold: 1 } }, smooth: false,
               font: { size: 12, align: "top", strokeWidth: 3, strokeColor: "#ffffff", color: "#333333" } }
    });
    countryNetwork.once("stabilizationIterationsDone", function () { countryNetwork.setOptions({ physics: { enabled: false } }); });
    countryLabels = edgeLabels(countryNetwork, countryEdges,
                               function (id) { var e = countryEdges.get(id); return e ? e.text : null; },
                               function (ids) { kgView.labelledPairs = ids; });
    countryNetwork.on("click", function (params) {
      if (params.nodes.length) showNode(params.nodes[0]);
      else if (params.edges.length) showDyad(countryEdges.get(params.edges[0]).kg);
      else showSummary();
    });
    kgView.countryNetwork = countryNetwork;
  }

  function setView(mode) {
    viewMode = mode === "countries" ? "countries" : "entities";
    $("kg-view-" + viewMode).checked = true;
    hideTooltip();
    if (viewMode === "countries") {
      refreshCountries();
      $("kg-countries").hidden = false;
      $("kg-network").hidden = true;
      if (!countryNetwork) makeCountryNetwork();
      else countryNetwork.fit();
    } else {
      $("kg-countries").hidden = true;
      $("kg-network").hidden = false;
      network.redraw();
    }
    updateStatus();
  }

  // -------------------------------------------------------------------------------------- tooltip
  var wrap = $("kg-network-wrap"), tooltip = $("kg-tooltip");
  var pointer = { x: 0, y: 0 };
  wrap.addEventListener("mousemove", function (ev) {
    var r = wrap.getBoundingClientRect();
    pointer.x = ev.clientX - r.left; pointer.y = ev.clientY - r.top;
    if (!tooltip.hidden) placeTooltip();
  });

  function placeTooltip() {
    var x = pointer.x + 14, y = pointer.y + 14;
    var maxX = wrap.clientWidth - tooltip.offsetWidth - 4, maxY = wrap.clientHeight - tooltip.offsetHeight - 4;
    tooltip.style.left = Math.max(0, Math.min(x, maxX)) + "px";
    tooltip.style.top = Math.max(0, Math.min(y, maxY)) + "px";
  }

  function truncate(s, n) { s = String(s || ""); return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  function showTooltip(kind, id) {
    clear(tooltip);
    if (kind === "node") {
      var n = nodeById.get(id);
      if (!n) return;
      tooltip.appendChild(el("div", "kg-tt-title", n.label));
      tooltip.appendChild(el("div", "kg-tt-meta", n.kg.type + " · " + (edgesOfNode.get(id) || []).length + " facts"));
      if (n.kg.aliases.length) tooltip.appendChild(el("div", null, "Also: " + truncate(n.kg.aliases.join(", "), 200)));
    } else {
      var e = edgeById.get(id);
      if (!e) return;
      var k = e.kg;
      tooltip.appendChild(el("div", "kg-tt-title", factLine(e)));
      if (k.evidence.length) tooltip.appendChild(el("div", null, "“" + truncate(k.evidence[0].sentence, 300) + "”"));
      var meta = [k.category + (k.modality !== "asserted" ? ", " + k.modality : ""),
        k.documents.length ? truncate(k.documents.join(", "), 120) : "",
        k.confidence === null ? "" : "confidence " + confidenceText(k.confidence)];
      if (k.evidence.length > 1) meta.push(k.evidence.length + " sentences");
      tooltip.appendChild(el("div", "kg-tt-meta", meta.filter(function (s) { return s; }).join(" · ")));
    }
    tooltip.hidden = false;
    placeTooltip();
  }

  function hideTooltip() { tooltip.hidden = true; }

  // ----------------------------------------------------------------------------- edge labels
  // Edge labels are drawn only for the edges hovered or selected (selecting a node selects its edges), at a size
  // readable at any zoom: at the default zoom of a real corpus every label would be an unreadable smear.
  // textOf(id) gives an edge's label; shown(ids) is told the labelled edges after each change.
  function edgeLabels(net, data, textOf, shown) {
    var hovered = null, labelled = new Map();
    function refresh() {
      var wanted = new Set(net.getSelectedEdges());
      if (hovered !== null) wanted.add(hovered);
      var size = Math.round(Math.max(11, 13 / Math.max(net.getScale(), 0.05)));
      var changes = [];
      labelled.forEach(function (was, id) {
        if (!wanted.has(id)) { if (data.get(id)) changes.push({ id: id, label: "" }); labelled.delete(id); }
      });
      wanted.forEach(function (id) {
        var text = data.get(id) ? textOf(id) : null;
        if (text === null || labelled.get(id) === size) return;  // gone, or labelled already at this zoom's size
        changes.push({ id: id, label: text, font: { size: size } });
        labelled.set(id, size);
      });
      if (changes.length) data.update(changes);
      shown(Array.from(labelled.keys()).sort());
    }
    net.on("hoverEdge", function (params) { hovered = params.edge; refresh(); });
    net.on("blurEdge", function () { hovered = null; refresh(); });
    net.on("zoom", refresh);
    net.on("select", refresh);
    return { refresh: refresh, reset: function () { labelled.clear(); hovered = null; } };
  }

  // ----------------------------------------------------------------------------- side panels
  // Both side panels fold away (a notebook cell is narrow): folded at first below NARROW pixels.
  var NARROW = 900;
  function setPanel(id, shown) {
    $(id).hidden = !shown;
    $(id === "kg-controls" ? "kg-toggle-controls" : "kg-toggle-details").setAttribute("aria-pressed", String(shown));
  }
  ["kg-controls", "kg-details"].forEach(function (id) {
    if (window.innerWidth < NARROW) setPanel(id, false);
    $(id === "kg-controls" ? "kg-toggle-controls" : "kg-toggle-details").addEventListener("click", function () {
      setPanel(id, $(id).hidden);
    });
  });

  // -------------------------------------------------------------------------------------- network
  buildControls();
  var large = DATA.large;
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: !large },
    // Small graphs: Barnes-Hut, stabilised fully. Large ones: ForceAtlas2 with a coarse tree (theta) and a
    // bounded number of iterations, so 3,000 entities lay out in a few seconds. Physics stops afterwards.
    physics: large ? {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { theta: 0.9, gravitationalConstant: -60, centralGravity: 0.01, springLength: 80, springConstant: 0.08, damping: 0.5, avoidOverlap: 0 },
      stabilization: { enabled: true, iterations: 100, updateInterval: 10, fit: true },
      maxVelocity: 80, minVelocity: 1.0, timestep: 0.5
    } : {
      enabled: true,
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -6000, centralGravity: 0.25, springLength: 130, springConstant: 0.04, damping: 0.5, avoidOverlap: 0.1 },
      stabilization: { enabled: true, iterations: 400, updateInterval: 20, fit: true },
      maxVelocity: 60, minVelocity: 1.0, timestep: 0.5
    },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, tooltipDelay: 200, multiselect: false, navigationButtons: false, keyboard: false },
    nodes: {
      // Large graphs draw labels only once zoomed in: thousands of stroked labels make every frame slow.
      scaling: { min: 8, max: 32, label: { enabled: true, min: 12, max: 48, maxVisible: 24, drawThreshold: 6 } },
      font: { size: 14, face: "sans-serif", strokeWidth: 3, strokeColor: "#ffffff", color: "#222222" },
      borderWidth: 1
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      font: { size: 10, face: "sans-serif", align: "middle", strokeWidth: 3, strokeColor: "#ffffff", color: "#333333" },
      scaling: { label: { drawThreshold: 1 } },
      width: 1.3, selectionWidth: 2, hoverWidth: 1.5,
      smooth: large ? false : { enabled: true, type: "continuous", roundness: 0.3 }
    }
  };

  var container = $("kg-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);

  network.on("stabilizationProgress", function (p) {
    $("kg-loading").textContent = "Laying out the graph… " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    kgView.timings.stabilizedMs = performance.now();
  });
  network.once("afterDrawing", function () {
    kgView.timings.firstDrawMs = performance.now();
    $("kg-loading").hidden = true;
    kgView.ready = true;
    updateStatus();
  });
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showSummary();
  });
  showSummary();
  $("kg-view-entities").addEventListener("change", function () { setView("entities"); });
  $("kg-view-countries").addEventListener("change", function () { setView("countries"); });
  // graph.html#countries opens on the country view (a link to share, a screenshot to take).
  if (location.hash === "#countries") network.once("afterDrawing", function () { setView("countries"); });
  network.on("hoverNode", function (params) { showTooltip("node", params.node); });
  network.on("hoverEdge", function (params) { showTooltip("edge", params.edge); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  var entityLabels = edgeLabels(network, edges, function (id) { var e = edgeById.get(id); return e ? e.kg.predicate : null; },
                                function (ids) { kgView.labelledEdges = ids; });
  function refreshLabels() { entityLabels.refresh(); }

  kgView.network = network;
  kgView.nodes = nodes;
  kgView.edges = edges;
  kgView.nodesView = nodesView;
  kgView.edgesView = edgesView;
  kgView.applyFilters = applyFilters;
  kgView.focusNode = focusNode;
  kgView.showNode = showNode;
  kgView.showEdge = showEdge;
  kgView.showSummary = showSummary;
  kgView.setView = setView;
  kgView.shownCsv = shownCsv;
  kgView.countryNodes = countryNodes;
  kgView.countryEdges = countryEdges;
  kgView.visibleEdgeCount = function () { return edgesView.length; };
  kgView.visibleNodeCount = function () { return nodesView.length; };
  kgView.timings.scriptMs = performance.now();
  updateStatus();
})();
