/* edukg explorer: YASGUI for queries, entity and figure pages, a neighbourhood graph
   (sigma.js + graphology) and a metric chart (Chart.js). Everything is asked of /sparql. */
(function () {
  "use strict";

  var KG = "https://w3id.org/edukg/ontology#";
  var ID = "https://w3id.org/edukg/id/";
  var RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  var SKOS = "http://www.w3.org/2004/02/skos/core#";
  var RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  var PROV = "http://www.w3.org/ns/prov#";
  var ENDPOINT = new URL("sparql", document.baseURI).href;
  var PREFIXES = "PREFIX kg: <" + KG + ">\nPREFIX rdfs: <" + RDFS + ">\nPREFIX skos: <" + SKOS +
    ">\nPREFIX prov: <" + PROV + ">\n";
  var RELATIONS = ["locatedIn", "partOf", "affiliatedWith", "issuedBy", "about"];
  var STRUCTURE = [KG + "mentionedIn", KG + "inReport", KG + "inSection", PROV + "wasDerivedFrom"];

  var DEFAULT_QUERY = "# Every figure about a school, with what it measures.\n" + PREFIXES +
    "SELECT ?school ?name ?metric ?value ?unit\nWHERE {\n" +
    "  ?f a kg:Figure ; kg:about ?school ; kg:metric ?metric ; kg:value ?value ; kg:unit ?unit .\n" +
    "  ?school a/rdfs:subClassOf* kg:School ; rdfs:label ?name .\n}\nORDER BY ?name\nLIMIT 100\n";

  function $(id) { return document.getElementById(id); }
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function local(iri) { return iri.replace(/^.*[#\/]/, ""); }
  function entityHref(iri) { return "#/entity?iri=" + encodeURIComponent(iri); }
  function iriLit(iri) { return "<" + iri.replace(/[<>"{}|^`\\\s]/g, "") + ">"; }
  function strLit(s) { return JSON.stringify(String(s)); }

  // ---------------------------------------------------------------- SPARQL
  function sparql(query) {
    return fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json" },
      body: query
    }).then(function (r) {
      return r.text().then(function (t) {
        if (!r.ok) { throw new Error(t.trim() || ("HTTP " + r.status)); }
        var data = JSON.parse(t);
        if (typeof data.boolean === "boolean") { return data.boolean; }
        return data.results.bindings.map(function (b) {
          var row = {};
          Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
          return row;
        });
      });
    });
  }

  // ---------------------------------------------------------------- views
  var views = ["query", "entity", "compare", "about"];
  function show(view) {
    views.forEach(function (v) { $("view-" + v).hidden = v !== view; });
    document.querySelectorAll("nav a").forEach(function (a) {
      a.classList.toggle("active", a.getAttribute("data-view") === view);
    });
    if (view === "query" && yasgui) {
      var yasqe = yasgui.getTab().getYasqe();
      if (yasqe) { yasqe.refresh(); }
    }
  }

  function route() {
    var hash = location.hash.replace(/^#\/?/, "");
    var qpos = hash.indexOf("?");
    var path = qpos < 0 ? hash : hash.slice(0, qpos);
    var params = new URLSearchParams(qpos < 0 ? "" : hash.slice(qpos + 1));
    if (path === "entity" && params.get("iri")) {
      show("entity");
      renderEntity(params.get("iri"));
    } else if (path === "compare") {
      show("compare");
      initCompare(params.get("metric"));
    } else if (path === "about") {
      show("about");
    } else {
      show("query");
    }
    window.scrollTo(0, 0);
  }

  // ---------------------------------------------------------------- YASGUI
  var yasgui = null;
  function initYasgui() {
    // autocompletion only from the query itself and the bundled prefix list: nothing online
    Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
    yasgui = new Yasgui($("yasgui"), {
      requestConfig: { endpoint: ENDPOINT, method: "POST",
                       acceptHeaderSelect: "application/sparql-results+json",
                       acceptHeaderGraph: "text/turtle" },
      copyEndpointOnNewTab: true,
      populateFromUrl: false,     // the hash is ours (#/entity?iri=…); YASGUI would clear it
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: ENDPOINT }]; } },
      persistenceId: "edukg-" + location.host,
      yasqe: { value: DEFAULT_QUERY },
      yasr: { prefixes: { kg: KG, id: ID, rdfs: RDFS, skos: SKOS, prov: PROV,
                        xsd: "http://www.w3.org/2001/XMLSchema#" } }
    });
    var tab = yasgui.getTab();
    if (tab.getEndpoint() !== ENDPOINT) { tab.setEndpoint(ENDPOINT); }
    // YASGUI fetches with a Request object: watch those answers for the row-cap header
    var nativeFetch = window.fetch.bind(window);
    window.fetch = function (input, init) {
      var p = nativeFetch(input, init);
      if (typeof input === "object" && input && input.url && input.url.indexOf(ENDPOINT) === 0) {
        p.then(function (r) {
          var note = $("truncated");
          if (r.headers.get("x-edukg-truncated")) {
            note.textContent = "Only the first " + r.headers.get("x-edukg-row-limit") +
              " rows are shown: the server's row limit (kg serve --max-rows) cut the result.";
            note.hidden = false;
          } else {
            note.hidden = true;
          }
        }, function () {});
      }
      return p;
    };
    // IRIs of our graph open the entity page instead of leaving for w3id.org
    $("yasgui").addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest("a[href]");
      if (!a) { return; }
      var href = a.getAttribute("href");
      if (href && href.indexOf(ID) === 0) {
        ev.preventDefault();
        ev.stopPropagation();
        location.hash = entityHref(href);
      }
    }, true);
  }

  function loadExamples() {
    fetch("queries").then(function (r) { return r.json(); }).then(function (list) {
      var sel = $("examples");
      list.forEach(function (ex, i) {
        var o = document.createElement("option");
        o.value = String(i);
        o.textContent = ex.title.length > 90 ? ex.title.slice(0, 88) + "…" : ex.title;
        sel.appendChild(o);
      });
      sel.addEventListener("change", function () {
        if (sel.value === "") { return; }
        var ex = list[Number(sel.value)];
        var tab = yasgui.getTab();
        tab.setQuery(ex.query);
        tab.getYasqe().query();
      });
    });
  }

  // ---------------------------------------------------------------- entity page
  function highlight(text, terms) {
    // mark every occurrence of the entity's names, longest first, without overlaps
    var marks = [];
    terms.filter(Boolean).sort(function (a, b) { return b.length - a.length; })
      .forEach(function (t) {
        var from = 0, at;
        while ((at = text.indexOf(t, from)) >= 0) {
          var end = at + t.length;
          if (!marks.some(function (m) { return at < m[1] && end > m[0]; })) { marks.push([at, end]); }
          from = end;
        }
      });
    return spans(text, marks);
  }
  function spans(text, marks) {
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var out = "", pos = 0;
    marks.forEach(function (m) {
      out += esc(text.slice(pos, m[0])) + "<mark>" + esc(text.slice(m[0], m[1])) + "</mark>";
      pos = m[1];
    });
    return out + esc(text.slice(pos));
  }

  function link(iri, label) {
    return '<a href="' + entityHref(iri) + '">' + esc(label || local(iri)) + "</a>";
  }

  function renderEntity(iri) {
    var box = $("entity");
    box.innerHTML = '<p class="note">Loading…</p>';
    var me = iriLit(iri);
    sparql(PREFIXES + "SELECT DISTINCT ?p ?o ?olabel WHERE { " + me + " ?p ?o . " +
           "OPTIONAL { ?o rdfs:label ?olabel } }")
      .then(function (rows) {
        var types = {}, labels = {}, alts = {}, props = [];
        rows.forEach(function (r) {
          if (r.p === RDF_TYPE) { types[r.o] = true; }
          else if (r.p === RDFS + "label") { labels[r.o] = true; }
          else if (r.p === SKOS + "altLabel") { alts[r.o] = true; }
          else { props.push(r); }
        });
        var typeList = Object.keys(types);
        if (!rows.length) {
          box.innerHTML = "<h1>Nothing known</h1><p>No triples have <code>" + esc(iri) +
            "</code> as subject.</p>";
          return;
        }
        if (types[KG + "Figure"]) { return renderFigure(iri, box); }
        return renderThing(iri, box, typeList, Object.keys(labels), Object.keys(alts), props);
      })
      .catch(function (e) { box.innerHTML = '<p class="error">' + esc(e.message) + "</p>"; });
  }

  function typeNames(types) {
    // one row per class: the kg: classes, most specific first, no duplicates
    var seen = {};
    return types.filter(function (t) { return t.indexOf(KG) === 0; })
      .map(local).filter(function (t) { if (seen[t]) { return false; } seen[t] = true; return true; });
  }

  function renderThing(iri, box, types, labels, alts, props) {
    var me = iriLit(iri);
    var name = labels[0] || local(iri);
    var html = "<h1>" + esc(name) + '</h1><p class="type">' +
      esc(typeNames(types).join(", ") || "resource") + ' · <code class="iri">' + esc(iri) + "</code></p>";
    if (alts.length) {
      html += "<p><b>Also called</b> " + alts.map(esc).join("、") + "</p>";
    }
    var rel = props.filter(function (r) { return STRUCTURE.indexOf(r.p) < 0 && r.p !== KG + "text"; });
    if (rel.length) {
      html += '<h2>Facts</h2><div class="scroll"><table class="facts"><tbody>' + rel.map(function (r) {
        var v = (r.o.indexOf("http") === 0) ? link(r.o, r.olabel) : esc(r.o);
        return "<tr><th>" + esc(local(r.p)) + "</th><td>" + v + "</td></tr>";
      }).join("") + "</tbody></table></div>";
    }
    html += '<div id="incoming"></div><h2>Neighbourhood</h2><div id="graph" class="graph"></div>' +
      '<div id="figures"></div><div id="sentences"></div>';
    box.innerHTML = html;

    var text = props.filter(function (r) { return r.p === KG + "text"; })[0];
    if (text && types.indexOf(KG + "Sentence") >= 0) {
      $("sentences").innerHTML = "<h2>Text</h2><blockquote>" + esc(text.o) + "</blockquote>";
    }

    // relations pointing here
    var inQ = PREFIXES + "SELECT DISTINCT ?s ?p ?slabel WHERE { ?s ?p " + me + " . " +
      "FILTER(?p IN (kg:locatedIn, kg:partOf, kg:affiliatedWith, kg:issuedBy, kg:issuer)) " +
      "OPTIONAL { ?s rdfs:label ?slabel } } LIMIT 300";
    var inP = sparql(inQ).then(function (rows) {
      if (rows.length) {
        $("incoming").innerHTML = "<h2>Pointing here</h2><ul>" + rows.map(function (r) {
          return "<li>" + link(r.s, r.slabel) + " <span class=\"rel\">" + esc(local(r.p)) + "</span> this</li>";
        }).join("") + "</ul>";
      }
      return rows;
    });

    // figures about it
    sparql(PREFIXES + "SELECT DISTINCT ?f ?metric ?value ?unit ?raw ?year ?region WHERE { " +
      "?f kg:about " + me + " ; kg:metric ?metric ; kg:value ?value ; kg:unit ?unit ; kg:rawText ?raw . " +
      "OPTIONAL { ?f kg:year ?year } OPTIONAL { ?f kg:region/rdfs:label ?region } } " +
      "ORDER BY ?metric LIMIT 500").then(function (rows) {
      if (!rows.length) { return; }
      $("figures").innerHTML = "<h2>Figures about it</h2><div class=\"scroll\"><table><thead><tr>" +
        "<th>metric</th><th>value</th><th>unit</th><th>as written</th><th>where</th></tr></thead><tbody>" +
        rows.map(function (r) {
          return "<tr><td>" + link(r.f, r.metric) + "</td><td class=\"num\">" + esc(r.value) +
            "</td><td>" + esc(r.unit) + "</td><td>" + esc(r.raw) + "</td><td>" +
            esc([r.region, r.year].filter(Boolean).join(" ")) + "</td></tr>";
        }).join("") + "</tbody></table></div>";
    });

    // sentences naming it, with the names marked
    sparql(PREFIXES + "SELECT DISTINCT ?s ?text ?title ?idx WHERE { " + me + " kg:mentionedIn ?s . " +
      "?s kg:text ?text . OPTIONAL { ?s kg:index ?idx } OPTIONAL { ?s kg:inReport/kg:title ?title } } " +
      "ORDER BY ?title ?idx LIMIT 200").then(function (rows) {
      if (!rows.length) { return; }
      var names = labels.concat(alts);
      $("sentences").innerHTML = "<h2>Source sentences</h2>" + rows.map(function (r) {
        return '<blockquote class="sentence">' + highlight(r.text, names) +
          '<cite>' + esc(r.title || "") + "</cite></blockquote>";
      }).join("");
    });

    // neighbourhood: relations both ways
    inP.then(function (incoming) {
      var nodes = {}, edges = [];
      nodes[iri] = { label: name, centre: true };
      rel.forEach(function (r) {
        if (r.o.indexOf(ID) === 0 && r.p.indexOf(KG) === 0) {
          nodes[r.o] = nodes[r.o] || { label: r.olabel || local(r.o) };
          edges.push([iri, r.o, local(r.p)]);
        }
      });
      incoming.forEach(function (r) {
        nodes[r.s] = nodes[r.s] || { label: r.slabel || local(r.s) };
        edges.push([r.s, iri, local(r.p)]);
      });
      drawGraph($("graph"), nodes, edges);
    });
  }

  function drawGraph(container, nodes, edges) {
    var keys = Object.keys(nodes);
    if (keys.length < 2) {
      container.innerHTML = '<p class="note">No relations to draw.</p>';
      container.classList.add("empty");
      return;
    }
    try {
      var Graph = graphology.Graph || graphology;
      var SigmaClass = (window.Sigma && (window.Sigma.Sigma || window.Sigma.default)) || window.Sigma;
      var g = new Graph({ multi: true, type: "directed" });
      var others = keys.filter(function (k) { return !nodes[k].centre; });
      keys.forEach(function (k) {
        var n = nodes[k], i = others.indexOf(k);
        var angle = 2 * Math.PI * i / Math.max(1, others.length);
        g.addNode(k, { label: n.label, size: n.centre ? 12 : 7,
                       color: n.centre ? "#c0392b" : "#2c6fbb",
                       x: n.centre ? 0 : Math.cos(angle), y: n.centre ? 0 : Math.sin(angle) });
      });
      edges.forEach(function (e) {
        g.addDirectedEdge(e[0], e[1], { label: e[2], size: 2, color: "#999", type: "arrow" });
      });
      var renderer = new SigmaClass(g, container, { renderEdgeLabels: true,
        labelFont: "sans-serif", allowInvalidContainer: true });
      renderer.on("clickNode", function (ev) {
        if (!nodes[ev.node].centre) { location.hash = entityHref(ev.node); }
      });
      container.setAttribute("data-nodes", String(keys.length));
    } catch (e) {
      // no WebGL: list the neighbours instead
      container.classList.add("empty");
      container.innerHTML = '<p class="note">Graph view unavailable here (' + esc(e.message) +
        ").</p><ul>" + edges.map(function (e2) {
          return "<li>" + esc(nodes[e2[0]].label) + " —" + esc(e2[2]) + "→ " + esc(nodes[e2[1]].label) + "</li>";
        }).join("") + "</ul>";
    }
  }

  // ---------------------------------------------------------------- figure page
  function renderFigure(iri, box) {
    var me = iriLit(iri);
    return sparql(PREFIXES + "SELECT ?metric ?value ?unit ?raw ?approx ?start ?end ?s ?text ?sstart " +
      "?about ?aboutLabel ?report ?title ?year ?region WHERE { " + me + " kg:metric ?metric ; " +
      "kg:value ?value ; kg:unit ?unit ; kg:rawText ?raw ; kg:start ?start ; kg:end ?end ; " +
      "prov:wasDerivedFrom ?s . ?s kg:text ?text ; kg:start ?sstart . " +
      "OPTIONAL { " + me + " kg:approximate ?approx } " +
      "OPTIONAL { " + me + " kg:about ?about . OPTIONAL { ?about rdfs:label ?aboutLabel } } " +
      "OPTIONAL { " + me + " kg:inReport ?report . OPTIONAL { ?report kg:title ?title } } " +
      "OPTIONAL { " + me + " kg:year ?year } OPTIONAL { " + me + " kg:region/rdfs:label ?region } } LIMIT 1")
      .then(function (rows) {
        var r = rows[0];
        if (!r) { box.innerHTML = "<p>No figure data.</p>"; return; }
        var a = Number(r.start) - Number(r.sstart), b = Number(r.end) - Number(r.sstart);
        var sentence = (a >= 0 && b <= r.text.length && a < b) ? spans(r.text, [[a, b]])
          : highlight(r.text, [r.raw]);
        box.innerHTML = "<h1>" + esc(r.metric) + '</h1><p class="type">Figure · <code class="iri">' +
          esc(iri) + "</code></p>" +
          '<p class="big"><span class="num">' + esc(Number(r.value).toLocaleString("zh-CN")) +
          "</span> " + esc(r.unit) + (r.approx === "true" ? " (approximate)" : "") + "</p>" +
          '<table class="facts"><tbody>' +
          "<tr><th>as written</th><td>" + esc(r.raw) + "</td></tr>" +
          (r.about ? "<tr><th>about</th><td>" + link(r.about, r.aboutLabel) + "</td></tr>" : "") +
          "<tr><th>report</th><td>" + (r.report ? link(r.report, r.title) : "") + "</td></tr>" +
          "<tr><th>region, year</th><td>" + esc([r.region, r.year].filter(Boolean).join(" ")) + "</td></tr>" +
          "</tbody></table><h2>Source sentence</h2><blockquote class=\"sentence\" id=\"figure-sentence\">" +
          sentence + "</blockquote>" +
          '<h2>The same metric elsewhere</h2><p><a href="#/compare?metric=' + encodeURIComponent(r.metric) +
          '">Compare “' + esc(r.metric) + "” across reports →</a></p>";
      });
  }

  // ---------------------------------------------------------------- compare
  var chart = null, metricsLoaded = false;
  function initCompare(metric) {
    if (!metricsLoaded) {
      metricsLoaded = true;
      sparql(PREFIXES + "SELECT ?m (COUNT(*) AS ?n) WHERE { ?f a kg:Figure ; kg:metric ?m } " +
             "GROUP BY ?m ORDER BY DESC(?n) LIMIT 300").then(function (rows) {
        $("metrics").innerHTML = rows.map(function (r) {
          return '<option value="' + esc(r.m) + '">';
        }).join("");
      });
      $("compare-form").addEventListener("submit", function (ev) {
        ev.preventDefault();
        location.hash = "#/compare?metric=" + encodeURIComponent($("metric").value.trim());
      });
    }
    if (metric) { $("metric").value = metric; drawCompare(metric); }
  }

  function drawCompare(metric) {
    var q = PREFIXES + "SELECT ?region ?year ?unit (SUM(?value) AS ?total) (AVG(?value) AS ?mean) " +
      "(COUNT(?f) AS ?n) WHERE { " +
      "?f a kg:Figure ; kg:metric ?metric ; kg:value ?value ; kg:unit ?unit ; kg:inReport ?r . " +
      "OPTIONAL { ?r kg:year ?year } OPTIONAL { ?r kg:region/rdfs:label ?region } " +
      "FILTER(CONTAINS(?metric, " + strLit(metric) + ")) } GROUP BY ?region ?year ?unit ORDER BY ?region ?year";
    $("compare-note").textContent = "Loading…";
    sparql(q).then(function (rows) {
      if (!rows.length) {
        $("compare-note").textContent = "No figure has a metric containing “" + metric + "”.";
        if (chart) { chart.destroy(); chart = null; }
        $("compare-table").innerHTML = "";
        return;
      }
      var byUnit = {};
      rows.forEach(function (r) { byUnit[r.unit] = (byUnit[r.unit] || 0) + Number(r.n); });
      var unit = Object.keys(byUnit).sort(function (a, b) { return byUnit[b] - byUnit[a]; })[0];
      var shown = rows.filter(function (r) { return r.unit === unit; });
      var rate = /^(%|‰|％)$/.test(unit);   // rates are averaged, counts and amounts summed
      $("compare-note").textContent = "Metrics containing “" + metric + "”, in " + unit +
        (rate ? ", averaged" : ", summed") + " per region and year" +
        (Object.keys(byUnit).length > 1 ? " (other units left out: " +
          Object.keys(byUnit).filter(function (u) { return u !== unit; }).join(", ") + ")" : "") + ".";
      var labels = shown.map(function (r) { return [r.region || "?", r.year || ""].join(" ").trim(); });
      var data = shown.map(function (r) { return Number(rate ? r.mean : r.total); });
      if (chart) { chart.destroy(); }
      chart = new Chart($("compare-chart"), {
        type: "bar",
        data: { labels: labels, datasets: [{ label: metric + " (" + unit + (rate ? ", mean" : ", sum") + ")",
                                             data: data,
                                             backgroundColor: "#2c6fbb" }] },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
                   indexAxis: labels.length > 8 ? "y" : "x",
                   plugins: { legend: { display: true } } }
      });
      $("compare-table").innerHTML = "<table><thead><tr><th>region</th><th>year</th><th>total</th>" +
        "<th>mean</th><th>unit</th><th>figures</th></tr></thead><tbody>" + rows.map(function (r) {
          return "<tr><td>" + esc(r.region) + "</td><td>" + esc(r.year) + "</td><td class=\"num\">" +
            esc(r.total) + "</td><td class=\"num\">" + esc(Math.round(Number(r.mean) * 100) / 100) +
            "</td><td>" + esc(r.unit) + "</td><td>" + esc(r.n) + "</td></tr>";
        }).join("") + "</tbody></table>";
    }).catch(function (e) { $("compare-note").textContent = e.message; });
  }

  // ---------------------------------------------------------------- start
  function start() {
    $("endpoint-url").textContent = ENDPOINT;
    fetch("config").then(function (r) { return r.json(); }).then(function (c) {
      $("limits").textContent = "Each query may run " + c.timeout_s + " s and return at most " +
        c.max_rows + " rows (or triples); a cut result carries the header X-Edukg-Truncated: true.";
    });
    var hash = location.hash;
    initYasgui();
    if (location.hash !== hash) { history.replaceState(null, "", hash || "#/"); }
    loadExamples();
    window.addEventListener("hashchange", route);
    route();
    window.edukg = { yasgui: yasgui, sparql: sparql };
  }
  start();
})();
