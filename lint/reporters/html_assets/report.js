/* credlint HTML report: sorting and filtering the file list, and each article's
   annotated text rendered on demand from the JSON embedded in the page.
   Every piece of article data is written with textContent or setAttribute, never
   parsed as HTML. No request is ever made. */
(function () {
  "use strict";

  var SVGNS = "http://www.w3.org/2000/svg";
  var SEV_RANK = { error: 0, warning: 1, info: 2 };
  var METRICS = [
    ["words", "words"],
    ["sentences", "sentences"],
    ["avg_sentence_words", "words per sentence"],
    ["flesch_reading_ease", "Flesch reading ease"],
    ["flesch_kincaid_grade", "Flesch–Kincaid grade"]
  ];

  function byId(id) { return document.getElementById(id); }
  function readJSON(id) {
    var el = byId(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  /* el("p", {class: "x"}, "text", child, …): attributes via setAttribute, strings as text nodes */
  function make(ns, tag, attrs, children) {
    var node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") node.textContent = String(v);
        else node.setAttribute(k, v === true ? "" : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return node;
  }
  function el(tag, attrs) { return make(null, tag, attrs, Array.prototype.slice.call(arguments, 2)); }
  function svg(tag, attrs) { return make(SVGNS, tag, attrs, Array.prototype.slice.call(arguments, 2)); }

  var RULES = readJSON("credlint-rules") || {};
  var articles = {};
  function article(i) {
    if (!(i in articles)) articles[i] = readJSON("credlint-a" + i);
    return articles[i];
  }

  /* ---------------------------------------------------------------- index */
  /* Rows come from JSON: [i, path, title, score, grade, errors, warnings, infos, worst, rules, cats, failing, error].
     The table shows one page of the sorted, filtered list at a time, so thousands of files stay light. */
  var PAGE = 100;
  var COL = { i: 0, path: 1, title: 2, score: 3, grade: 4, errors: 5, warnings: 6, infos: 7, worst: 8, rules: 9, cats: 10, failing: 11, error: 12 };
  var indexView = byId("index-view");
  var detailView = byId("detail-view");
  var table = byId("files");
  var tbody = table.tBodies[0];
  var all = readJSON("credlint-index") || [];
  var shown = all.slice();
  var limit = PAGE;
  var sortState = { key: "score", dir: 1 };

  function compareRows(a, b) {
    var key = COL[sortState.key], dir = sortState.dir;
    var ea = a[COL.error] !== null, eb = b[COL.error] !== null;
    if (ea !== eb) return ea ? 1 : -1; /* unreadable files stay last */
    var va = a[key], vb = b[key];
    if (va < vb) return -dir;
    if (va > vb) return dir;
    /* ties: more errors, then more warnings first, then by path */
    return b[COL.errors] - a[COL.errors] || b[COL.warnings] - a[COL.warnings] || (a[COL.path] < b[COL.path] ? -1 : 1);
  }
  function hasWord(list, word) { return (" " + list + " ").indexOf(" " + word + " ") >= 0; }

  function rowElement(r) {
    var i = r[COL.i];
    if (r[COL.error] !== null) {
      return el("tr", { "class": "input-error", "data-i": i },
        el("td", { "class": "path" }, r[COL.path], el("div", { "class": "muted" }, "error: " + r[COL.error])),
        el("td", { "class": "num" }, "–"), el("td", null, "–"), el("td", { "class": "num" }, "–"),
        el("td", { "class": "num" }, "–"), el("td", { "class": "num" }, "–"), el("td"), el("td", null, "not linted"));
    }
    return el("tr", { "data-i": i, "data-score": r[COL.score] },
      el("td", { "class": "path" }, el("a", { href: "#f/" + i }, r[COL.path]),
        r[COL.title] ? el("div", { "class": "muted title" }, r[COL.title]) : null),
      el("td", { "class": "num score" }, r[COL.score].toFixed(1)),
      el("td", null, el("span", { "class": "grade", "data-grade": r[COL.grade] }, r[COL.grade])),
      el("td", { "class": "num" }, r[COL.errors]), el("td", { "class": "num" }, r[COL.warnings]),
      el("td", { "class": "num" }, r[COL.infos]), el("td", null, r[COL.worst]),
      el("td", null, r[COL.failing] ? el("span", { "class": "status-fail" }, "FAIL") : el("span", { "class": "status-pass" }, "pass")));
  }

  function drawRows() {
    var frag = document.createDocumentFragment();
    shown.slice(0, limit).forEach(function (r) { frag.appendChild(rowElement(r)); });
    tbody.textContent = "";
    tbody.appendChild(frag);
    var n = shown.length;
    byId("shown-count").textContent = n === all.length
      ? "(" + all.length + (n > limit ? ", " + limit + " shown" : "") + ")"
      : "(" + n + " of " + all.length + " match" + (n > limit ? ", " + limit + " shown" : "") + ")";
    byId("no-match").hidden = n > 0;
    byId("more").hidden = n <= limit;
  }

  function refresh() {
    var text = fText.value.trim().toLowerCase(), cat = fCat.value, rule = fRule.value, sev = fSev.value;
    var failing = fFailing.checked;
    var sevCol = sev ? COL[sev === "info" ? "infos" : sev + "s"] : -1;
    shown = all.filter(function (r) {
      if (text && (r[COL.path] + " " + r[COL.title]).toLowerCase().indexOf(text) < 0) return false;
      if (cat && !hasWord(r[COL.cats], cat)) return false;
      if (rule && !hasWord(r[COL.rules], rule)) return false;
      if (sevCol >= 0 && !(r[sevCol] > 0)) return false;
      if (failing && !r[COL.failing]) return false;
      return true;
    });
    shown.sort(compareRows);
    limit = PAGE;
    drawRows();
  }

  function sortBy(key) {
    if (sortState.key === key) sortState.dir = -sortState.dir;
    else sortState = { key: key, dir: key === "path" || key === "score" ? 1 : -1 };
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var b = th.querySelector("button");
      if (b && b.getAttribute("data-sort") === key) th.setAttribute("aria-sort", sortState.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    refresh();
  }
  table.tHead.addEventListener("click", function (e) {
    var b = e.target.closest("button[data-sort]");
    if (b) sortBy(b.getAttribute("data-sort"));
  });

  var fText = byId("f-text"), fCat = byId("f-cat"), fRule = byId("f-rule"), fSev = byId("f-sev"), fFailing = byId("f-failing");
  byId("filters").addEventListener("input", refresh);
  byId("filters").addEventListener("change", refresh);
  byId("filters").addEventListener("reset", function () { setTimeout(refresh, 0); });
  byId("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  byId("show-more").addEventListener("click", function () { limit += 4 * PAGE; drawRows(); });
  byId("show-all").addEventListener("click", function () { limit = shown.length; drawRows(); });
  /* a printed list holds every matching file, not one page of it */
  window.addEventListener("beforeprint", function () { if (limit < shown.length) { limit = shown.length; drawRows(); } });
  document.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest("button.rule-filter") : null;
    if (b) {
      fRule.value = b.getAttribute("data-rule");
      refresh();
      table.scrollIntoView({ block: "start" });
    }
  });
  tbody.addEventListener("click", function (e) {
    var row = e.target.closest("tr");
    if (!row || e.target.closest("a") || row.classList.contains("input-error")) return;
    location.hash = "#f/" + row.getAttribute("data-i");
  });
  refresh();

  /* ---------------------------------------------------------------- detail */
  var current = null; /* {a, i, selected, markEls, relEls, listButtons} */

  function visibleOrder() {
    return shown.filter(function (r) { return r[COL.error] === null; }).map(function (r) { return r[COL.i]; });
  }

  function pos(line, col) { return line * 1e7 + col; }

  function gauge(a) {
    var score = a.score, grade = a.grade;
    var arc = "M 10 60 A 50 50 0 0 1 110 60";
    return svg("svg", { "class": "gauge", viewBox: "0 0 120 72", role: "img", "data-grade": grade,
                        "aria-label": "Score " + score.toFixed(1) + " of 100, grade " + grade },
      svg("path", { "class": "track", d: arc, fill: "none", "stroke-width": 12, pathLength: 100 }),
      svg("path", { "class": "value", d: arc, fill: "none", "stroke-width": 12, pathLength: 100,
                    "stroke-dasharray": Math.max(0.001, score) + " 100" }),
      svg("text", { "class": "score", x: 60, y: 52 }, score.toFixed(1)),
      svg("text", { "class": "grade-label", x: 60, y: 70 }, "grade " + grade));
  }

  function categoryBars(a) {
    var cats = Object.keys(a.categories).filter(function (c) { return a.categories[c] > 0; })
      .sort(function (x, y) { return a.categories[y] - a.categories[x] || (x < y ? -1 : 1); });
    if (!cats.length) return el("p", { "class": "muted" }, "No points lost.");
    var max = Math.max(20, a.categories[cats[0]]), rowH = 22, labelW = 96, barW = 80;
    var box = svg("svg", { "class": "bars", viewBox: "0 0 " + (labelW + barW + 52) + " " + cats.length * rowH, role: "img",
                           "aria-label": "Points lost per category: " + cats.map(function (c) { return c + " " + a.categories[c]; }).join(", ") });
    cats.forEach(function (c, k) {
      var y = k * rowH, w = Math.max(2, barW * a.categories[c] / max);
      var g = svg("g", { "data-cat": c },
        svg("text", { x: 0, y: y + 15 }, c),
        svg("rect", { "class": "back", x: labelW, y: y + 4, width: barW, height: 14 }),
        svg("rect", { "class": "bar", x: labelW, y: y + 4, width: w.toFixed(1), height: 14 }),
        svg("text", { x: labelW + barW + 6, y: y + 15 }, "−" + a.categories[c]));
      box.appendChild(g);
    });
    return box;
  }

  function metricsTable(a) {
    var m = a.metrics || {};
    var body = el("tbody");
    METRICS.forEach(function (pair) {
      var v = m[pair[0]];
      if (v === null || v === undefined) return;
      body.appendChild(el("tr", null, el("td", null, pair[1]), el("td", { "class": "num" }, String(v))));
    });
    if (!body.rows.length) return el("p", { "class": "muted" }, "Too short to measure.");
    return el("table", { "class": "metrics" }, body);
  }

  /* Cut one block into segments at every finding and related-span boundary. */
  function renderBlock(kind, text, bi, a) {
    var tag = kind === "meta" ? "pre" : "p";
    var cls = { headline: "headline", heading: "heading", byline: "byline", list: "list-item", meta: "front-matter", paragraph: "para" }[kind] || "para";
    var node = el(tag, { "class": cls, "data-block": bi });
    if (kind === "headline") { node.setAttribute("role", "heading"); node.setAttribute("aria-level", "3"); }
    if (kind === "heading") { node.setAttribute("role", "heading"); node.setAttribute("aria-level", "4"); }
    var pieces = []; /* [start, end, findingIndex, isRelated] */
    var tagsAt = {};
    a.findings.forEach(function (f, fi) {
      var last = null;
      f.marks.forEach(function (m) { if (m[0] === bi) pieces.push([m[1], m[2], fi, false]); last = m; });
      if (last && last[0] === bi) (tagsAt[last[2]] = tagsAt[last[2]] || []).push(fi);
      f.related.forEach(function (r) {
        r.marks.forEach(function (m) { if (m[0] === bi) pieces.push([m[1], m[2], fi, true]); });
      });
    });
    var cuts = [0, text.length];
    pieces.forEach(function (p) { cuts.push(p[0], p[1]); });
    Object.keys(tagsAt).forEach(function (k) { cuts.push(parseInt(k, 10)); });
    cuts = cuts.filter(function (c, k, arr) { return arr.indexOf(c) === k; }).sort(function (x, y) { return x - y; });
    function emitTags(at) {
      (tagsAt[at] || []).forEach(function (fi) {
        var f = a.findings[fi];
        node.appendChild(el("sup", { "class": "tag", "data-cat": f.cat, "aria-hidden": "true" }, f.code));
      });
    }
    for (var k = 0; k + 1 < cuts.length; k++) {
      var s = cuts[k], e = cuts[k + 1];
      emitTags(s);
      var chunk = text.slice(s, e);
      var on = [], rel = [];
      pieces.forEach(function (p) {
        if (p[0] <= s && e <= p[1]) {
          if (p[3]) { if (rel.indexOf(p[2]) < 0) rel.push(p[2]); } else if (on.indexOf(p[2]) < 0) on.push(p[2]);
        }
      });
      if (!on.length && !rel.length) { node.appendChild(document.createTextNode(chunk)); continue; }
      if (!on.length) {
        node.appendChild(el("span", { "class": "relspan", "data-r": rel.join(" ") }, chunk));
        continue;
      }
      on.sort(function (x, y) { return SEV_RANK[a.findings[x].sev] - SEV_RANK[a.findings[y].sev] || x - y; });
      var top = a.findings[on[0]];
      var label = on.map(function (fi) { var f = a.findings[fi]; return f.code + " " + f.sev + ": " + f.msg; }).join("; ");
      node.appendChild(el("mark", {
        "class": "m" + (on.length > 1 ? " multi" : ""), "data-f": on.join(" "), "data-r": rel.join(" ") || null,
        "data-cat": top.cat, "data-sev": top.sev, tabindex: 0, role: "button",
        title: on.map(function (fi) { return a.findings[fi].code; }).join(", "),
        "aria-label": chunk + " — " + label
      }, chunk));
    }
    emitTags(text.length);
    return node;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function where(f) { return "line " + f.line + ", column " + f.col; }

  function card(a, fi) {
    var f = a.findings[fi], rule = RULES[f.code] || {};
    var c = el("div", { "class": "card", "data-cat": f.cat },
      el("h4", null, el("span", { "class": "code" }, f.code), " " + (rule.name || "")),
      el("p", null, el("span", { "class": "sev", "data-sev": f.sev }, f.sev), " · ",
        el("span", { "class": "cat", "data-cat": f.cat }, f.cat), " · " + where(f) + (rule.weight !== undefined ? " · weight " + rule.weight : "")),
      el("p", null, f.msg));
    if (!f.marks.length && f.snippet) c.appendChild(el("p", { "class": "unplaced muted" }, "Not in the displayed text; the file has: “" + f.snippet + "”"));
    if (rule.rationale) c.appendChild(el("p", null, el("span", { "class": "label" }, "Why it matters: "), rule.rationale));
    if (rule.fix) c.appendChild(el("p", null, el("span", { "class": "label" }, "How to fix: "), rule.fix));
    if (f.related.length) {
      var ul = el("ul");
      f.related.forEach(function (r) {
        var label = (r.path === a.path ? "" : r.path + ", ") + "line " + r.line + ": “" + r.text + "”";
        var item;
        if (r.path === a.path) item = el("button", { type: "button", "class": "link", "data-goto": r.line + ":" + r.col }, label);
        else if (r.file !== null && r.file !== undefined) item = el("a", { href: "#f/" + r.file + "/" + r.line + "/" + r.col }, label);
        else item = document.createTextNode(label);
        ul.appendChild(el("li", null, item));
      });
      c.appendChild(el("p", { "class": "label" }, "Related:"));
      c.appendChild(ul);
    }
    if (f.back.length) {
      var back = el("ul");
      f.back.forEach(function (bj) {
        var g = a.findings[bj];
        back.appendChild(el("li", null, el("button", { type: "button", "class": "link", "data-select": bj }, g.code + " at " + where(g))));
      });
      c.appendChild(el("p", { "class": "label" }, "Referred to by:"));
      c.appendChild(back);
    }
    return c;
  }

  function select(fi, opts) {
    opts = opts || {};
    if (!current) return;
    var a = current.a;
    current.selected = fi;
    document.querySelectorAll("#detail .selected").forEach(function (n) { n.classList.remove("selected"); });
    document.querySelectorAll("#detail .rel").forEach(function (n) { n.classList.remove("rel"); });
    current.listButtons.forEach(function (b) { b.removeAttribute("aria-current"); });
    var explain = byId("explain");
    explain.textContent = "";
    if (fi === null) {
      explain.appendChild(el("p", { "class": "hint" }, a.findings.length
        ? "Click a marked passage or a finding below, or press j, to see why it was flagged and how to fix it."
        : "Nothing to explain."));
      return;
    }
    var group = opts.group && opts.group.length ? opts.group : [fi];
    group.forEach(function (g) { explain.appendChild(card(a, g)); });
    var marks = document.querySelectorAll("#detail mark.m");
    var first = null;
    marks.forEach(function (m) {
      if (hasWord(m.getAttribute("data-f"), String(fi))) { m.classList.add("selected"); if (!first) first = m; }
    });
    document.querySelectorAll("#detail [data-r]").forEach(function (n) {
      if (hasWord(n.getAttribute("data-r"), String(fi))) n.classList.add("rel");
    });
    var btn = current.listButtons[fi];
    if (btn) btn.setAttribute("aria-current", "true");
    if (opts.scroll && first) first.scrollIntoView({ block: "center" });
    if (opts.focus && first) first.focus({ preventScroll: true });
    if (btn && opts.scroll) btn.scrollIntoView({ block: "nearest" });
  }

  function selectAt(line, col, opts) {
    if (!current) return false;
    var p = pos(line, col), a = current.a;
    for (var fi = 0; fi < a.findings.length; fi++) {
      var f = a.findings[fi];
      var s = pos(f.line, f.col), e = pos(f.endLine, f.endCol);
      if ((s <= p && p < e) || p === s) { select(fi, opts); return true; }
    }
    return false;
  }

  function renderDetail(i, line, col) {
    var a = article(i);
    var host = byId("detail");
    host.textContent = "";
    if (!a) { host.appendChild(el("p", null, "No such file in this report.")); return; }
    var sevCount = { error: 0, warning: 0, info: 0 };
    a.findings.forEach(function (f) { sevCount[f.sev] = (sevCount[f.sev] || 0) + 1; });
    host.appendChild(el("div", { "class": "article-head" },
      el("h2", { id: "article-title", tabindex: -1 }, a.path),
      el("p", null,
        el("span", { "class": "grade", "data-grade": a.grade }, a.grade), " score " + a.score.toFixed(1) + " · ",
        a.passed ? el("span", { "class": "status-pass" }, "passes") : el("span", { "class": "status-fail" }, "FAILS"),
        " · " + plural(sevCount.error, "error") + ", " + plural(sevCount.warning, "warning") + ", " + plural(sevCount.info, "note"))));
    var text = el("article", { "class": "article", "aria-labelledby": "article-title" },
      el("div", { "class": "fmt" }, { markdown: "Markdown", text: "plain text", html: "HTML page, article text as extracted" }[a.fmt] || a.fmt));
    a.blocks.forEach(function (b, bi) { text.appendChild(renderBlock(b[0], b[1], bi, a)); });
    var list = el("ol", { "class": "findings", "aria-label": "Findings in reading order" });
    var listButtons = a.findings.map(function (f, fi) {
      var b = el("button", { type: "button", "data-select": fi, "data-cat": f.cat },
        el("span", { "class": "where" }, "L" + f.line + " "), el("span", { "class": "sev", "data-sev": f.sev }, f.sev), " ",
        el("span", { "class": "code" }, f.code), " " + f.msg);
      list.appendChild(el("li", null, b));
      return b;
    });
    var side = el("aside", { "class": "side", "aria-label": "Score and findings" },
      el("div", { "class": "scorecard" }, gauge(a), el("div", null, el("h3", null, "Points lost"), categoryBars(a))),
      el("h3", null, "Readability"), metricsTable(a),
      el("h3", null, "Explanation"),
      el("div", { id: "explain", "class": "explain", "aria-live": "polite" }),
      el("h3", null, "Findings (" + a.findings.length + ")"),
      a.findings.length ? list : el("p", { "class": "muted" }, "No findings: nothing to flag."));
    host.appendChild(el("div", { "class": "layout" }, text, side));
    current = { a: a, i: i, selected: null, listButtons: listButtons };
    select(null);
    document.title = a.path + " · " + a.score.toFixed(1) + " (" + a.grade + ") · credlint report";
    var order = visibleOrder(), k = order.indexOf(i);
    var prev = byId("prev-file"), next = byId("next-file");
    prev.hidden = k <= 0; next.hidden = k < 0 || k >= order.length - 1;
    if (k > 0) prev.setAttribute("href", "#f/" + order[k - 1]);
    if (k >= 0 && k < order.length - 1) next.setAttribute("href", "#f/" + order[k + 1]);
    if (line && selectAt(line, col, { scroll: true })) return;
    byId("article-title").focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  byId("detail").addEventListener("click", function (e) {
    if (!current) return;
    var m = e.target.closest("mark.m");
    if (m) {
      var group = m.getAttribute("data-f").split(" ").map(Number);
      select(group[0], { group: group });
      return;
    }
    var s = e.target.closest("[data-select]");
    if (s) { select(parseInt(s.getAttribute("data-select"), 10), { scroll: true }); return; }
    var g = e.target.closest("[data-goto]");
    if (g) {
      var lc = g.getAttribute("data-goto").split(":").map(Number);
      if (!selectAt(lc[0], lc[1], { scroll: true, focus: true })) {
        var r = document.querySelector("#detail .rel");
        if (r) r.scrollIntoView({ block: "center" });
      }
    }
  });
  byId("detail").addEventListener("focusin", function (e) {
    var m = e.target.closest && e.target.closest("mark.m");
    if (m && current) {
      var group = m.getAttribute("data-f").split(" ").map(Number);
      if (group.indexOf(current.selected) < 0) select(group[0], { group: group });
    }
  });
  byId("detail").addEventListener("keydown", function (e) {
    var m = e.target.closest && e.target.closest("mark.m");
    if (m && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      var group = m.getAttribute("data-f").split(" ").map(Number);
      select(group[0], { group: group });
    }
  });

  function step(delta) {
    if (!current || !current.a.findings.length) return;
    var n = current.a.findings.length;
    var next = current.selected === null ? (delta > 0 ? 0 : n - 1) : (current.selected + delta + n) % n;
    select(next, { scroll: true, focus: true });
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
    if (!detailView.hidden) {
      if (e.key === "j" || e.key === "n") { e.preventDefault(); step(1); }
      else if (e.key === "k" || e.key === "p") { e.preventDefault(); step(-1); }
      else if (e.key === "Escape") { e.preventDefault(); location.hash = ""; }
    } else if (e.key === "/") { e.preventDefault(); fText.focus(); }
  });

  /* ---------------------------------------------------------------- routing */
  /* The index is put away, not removed from layout (content-visibility keeps its rendering),
     so coming back to a long list costs a repaint, not a new layout; inert keeps it out of
     the focus order and the accessibility tree meanwhile. */
  function setIndexShown(on) {
    indexView.classList.toggle("away", !on);
    if (on) indexView.removeAttribute("inert"); else indexView.setAttribute("inert", "");
  }
  var lastArticle = null;
  function route() {
    var m = /^#f\/(\d+)(?:\/(\d+)\/(\d+))?$/.exec(location.hash);
    if (m) {
      setIndexShown(false);
      detailView.hidden = false;
      lastArticle = parseInt(m[1], 10);
      renderDetail(lastArticle, m[2] ? parseInt(m[2], 10) : 0, m[3] ? parseInt(m[3], 10) : 0);
      return;
    }
    detailView.hidden = true;
    setIndexShown(true);
    byId("detail").textContent = "";
    current = null;
    document.title = document.querySelector("title").getAttribute("data-index-title") || document.title;
    if (lastArticle !== null) {
      var at = visibleOrder().indexOf(lastArticle);
      if (at >= limit) { limit = at + 1; drawRows(); }
      var row = tbody.querySelector('tr[data-i="' + lastArticle + '"] a');
      if (row) { row.focus({ preventScroll: true }); row.scrollIntoView({ block: "nearest" }); }
    }
  }
  document.querySelector("title").setAttribute("data-index-title", document.title);
  byId("back").addEventListener("click", function (e) { e.preventDefault(); location.hash = ""; });
  window.addEventListener("hashchange", route);
  route();
  document.documentElement.setAttribute("data-ready", "1");
})();
