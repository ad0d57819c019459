/* Incident Desk live map: one layer per kind, fed by GeoJSON batches (DESIGN.md §7).
 *
 * Python calls (through runJavaScript):
 *   idesk.applyBatch({upsert: [Feature...], remove: [id...], more: bool}) -> {ms, counts}
 *   (more: further slices of the same backlog follow; its items join the map with the last)
 *   idesk.flyTo(id) -> bool, idesk.fitActive() -> bool, idesk.counts() -> {incidents, areas, units}
 * Every upserted feature has properties {id, kind: "incident"|"area"|"unit", severity, status,
 * exercise, label, ...}. All features with the same id in one batch form one item (a CAP area
 * with two polygons and a circle) and replace whatever had that id before.
 * The page calls Python back through QWebChannel object "idesk_bridge":
 *   on_feature_clicked(id), on_context_menu(lat, lon), on_cursor(lat, lon), on_drawn(json).
 * Coordinates arrive as GeoJSON (lon,lat); Leaflet takes lat,lng: L.GeoJSON.coordsToLatLng
 * does that flip, nothing else here does.
 */
(function () {
  "use strict";

  var SEVERITY_COLOURS = {
    Extreme: "#b10026", Severe: "#f03b20", Moderate: "#fd8d3c", Minor: "#2c7fb8",
    Unknown: "#7f7f7f"
  };
  var SEVERITY_RADIUS = { Extreme: 10, Severe: 9, Moderate: 8, Minor: 7, Unknown: 7 };
  var AGENCY_COLOURS = {
    police: "#1f4e9c", military: "#4b6b2a", army: "#4b6b2a", border: "#00838f",
    fire: "#c62828", medical: "#ad1457", ems: "#ad1457", intelligence: "#37474f",
    civil: "#ef6c00"
  };
  var EXERCISE_COLOUR = "#7b1fa2";
  var HATCH = "url(#idesk-exercise-hatch)";
  var INACTIVE = { closed: 1, resolved: 1, cancelled: 1, expired: 1, "all-clear": 1 };

  var idesk = window.idesk = window.idesk || {};
  idesk.lastBatchMs = null;
  idesk.lastRenderMs = null;
  idesk.batches = 0;
  idesk.items = new Map();  // id -> {kind, layer, latlng, feature}
  var pendingCalls = [];

  function sev(p) { return SEVERITY_COLOURS[p.severity] ? p.severity : "Unknown"; }
  function isExercise(p) { return p.exercise === true || p.status === "Exercise"; }
  function inactive(p) { return INACTIVE[String(p.status || "").toLowerCase()] === 1; }
  function agencyColour(agency) {
    var key = String(agency || "").toLowerCase();
    if (AGENCY_COLOURS[key]) { return AGENCY_COLOURS[key]; }
    var h = 0;
    for (var i = 0; i < key.length; i++) { h = (h * 31 + key.charCodeAt(i)) % 360; }
    return "hsl(" + h + ",55%,35%)";
  }
  function escapeHtml(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  /* Words shown in the page, in the console's language: Python sends them once the page has
   * loaded (idesk.setLabels); these English ones only stand in until then. */
  idesk.labels = {
    exercise: "EXERCISE",
    status: { available: "Available", assigned: "Assigned", en_route: "En route",
              on_scene: "On scene", out_of_service: "Out of service", unknown: "Status unknown" },
    cap: {},        // CAP code values (severity, status) as words
    incident: {},   // an incident's status as a word
    trust: { unsigned: "\u26a0 unsigned", unknown_signer: "\u26a0 unknown signer",
             check_failed: "\u26a0 could not check", bad_signature: "\u26d4 BAD SIGNATURE",
             signer_mismatch: "\u26d4 signer \u2260 topic" },
    stale: "stale since {time}",
    // the shipped data's credit: the licences ask for the names, which stay as they are
    credit: "Natural Earth \u00b7 places: {places} \u00b7 borders: {borders}"
  };
  var CREDIT_FORM = idesk.labels.credit;
  var CREDIT_NAMES = { places: "GeoNames (CC BY 4.0)",
                       borders: "\u00a9 OpenStreetMap contributors (ODbL)" };
  function word(table, code) {
    return (idesk.labels[table] && idesk.labels[table][code]) || String(code);
  }
  idesk.setLabels = function (labels) {
    Object.keys(labels || {}).forEach(function (k) { idesk.labels[k] = labels[k]; });
    if (labels && labels.layers) { relabelLayers(); }
    if (labels && labels.credit) { showCredit(); }
    if (labels && labels.scale && idesk.map) { idesk.map.fire("move"); }  // the scale bar
    if (idesk.items) {  // a language switch: what is drawn says it again in the new words
      idesk.items.forEach(function (item) {
        var p = item.feature.properties;
        if (item.layer.setTooltipContent) { item.layer.setTooltipContent(tooltip(p)); }
        if (item.kind === "unit" && item.layer.setIcon) { item.layer.setIcon(unitIcon(p)); }
      });
    }
    return true;
  };
  /* The scale bar's units in the console's language (Leaflet writes " m" and " km"); a
   * language switch redraws it (it follows the map's "move"). */
  if (L.Control && L.Control.Scale) {
    L.Control.Scale.prototype._updateMetric = function (maxMeters) {
      var meters = this._getRoundNum(maxMeters), units = idesk.labels.scale || {};
      var label = meters < 1000 ? String(units.m || "{n} m").replace("{n}", meters)
                                : String(units.km || "{n} km").replace("{n}", meters / 1000);
      this._updateScale(this._mScale, label, meters / maxMeters);
    };
  }
  /* The data credit in the map's corner, in the console's language (said again on a switch). */
  var shownCredit = null;
  function showCredit() {
    var c = idesk.map && idesk.map.attributionControl;
    if (!c) { return; }
    var form = String(idesk.labels.credit);
    if (form.indexOf("{places}") < 0 || form.indexOf("{borders}") < 0) {
      form = CREDIT_FORM;  // a translation that lost a source's name: the licences need both
    }
    // the sources' names kept left to right inside a right-to-left credit (Arabic)
    var html = escapeHtml(form).replace(/\{(places|borders)\}/g, function (_m, k) {
      return "<bdi>" + escapeHtml(CREDIT_NAMES[k]) + "</bdi>";
    });
    var dir = idesk.labels.direction === "rtl" ? "rtl" : "ltr";
    if (shownCredit !== null) { c.removeAttribution(shownCredit); }
    shownCredit = '<span class="idesk-credit" dir="' + dir + '">' + html + "</span>";
    c.addAttribution(shownCredit);
  }
  /* The layer switcher's entries in the console's language: removed and added again in
   * their order (Leaflet's control has no rename). */
  function relabelLayers() {
    var c = idesk.control, names = idesk.labels.layers || {};
    if (!c) { return; }
    var entries = [
      ["outline", idesk.outline, true], ["countries", idesk.countries, false],
      ["places", idesk.places, false], ["areas", idesk.areas, false],
      ["units", idesk.units, false], ["incidents", idesk.incidents, false]
    ];
    entries.forEach(function (e) { if (e[1] && names[e[0]]) { c.removeLayer(e[1]); } });
    entries.forEach(function (e) {
      if (!e[1] || !names[e[0]]) { return; }
      if (e[2]) { c.addBaseLayer(e[1], escapeHtml(names[e[0]])); }
      else { c.addOverlay(e[1], escapeHtml(names[e[0]])); }
    });
  }
  /* Unit status: a word for the tooltip and a symbol amplifier drawn on the unit's square,
   * so it reads without colour (and in the dark theme). */
  var STATUS_ALIASES = { enroute: "en_route", onscene: "on_scene", offline: "out_of_service",
                         unavailable: "out_of_service" };
  var STATUS_SYMBOLS = { available: "\u2713", assigned: "\u25cf", en_route: "\u2192",
                         on_scene: "\u25c6", out_of_service: "\u2715", unknown: "?" };
  function unitStatus(p) {
    var s = String(p.status || "unknown").toLowerCase().replace(/[^a-z0-9_]/g, "_");
    s = STATUS_ALIASES[s] || s;
    return STATUS_SYMBOLS[s] ? s : "unknown";
  }
  idesk.unitStatusWord = function (p) {
    var s = unitStatus(p);
    return (idesk.labels.status && idesk.labels.status[s]) || String(p.status || s);
  };
  /* A feature's name as the page shows it: a unit's callsign with "stale since …" once its
   * position report went stale; an alert's headline with its trust marker ([⚠ unsigned]) when
   * the signature check did not verify it; in the console's language. */
  function featureLabel(p) {
    var text = String(p.label || p.id);
    if (p.kind === "unit" && p.stale_since) {
      text += " \u2014 " + idesk.labels.stale.replace("{time}", p.stale_since);
    }
    var marker = p.kind === "area" && p.trust && idesk.labels.trust[p.trust];
    return marker ? text + " [" + marker + "]" : text;
  }
  idesk.featureLabel = featureLabel;
  function tooltip(p) {
    var text = escapeHtml(featureLabel(p));
    if (p.kind === "unit") {
      if (p.agency) { text += " · " + escapeHtml(p.agency); }
      text += " · <b>" + escapeHtml(idesk.unitStatusWord(p)) + "</b>";
    } else {
      if (p.severity) { text += " · " + escapeHtml(word("cap", p.severity)); }
      if (p.status) {
        text += " · " + escapeHtml(word(p.kind === "incident" ? "incident" : "cap", p.status));
      }
    }
    if (isExercise(p)) { text = "<b>" + escapeHtml(idesk.labels.exercise) + "</b> · " + text; }
    return text;
  }

  /* Path styles: exercise items get a dashed purple outline and a hatched fill, always. */
  idesk.pathStyle = function (p) {
    var colour = SEVERITY_COLOURS[sev(p)];
    var style = {
      color: colour, weight: 2, opacity: 0.9, fillColor: colour, fillOpacity: 0.25,
      dashArray: null, className: "idesk-area"
    };
    if (inactive(p)) { style.opacity = 0.4; style.fillOpacity = 0.08; }
    if (p.cordon) {  // an area an operator drew on the incident: amber, thick, dashed
      style.color = CORDON_COLOUR; style.fillColor = CORDON_COLOUR; style.weight = 3;
      style.dashArray = "10 6"; style.fillOpacity = 0.08; style.className = "idesk-area idesk-cordon";
    }
    if (isExercise(p)) {
      style.color = EXERCISE_COLOUR; style.dashArray = "6 4"; style.fillColor = HATCH;
      style.fillOpacity = 0.6; style.className = "idesk-area idesk-exercise";
      if (p.cordon) { style.weight = 3; style.dashArray = "10 6"; style.fillOpacity = 0.3; }
    }
    return style;
  };
  var CORDON_COLOUR = "#ffab00";
  idesk.incidentStyle = function (p) {
    var colour = SEVERITY_COLOURS[sev(p)];
    var style = {
      radius: SEVERITY_RADIUS[sev(p)], color: "#222", weight: 1.5, opacity: 1,
      fillColor: colour, fillOpacity: 0.9, dashArray: null, className: "idesk-incident"
    };
    if (inactive(p)) { style.fillOpacity = 0.35; style.color = "#888"; }
    if (String(p.status || "").toLowerCase() === "new") { style.weight = 3; }
    if (isExercise(p)) {
      style.color = EXERCISE_COLOUR; style.weight = 2.5; style.dashArray = "4 3";
      style.fillColor = HATCH; style.className = "idesk-incident idesk-exercise";
    }
    return style;
  };
  /* A unit: a square in its agency's colour carrying the status symbol, and its callsign in
   * full beside it (hidden below LABEL_ZOOM, where clusters and the symbol say enough). */
  function unitIcon(p) {
    var status = unitStatus(p);
    var cls = "idesk-unit idesk-unit-" + status + (isExercise(p) ? " idesk-exercise" : "")
      + (p.stale ? " idesk-stale" : "");
    var callsign = escapeHtml(p.label ? featureLabel(p) : (p.short || p.id));
    return L.divIcon({
      className: cls, iconSize: [18, 18], iconAnchor: [9, 9], tooltipAnchor: [9, 0],
      html: '<span class="idesk-sym" style="background:' + agencyColour(p.agency) + '">' +
            STATUS_SYMBOLS[status] + '</span><span class="idesk-callsign">' + callsign + "</span>"
    });
  }

  function bridgeCall(name, args) {
    if (idesk.bridge) { idesk.bridge[name].apply(idesk.bridge, args); }
    else { pendingCalls.push([name, args]); }
  }
  function onClick(id) {
    return function () { if (!draw) { bridgeCall("on_feature_clicked", [id]); } };
  }

  /* Drawing on the map: a circle (click the centre, click the edge), a polygon (click the
   * corners, double-click or Enter to finish) or a distance measurement (click the points;
   * double-click ends it, the line stays until the next tool or Esc). The finished shape
   * goes to Python (on_drawn, JSON); Esc cancels. While a tool is on, the map's items let
   * clicks through to it. */
  var draw = null;
  idesk.lastMeasure = null;
  function fmtDistance(m) { return m >= 1000 ? (m / 1000).toFixed(2) + " km" : Math.round(m) + " m"; }
  function pathLength(points) {
    var total = 0;
    for (var i = 1; i < points.length; i++) { total += points[i - 1].distanceTo(points[i]); }
    return total;
  }
  idesk.startDraw = function (mode) {
    idesk.cancelDraw();
    if (idesk.measured) { idesk.map.removeLayer(idesk.measured); idesk.measured = null; }
    draw = { mode: mode, points: [], center: null, layer: L.layerGroup().addTo(idesk.map) };
    idesk.map.getContainer().classList.add("idesk-drawing");
    idesk.map.doubleClickZoom.disable();
    return true;
  };
  idesk.cancelDraw = function () {
    if (!draw) { return false; }
    idesk.map.removeLayer(draw.layer);
    draw = null;
    idesk.map.getContainer().classList.remove("idesk-drawing");
    idesk.map.doubleClickZoom.enable();
    return true;
  };
  idesk.drawing = function () { return draw ? draw.mode : null; };
  function preview(cursor) {
    var d = draw;
    d.layer.clearLayers();
    var style = { color: CORDON_COLOUR, weight: 3, dashArray: "10 6", fillOpacity: 0.08,
                  interactive: false };
    if (d.mode === "circle" && d.center) {
      var r = cursor ? d.center.distanceTo(cursor) : 0;
      L.circle(d.center, Object.assign({ radius: Math.max(r, 1) }, style)).addTo(d.layer);
      if (cursor) {
        L.tooltip({ permanent: true, direction: "right", className: "idesk-pin" })
          .setLatLng(cursor).setContent(fmtDistance(r)).addTo(d.layer);
      }
      return;
    }
    var pts = d.points.slice();
    if (cursor) { pts.push(cursor); }
    if (pts.length < 2) { return; }
    if (d.mode === "polygon") {
      L.polygon(pts, style).addTo(d.layer);
    } else {
      L.polyline(pts, { color: "#00b8d4", weight: 3, interactive: false }).addTo(d.layer);
      L.tooltip({ permanent: true, direction: "right", className: "idesk-pin" })
        .setLatLng(pts[pts.length - 1]).setContent(fmtDistance(pathLength(pts))).addTo(d.layer);
    }
  }
  function finishDraw() {
    var d = draw;
    if (!d) { return false; }
    var shape = null;
    if (d.mode === "polygon" && d.points.length >= 3) {
      shape = { shape: "polygon",
                points: d.points.map(function (p) { return [p.lat, L.Util.wrapNum(p.lng, [-180, 180], true)]; }) };
    } else if (d.mode === "measure" && d.points.length >= 2) {
      var metres = pathLength(d.points);
      idesk.lastMeasure = metres;
      preview(null);
      idesk.measured = d.layer;  // stays on the map until the next tool or Esc
      d.layer = L.layerGroup();
      shape = { shape: "measure", metres: metres, text: fmtDistance(metres) };
    }
    if (!shape) { return false; }
    idesk.cancelDraw();
    bridgeCall("on_drawn", [JSON.stringify(shape)]);
    return true;
  }
  idesk.finishDraw = finishDraw;
  function drawClick(e) {
    var d = draw;
    if (!d) { return; }
    if (d.mode === "circle") {
      if (!d.center) { d.center = e.latlng; preview(e.latlng); return; }
      var shape = { shape: "circle", center: [d.center.lat, L.Util.wrapNum(d.center.lng, [-180, 180], true)],
                    radius_m: d.center.distanceTo(e.latlng) };
      idesk.cancelDraw();
      bridgeCall("on_drawn", [JSON.stringify(shape)]);
      return;
    }
    var last = d.points[d.points.length - 1];
    if (!last || !last.equals(e.latlng)) { d.points.push(e.latlng); }  // a double-click's clicks
    preview(null);
  }
  function drawKeys(e) {
    if (!draw && !idesk.measured) { return; }
    if (e.key === "Escape") {
      idesk.cancelDraw();
      if (idesk.measured) { idesk.map.removeLayer(idesk.measured); idesk.measured = null; }
    } else if (e.key === "Enter" && draw) { finishDraw(); }
  }

  function makeLayer(kind, features) {
    var p = features[0].properties;
    var layer;
    if (kind === "incident" || kind === "unit") {
      var c = features[0].geometry.coordinates;
      var latlng = L.GeoJSON.coordsToLatLng(c);
      layer = kind === "incident"
        ? L.circleMarker(latlng, idesk.incidentStyle(p))
        : L.marker(latlng, { icon: unitIcon(p), keyboard: false });
    } else {
      var parts = [];
      for (var i = 0; i < features.length; i++) {
        var f = features[i];
        var style = idesk.pathStyle(f.properties);
        if (f.geometry.type === "Point") {
          style.radius = Math.max(Number(f.properties.radius_m) || 0, 50);
          parts.push(L.circle(L.GeoJSON.coordsToLatLng(f.geometry.coordinates), style));
        } else {
          parts.push(L.geoJSON(f, { style: function () { return style; } }));
        }
      }
      layer = L.featureGroup(parts);
    }
    layer.bindTooltip(tooltip(p), { sticky: kind === "area", className: "idesk-tip" });
    layer.on("click", onClick(p.id));
    layer.ideskId = p.id;
    layer.ideskProps = p;
    layer.ideskExercise = isExercise(p);
    return layer;
  }

  /* Cluster icons: incidents take the colour of their worst severity (purple and dashed when
   * every member is an exercise); unit clusters are grey squares, unlike any incident. */
  var SEVERITY_RANK = { Extreme: 4, Severe: 3, Moderate: 2, Minor: 1, Unknown: 0 };
  /* The worst severity under a cluster, memoised per cluster and per membership change
   * (idesk.generation moves on before every add/remove), so a refresh of every visible
   * cluster costs one pass over the tree, not one pass per cluster and level. This reads
   * markercluster 1.5's _childClusters/_markers: check them when updating the plugin. */
  idesk.generation = 0;
  function clusterSummary(cluster) {
    if (cluster.ideskGen === idesk.generation) { return cluster.ideskSummary; }
    var rank = -1, allExercise = true, i, r;
    var kids = cluster._childClusters || [], markers = cluster._markers || [];
    for (i = 0; i < kids.length; i++) {
      var s = clusterSummary(kids[i]);
      if (s.rank > rank) { rank = s.rank; }
      if (!s.allExercise) { allExercise = false; }
    }
    for (i = 0; i < markers.length; i++) {
      r = SEVERITY_RANK[sev(markers[i].ideskProps || {})];
      if (r > rank) { rank = r; }
      if (!markers[i].ideskExercise) { allExercise = false; }
    }
    cluster.ideskGen = idesk.generation;
    cluster.ideskSummary = { rank: rank, allExercise: allExercise };
    return cluster.ideskSummary;
  }
  var RANK_SEVERITY = ["Unknown", "Minor", "Moderate", "Severe", "Extreme"];
  function incidentClusterIcon(cluster) {
    var summary = clusterSummary(cluster);
    var worst = RANK_SEVERITY[Math.max(summary.rank, 0)], allExercise = summary.allExercise;
    var n = cluster.getChildCount();
    var size = n < 10 ? 30 : n < 100 ? 36 : 42;
    var colour = allExercise ? EXERCISE_COLOUR : SEVERITY_COLOURS[worst];
    return L.divIcon({
      className: "idesk-cluster" + (allExercise ? " idesk-exercise" : ""),
      iconSize: [size, size],
      html: '<div style="background:' + colour + '"><span>' + n + "</span></div>"
    });
  }
  function unitClusterIcon(cluster) {
    return L.divIcon({
      className: "idesk-unit-cluster", iconSize: [30, 20],
      html: "<div><span>" + cluster.getChildCount() + "</span></div>"
    });
  }

  /* A marker that stays where it is only changes its look: no cluster churn, and an open
   * tooltip or spiderfied cluster stays as the operator left it. */
  function updateInPlace(id, kind, feature) {
    var item = idesk.items.get(id);
    if (!item || item.kind !== kind || kind === "area") { return false; }
    var old = item.feature.geometry.coordinates, now = feature.geometry.coordinates;
    if (old[0] !== now[0] || old[1] !== now[1]) { return false; }
    var p = feature.properties, layer = item.layer;
    if (kind === "incident") { layer.setStyle(idesk.incidentStyle(p)); }
    else { layer.setIcon(unitIcon(p)); }
    layer.setTooltipContent(tooltip(p));
    layer.ideskProps = p;
    layer.ideskExercise = isExercise(p);
    item.feature = feature;
    return true;
  }

  function groupFor(kind) {
    return kind === "incident" ? idesk.incidents : kind === "unit" ? idesk.units : idesk.areas;
  }

  /* A backlog (the first load: 12 slices of MapView.MAX_ITEMS) comes with ``more: true`` on
   * every slice but the last. Its layers are built at once but join their groups only with
   * the last slice: otherwise markercluster re-renders the visible clusters after every
   * slice and the page paints a frame of half a map in between, which cost more than the
   * adding itself (the wall clock from push to frame with a base map, benchmarks/bench_map.py).
   * ``idesk.stageSlices = false`` turns it off (to compare). */
  var staged = { incident: [], area: [], unit: [] };
  idesk.stageSlices = true;
  idesk.applyBatch = function (batch) {
    var t0 = performance.now();
    if (typeof batch === "string") { batch = JSON.parse(batch); }
    var removeBy = { incident: [], area: [], unit: [] };
    var addBy = { incident: [], area: [], unit: [] };
    var more = batch.more === true && idesk.stageSlices;
    function drop(id) {
      var item = idesk.items.get(id);
      if (!item) { return; }
      if (item.staged) { item.layer.ideskDropped = true; }
      else { removeBy[item.kind].push(item.layer); }
      idesk.items.delete(id);
    }
    (batch.remove || []).forEach(drop);
    var byId = new Map();
    (batch.upsert || []).forEach(function (f) {
      var id = f && f.properties && f.properties.id;
      if (id == null || !f.geometry) { console.warn("idesk: feature without id/geometry skipped"); return; }
      id = String(id);
      if (!byId.has(id)) { byId.set(id, []); }
      byId.get(id).push(f);
    });
    var restyled = { incident: [], unit: [] };
    byId.forEach(function (features, id) {
      var kind = features[0].properties.kind;
      if (kind !== "incident" && kind !== "unit") { kind = "area"; }
      if (updateInPlace(id, kind, features[0])) {
        var kept = idesk.items.get(id);
        if (!kept.staged) { restyled[kind].push(kept.layer); }
        return;
      }
      drop(id);
      var layer = makeLayer(kind, features);
      idesk.items.set(id, { kind: kind, layer: layer, feature: features[0], staged: more });
      (more ? staged[kind] : addBy[kind]).push(layer);
    });
    if (!more) {
      ["incident", "unit", "area"].forEach(function (kind) {
        if (!staged[kind].length) { return; }
        var waiting = staged[kind].filter(function (l) { return !l.ideskDropped; });
        waiting.forEach(function (l) {
          var item = idesk.items.get(l.ideskId);
          if (item && item.layer === l) { item.staged = false; }
        });
        addBy[kind] = waiting.concat(addBy[kind]);
        staged[kind] = [];
      });
    }
    var t1 = performance.now(), removeMs = 0, restyleMs = 0;
    ["incident", "unit", "area"].forEach(function (kind) {
      var group = groupFor(kind);
      var r0 = performance.now();
      if (removeBy[kind].length) {
        idesk.generation += 1;
        if (group.removeLayers) { group.removeLayers(removeBy[kind]); }
        else { removeBy[kind].forEach(function (l) { group.removeLayer(l); }); }
      }
      removeMs += performance.now() - r0;
      if (addBy[kind].length) {
        idesk.generation += 1;
        if (group.addLayers) { group.addLayers(addBy[kind]); }
        else { addBy[kind].forEach(function (l) { group.addLayer(l); }); }
      }
      var s0 = performance.now();
      if (restyled[kind] && restyled[kind].length && idesk.map.hasLayer(group)) {
        idesk.generation += 1;
        group.refreshClusters(restyled[kind]);  // cluster colours follow the new severities
      }
      restyleMs += performance.now() - s0;
    });
    if (idesk.selectedId && (byId.has(idesk.selectedId) ||
        (batch.remove || []).indexOf(idesk.selectedId) >= 0)) { refreshSelection(); }
    var ms = performance.now() - t0;
    idesk.lastBatchParts = { build: t1 - t0, remove: removeMs, restyle: restyleMs,
                             add: ms - (t1 - t0) - removeMs - restyleMs };
    idesk.lastBatchMs = ms;
    idesk.batches += 1;
    requestAnimationFrame(function () { idesk.lastRenderMs = performance.now() - t0; });
    return { ms: ms, counts: idesk.counts() };
  };

  /* The console left its exercise: everything of an exercise (incidents, alert areas, units,
   * cordons: each feature carries its exercise_id) leaves the map; returns how many. */
  idesk.removeExercise = function () {
    var ids = [];
    idesk.items.forEach(function (item, id) {
      var p = item.feature && item.feature.properties;
      if (p && p.exercise_id != null) { ids.push(id); }
    });
    if (ids.length) { idesk.applyBatch({ remove: ids }); }
    return ids.length;
  };

  idesk.counts = function () {
    var c = { incidents: 0, areas: 0, units: 0 };
    idesk.items.forEach(function (item) {
      if (item.kind === "incident") { c.incidents++; }
      else if (item.kind === "unit") { c.units++; }
      else { c.areas++; }
    });
    return c;
  };

  idesk.layerOf = function (id) {
    var item = idesk.items.get(String(id));
    return item ? item.layer : null;
  };

  idesk.flyTo = function (id) {
    var item = idesk.items.get(String(id));
    if (!item) { return false; }
    var layer = item.layer;
    if (layer.getBounds) {
      var fit = fitView([{ bounds: layer.getBounds() }], 12);
      idesk.map.flyToBounds(fit.bounds, fit.options);
    } else {
      var group = groupFor(item.kind);
      var zoom = Math.max(idesk.map.getZoom(), 11);
      idesk.map.flyTo(layer.getLatLng(), zoom);
      idesk.map.once("moveend", function () {
        if (group.zoomToShowLayer && group.hasLayer(layer)) {
          group.zoomToShowLayer(layer, function () { if (layer.openTooltip) { layer.openTooltip(); } });
        }
      });
    }
    return true;
  };

  idesk.fitActive = function () {
    var things = [];
    idesk.items.forEach(function (item) {
      var p = item.feature.properties;
      if (item.kind === "unit" || inactive(p)) { return; }
      if (item.layer.getBounds) { things.push({ bounds: item.layer.getBounds() }); }
      else { things.push({ latlng: item.layer.getLatLng(), key: pinText(p) }); }
    });
    var fit = fitView(things, 12);
    if (!fit) { return false; }
    idesk.map.fitBounds(fit.bounds, fit.options);
    return true;
  };

  /* The room a fit leaves around what it shows. The map's own controls sit in its corners
   * (zoom top left, layers top right, scale and licences at the bottom) and a selected
   * incident's key is pinned to the right of its ring: on a small map (360 × 200 under the
   * tabs at 1366×768) a flat 30 px put the top right incident's key under the layers button.
   * Each corner's controls are measured as drawn and kept out either by the side beside them
   * or by the edge above or below them; every incident gets room for its ring and its key
   * (any of them may be selected). The closest zoom at which all of it fits wins, then the
   * most room; a big map keeps at least the 30 px it always had. Returns fitBounds' bounds
   * and options (null: nothing to fit). */
  var FIT_PADDING = 30;
  var FIT_GAP = 4;  // between a control and what the fit shows
  var CORNERS = ["top left", "top right", "bottom left", "bottom right"];
  function cornerSizes(map) {
    var c = map.getContainer().getBoundingClientRect(), sizes = {};
    CORNERS.forEach(function (name) {
      var v = name.split(" ")[0], h = name.split(" ")[1], size = { x: 0, y: 0 };
      var corner = map.getContainer().querySelector(".leaflet-" + v + ".leaflet-" + h);
      Array.prototype.forEach.call(corner ? corner.children : [], function (el) {
        var r = el.getBoundingClientRect();
        if (!r.width || !r.height) { return; }
        size.x = Math.max(size.x, h === "left" ? r.right - c.left : c.right - r.left);
        size.y = Math.max(size.y, v === "top" ? r.bottom - c.top : c.bottom - r.top);
      });
      sizes[name] = size;
    });
    return sizes;
  }
  var pinSizes = {};  // a key's pinned label as drawn, by its text
  function pinSize(text) {
    if (!pinSizes[text]) {
      var probe = L.DomUtil.create("div", "leaflet-tooltip idesk-pin",
                                   idesk.map.getPane("idesk-selection-labels"));
      probe.style.visibility = "hidden";
      probe.textContent = text;
      pinSizes[text] = { x: probe.offsetWidth, y: probe.offsetHeight };
      L.DomUtil.remove(probe);
    }
    return pinSizes[text];
  }
  /* How far the rings and keys of these incidents reach past the bounds at zoom z. */
  function reachAt(map, things, bounds, z) {
    var nw = map.project(bounds.getNorthWest(), z), se = map.project(bounds.getSouthEast(), z);
    var reach = { left: 0, top: 0, right: 0, bottom: 0, span: se.subtract(nw) };
    var ring = RING_RADIUS + RING_WEIGHT;
    things.forEach(function (t) {
      if (!t.latlng) { return; }
      var p = map.project(t.latlng, z), pin = pinSize(t.key), half = Math.max(ring, pin.y / 2);
      reach.left = Math.max(reach.left, ring - (p.x - nw.x));
      reach.top = Math.max(reach.top, half - (p.y - nw.y));
      reach.bottom = Math.max(reach.bottom, half - (se.y - p.y));
      reach.right = Math.max(reach.right, PIN_OFFSET + pin.x - (se.x - p.x));
    });
    return reach;
  }
  function fitView(things, maxZoom) {
    var map = idesk.map, size = map.getSize(), corners = cornerSizes(map);
    var bounds = L.latLngBounds([]);
    things.forEach(function (t) { bounds.extend(t.bounds || t.latlng); });
    if (!bounds.isValid()) { return null; }
    for (var z = maxZoom; z >= map.getMinZoom(); z--) {
      var reach = reachAt(map, things, bounds, z), best = null;
      for (var mask = 0; mask < 16; mask++) {
        var edge = { left: FIT_GAP, right: FIT_GAP, top: FIT_GAP, bottom: FIT_GAP }, pad = {};
        CORNERS.forEach(function (name, i) {
          var s = corners[name], beside = mask & (1 << i), side = name.split(" ")[beside ? 1 : 0];
          if (s.x) { edge[side] = Math.max(edge[side], (beside ? s.x : s.y) + FIT_GAP); }
        });
        Object.keys(edge).forEach(function (side) {
          pad[side] = Math.max(FIT_PADDING, Math.ceil(edge[side] + reach[side]));
        });
        var free = L.point(size.x - pad.left - pad.right, size.y - pad.top - pad.bottom);
        if (free.x < reach.span.x || free.y < reach.span.y) { continue; }
        if (!best || free.x * free.y > best.area) { best = { area: free.x * free.y, pad: pad }; }
      }
      if (best) {
        return { bounds: bounds, options: { maxZoom: z,
          paddingTopLeft: [best.pad.left, best.pad.top],
          paddingBottomRight: [best.pad.right, best.pad.bottom] } };
      }
    }
    // A map too small for its controls: the old room, at most a quarter of it.
    var p = Math.min(FIT_PADDING, size.x / 4, size.y / 4);
    return { bounds: bounds, options: { maxZoom: maxZoom, padding: [p, p] } };
  }
  idesk.fitView = fitView;

  function addHatchPattern() {
    var ns = "http://www.w3.org/2000/svg";  // an XML namespace name, not a request
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0"); svg.setAttribute("height", "0");
    svg.setAttribute("style", "position:absolute");
    svg.innerHTML =
      '<defs><pattern id="idesk-exercise-hatch" width="8" height="8" ' +
      'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
      '<rect width="8" height="8" fill="' + EXERCISE_COLOUR + '" fill-opacity="0.15"/>' +
      '<line x1="0" y1="0" x2="0" y2="8" stroke="' + EXERCISE_COLOUR + '" stroke-width="3"/>' +
      "</pattern></defs>";
    document.body.appendChild(svg);
  }

  /* Land, borders and sea per console theme: a restyle, not an inverted image (labels and
     symbols keep their colours). */
  var THEMES = {
    light: { sea: "#b9d3e3", land: "#f4f1ea", border: "#8a8a8a", fineBorder: "#4e4e4e" },
    dark: { sea: "#0e1a24", land: "#283038", border: "#8fa0ad", fineBorder: "#c5d0d8" }
  };
  idesk.theme = "light";

  function countriesLayer(map) {
    var renderer = L.canvas({ padding: 0.5, pane: "idesk-countries" });  // below the labels
    var style = { color: "#8a8a8a", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 };
    function make(data) {
      return data ? L.geoJSON(data, { style: style, renderer: renderer, interactive: false,
                                     pane: "idesk-countries" }) : null;
    }
    var fine = make(window.IDESK_COUNTRIES_50M);
    var coarse = make(window.IDESK_COUNTRIES_110M) || fine;
    fine = fine || coarse;
    idesk.countryLayers = [fine, coarse].filter(function (l) { return l; });
    /* From FINE_ZOOM on, the land borders of the partner regions come from the finer
     * OpenStreetMap-derived lines (resources/geo/borders-fine.geojson, tens of metres, where
     * the 1:50m outline can be kilometres off) and the outline's own strokes step back. */
    var borders = null;  // built on first use: 135k vertices cost page load time otherwise
    function fineBorders() {
      if (!borders && window.IDESK_BORDERS_FINE) {
        var t = THEMES[idesk.theme] || THEMES.light;
        borders = L.geoJSON(window.IDESK_BORDERS_FINE, {
          style: { color: t.fineBorder, weight: 1.6, opacity: 1 },
          renderer: L.canvas({ padding: 0.5, pane: "idesk-borders" }),
          interactive: false, pane: "idesk-borders"
        });
        idesk.fineBorders = borders;
      }
      return borders;
    }
    idesk.fineBorders = null;
    var group = L.layerGroup();
    function pick() {
      if (!fine) { return; }
      var z = map.getZoom();
      var want = z < 4 ? coarse : fine;
      var other = want === fine ? coarse : fine;
      if (other !== want && group.hasLayer(other)) { group.removeLayer(other); }
      if (!group.hasLayer(want)) { group.addLayer(want); }
      var detailed = z >= FINE_ZOOM && !!fineBorders();
      if (borders && detailed !== group.hasLayer(borders)) {
        if (detailed) { group.addLayer(borders); } else { group.removeLayer(borders); }
        fine.setStyle({ weight: detailed ? 0 : 0.8 });
      }
    }
    map.on("zoomend", pick);
    pick();
    return group;
  }
  var FINE_ZOOM = 8;

  /* Place names from the offline gazetteer (window.IDESK_PLACES: [name, lat, lon, kind, pop]),
   * drawn on one canvas after every move: countries at low zoom, then capitals, then towns by
   * size as the operator zooms in, scenario places and border crossings close up. A label
   * that would overlap one already drawn (grid of 64 px cells) is left out. */
  var PLACE_STYLE = {
    light: { text: "#1d1d1d", halo: "rgba(255,255,255,0.9)", country: "#5b5b5b", dot: "#333",
             crossing: "#8e24aa" },
    dark: { text: "#e3e8ec", halo: "rgba(10,18,26,0.9)", country: "#9fb0bd", dot: "#cfd8dc",
            crossing: "#ce93d8" }
  };
  function placeMinZoom(kind, pop) {
    if (kind === "country") { return 3; }
    if (kind === "capital") { return 4; }
    if (kind === "crossing") { return 8; }
    if (kind === "site") { return 11; }
    return pop >= 1e6 ? 5 : pop >= 3e5 ? 6 : pop >= 1e5 ? 7 : pop >= 3e4 ? 8 : pop >= 1e4 ? 9 : 10;
  }
  var KIND_ORDER = { capital: 0, country: 1, crossing: 2, site: 3, town: 4 };
  var PlaceLabels = L.Layer.extend({
    initialize: function (rows) {
      this._places = (rows || []).map(function (r) {
        return { name: r[0], latlng: L.latLng(r[1], r[2]), kind: r[3], pop: r[4] || 0,
                 minZoom: placeMinZoom(r[3], r[4] || 0), width: null };
      }).sort(function (a, b) {
        return (KIND_ORDER[a.kind] - KIND_ORDER[b.kind]) || (b.pop - a.pop);
      });
      this.drawn = [];
    },
    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create("canvas", "idesk-places");
      map.getPane("idesk-places").appendChild(this._canvas);
      map.on("moveend resize", this.redraw, this);
      map.on("zoomstart", this._hide, this);
      this.redraw();
    },
    onRemove: function (map) {
      map.off("moveend resize", this.redraw, this);
      map.off("zoomstart", this._hide, this);
      L.DomUtil.remove(this._canvas);
    },
    _hide: function () { this._canvas.style.visibility = "hidden"; },
    redraw: function () {
      var map = this._map;
      if (!map) { return; }
      var t0 = performance.now();
      var size = map.getSize(), ratio = window.devicePixelRatio || 1, canvas = this._canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = size.x * ratio; canvas.height = size.y * ratio;
      canvas.style.width = size.x + "px"; canvas.style.height = size.y + "px";
      canvas.style.visibility = "visible";
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      var style = PLACE_STYLE[idesk.theme] || PLACE_STYLE.light;
      var z = map.getZoom(), bounds = map.getBounds().pad(0.05), grid = {}, drawn = [];
      function free(x0, y0, x1, y1) {
        for (var gx = Math.floor(x0 / 64); gx <= Math.floor(x1 / 64); gx++) {
          for (var gy = Math.floor(y0 / 64); gy <= Math.floor(y1 / 64); gy++) {
            var cell = grid[gx + ":" + gy] || [];
            for (var i = 0; i < cell.length; i++) {
              var b = cell[i];
              if (x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]) { return false; }
            }
          }
        }
        return true;
      }
      function take(box) {
        for (var gx = Math.floor(box[0] / 64); gx <= Math.floor(box[2] / 64); gx++) {
          for (var gy = Math.floor(box[1] / 64); gy <= Math.floor(box[3] / 64); gy++) {
            (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(box);
          }
        }
      }
      // Labels pinned above this canvas (the selected incident's key, a search result's
      // name) are HTML: a place name is not drawn under them.
      var origin = map.getContainer().getBoundingClientRect();
      var pinned = map.getPane("idesk-selection-labels");
      if (pinned) {
        pinned.querySelectorAll(".leaflet-tooltip").forEach(function (el) {
          var r = el.getBoundingClientRect();
          // (a closed label fades out, transparent, for 200 ms before Leaflet removes it)
          if (r.width > 0 && el.style.opacity !== "0") {
            take([r.left - origin.left, r.top - origin.top, r.right - origin.left,
                  r.bottom - origin.top]);
          }
        });
      }
      ctx.textBaseline = "middle";
      ctx.lineJoin = "round";
      for (var i = 0; i < this._places.length; i++) {
        var p = this._places[i];
        if (p.minZoom > z || (p.kind === "country" && z > 8) || !bounds.contains(p.latlng)) {
          continue;
        }
        var pt = map.latLngToContainerPoint(p.latlng);
        var country = p.kind === "country", big = p.kind === "capital" || p.pop >= 1e6;
        ctx.font = country ? "600 12px system-ui, sans-serif"
          : (big ? "bold 12px system-ui, sans-serif" : "11px system-ui, sans-serif");
        var text = country ? p.name.toUpperCase() : p.name;
        var w = ctx.measureText(text).width, h = 14;
        var x = country ? pt.x - w / 2 : pt.x + 5, y = pt.y;
        var box = [x - 2, y - h / 2 - 1, x + w + 2, y + h / 2 + 1];
        if (!country) { box[0] = pt.x - 4; }
        if (!free(box[0], box[1], box[2], box[3])) { continue; }
        take(box);
        if (!country) {
          ctx.fillStyle = p.kind === "crossing" ? style.crossing : style.dot;
          ctx.beginPath();
          if (p.kind === "capital") { ctx.rect(pt.x - 3, pt.y - 3, 6, 6); }
          else { ctx.arc(pt.x, pt.y, p.kind === "crossing" ? 3.5 : 2.5, 0, 2 * Math.PI); }
          ctx.fill();
        }
        ctx.strokeStyle = style.halo; ctx.lineWidth = 3;
        ctx.strokeText(text, x, y);
        ctx.fillStyle = country ? style.country : p.kind === "crossing" ? style.crossing : style.text;
        ctx.fillText(text, x, y);
        drawn.push(p.name);
      }
      this.drawn = drawn;
      idesk.lastPlacesMs = performance.now() - t0;
    }
  });
  idesk.placesDrawn = function () { return idesk.places ? idesk.places.drawn.slice() : []; };

  /* A search result the operator flew to: a marker with its name until the next search. */
  idesk.flyToPoint = function (lat, lon, zoom, label) {
    if (!idesk.map) { return false; }
    if (idesk.found) { idesk.map.removeLayer(idesk.found); }
    idesk.found = L.circleMarker([lat, lon], {
      radius: 9, color: "#00b8d4", weight: 3, fill: false, interactive: false,
      pane: "idesk-selection", className: "idesk-found"
    }).addTo(idesk.map);
    if (label) {
      idesk.found.bindTooltip(escapeHtml(label), {
        permanent: true, direction: "right", offset: [10, 0], className: "idesk-pin idesk-found-label",
        pane: "idesk-selection-labels"
      });
    }
    idesk.map.flyTo([lat, lon], zoom || idesk.map.getZoom(), { duration: 0.8 });
    return true;
  };

  /* Agency map packages (MBTiles, PMTiles) as base layers, served by Python on the
   * idesk-tiles: scheme (ui/map_tiles.py). The offline outline map is the other choice; while
   * a package is shown, the country fills turn transparent so its tiles show through and
   * only the borders stay on top. */
  idesk.basemaps = {};
  function landFill(visible) {
    (idesk.countryLayers || []).forEach(function (layer) {
      layer.setStyle({ fillOpacity: visible ? 1 : 0 });
    });
  }
  function activeBase() {
    var found = null;
    Object.keys(idesk.basemaps).forEach(function (k) {
      if (idesk.map.hasLayer(idesk.basemaps[k])) { found = k; }
    });
    return found;
  }
  idesk.activeBasemap = function () { return activeBase(); };
  /* A vector package (MVT in PMTiles) drawn by protomaps-leaflet with a plain style per
   * declared layer: areas filled, lines drawn, points dotted (an agency's own style sheet
   * is not read). */
  var VECTOR_STYLE = { fill: "#d6cfbf", stroke: "#8c8577", line: "#6d6d6d", point: "#4e4e4e" };
  function vectorLayer(d, options) {
    if (!window.protomapsL) { throw new Error("protomaps-leaflet is not loaded"); }
    var P = window.protomapsL, rules = [];
    (d.layers && d.layers.length ? d.layers : [""]).forEach(function (name) {
      function only(type) { return function (z, f) { return f.geomType === type; }; }
      rules.push({ dataLayer: name, filter: only(3),
                   symbolizer: new P.PolygonSymbolizer({ fill: VECTOR_STYLE.fill, opacity: 1,
                                                         stroke: VECTOR_STYLE.stroke, width: 0.5 }) });
      rules.push({ dataLayer: name, filter: only(2),
                   symbolizer: new P.LineSymbolizer({ color: VECTOR_STYLE.line, width: 1 }) });
      rules.push({ dataLayer: name, filter: only(1),
                   symbolizer: new P.CircleSymbolizer({ radius: 2, fill: VECTOR_STYLE.point }) });
    });
    return P.leafletLayer(Object.assign({}, options, {
      url: "idesk-tiles://" + d.key + "/{z}/{x}/{y}.mvt", maxDataZoom: d.maxZoom,
      paintRules: rules, labelRules: [], className: "idesk-basemap idesk-vector"
    }));
  }
  idesk.addBasemap = function (d) {
    if (idesk.basemaps[d.key]) { return true; }
    var options = {
      minZoom: 0, maxZoom: 18, minNativeZoom: d.minZoom, maxNativeZoom: d.maxZoom,
      attribution: escapeHtml(d.attribution || d.name), className: "idesk-basemap"
    };
    if (d.bounds) { options.bounds = [[d.bounds[1], d.bounds[0]], [d.bounds[3], d.bounds[2]]]; }
    var layer = d.format === "mvt" ? vectorLayer(d, options)
      : L.tileLayer("idesk-tiles://" + d.key + "/{z}/{x}/{y}", options);
    layer.on("tileerror", function () { idesk.tileErrors = (idesk.tileErrors || 0) + 1; });
    idesk.basemaps[d.key] = layer;
    idesk.control.addBaseLayer(layer, escapeHtml(d.name));
    return true;
  };
  idesk.useBasemap = function (key) {
    var want = key ? idesk.basemaps[key] : idesk.outline;
    if (!want) { return false; }
    Object.keys(idesk.basemaps).forEach(function (k) {
      if (idesk.basemaps[k] !== want && idesk.map.hasLayer(idesk.basemaps[k])) {
        idesk.map.removeLayer(idesk.basemaps[k]);
      }
    });
    if (want !== idesk.outline && idesk.map.hasLayer(idesk.outline)) {
      idesk.map.removeLayer(idesk.outline);
    }
    if (!idesk.map.hasLayer(want)) { idesk.map.addLayer(want); }
    landFill(want === idesk.outline);
    return true;
  };

  /* The console's theme: "dark" or "light". Returns the theme applied. */
  idesk.setTheme = function (name) {
    var t = THEMES[name] || THEMES.light;
    idesk.theme = THEMES[name] ? name : "light";
    if (idesk.map) {
      var container = idesk.map.getContainer();
      container.style.background = t.sea;
      container.classList.toggle("idesk-theme-dark", idesk.theme === "dark");
    }
    (idesk.countryLayers || []).forEach(function (layer) {
      layer.setStyle({ color: t.border, fillColor: t.land });
    });
    if (idesk.fineBorders) { idesk.fineBorders.setStyle({ color: t.fineBorder }); }
    if (idesk.places) { idesk.places.redraw(); }
    return idesk.theme;
  };

  /* The selected incident, pinned: a ring and its key on a pane above the clusters, so it
   * stays visible (and named) even while its marker sits inside a cluster. */
  idesk.selectedId = null;
  var RING_RADIUS = 15, RING_WEIGHT = 3, PIN_OFFSET = 14;  // the key starts past the ring
  function pinText(p) { return String(p.key || p.label || p.id); }
  function refreshSelection() {
    if (!idesk.selection) { return false; }
    var had = idesk.selection.getLayers().length > 0;
    idesk.selection.clearLayers();
    var item = idesk.selectedId ? idesk.items.get(idesk.selectedId) : null;
    if (!item || item.kind !== "incident") {
      if (had && idesk.places) { idesk.places.redraw(); }  // the names it covered come back
      return false;
    }
    var p = item.feature.properties;
    var ring = L.circleMarker(item.layer.getLatLng(), {
      radius: RING_RADIUS, color: "#00b8d4", weight: RING_WEIGHT, opacity: 1, fill: false,
      interactive: false, pane: "idesk-selection", className: "idesk-selected"
    });
    ring.bindTooltip(escapeHtml(pinText(p)), {
      permanent: true, direction: "right", offset: [PIN_OFFSET, 0], className: "idesk-pin",
      pane: "idesk-selection-labels"
    });
    idesk.selection.addLayer(ring);
    if (idesk.places) { idesk.places.redraw(); }  // no place name under the key
    return true;
  }
  /* Pin the incident with this id (null: none). Returns whether it is on the map. */
  idesk.select = function (id) {
    idesk.selectedId = id == null ? null : String(id);
    return refreshSelection();
  };
  idesk.pinnedKey = function () {
    var found = null;
    if (idesk.selection) {
      idesk.selection.eachLayer(function (l) {
        var t = l.getTooltip && l.getTooltip();
        if (t && t.isOpen()) { found = t.getElement().textContent; }
      });
    }
    return found;
  };

  /* Tooltips stay inside the map: Leaflet places them left or right of the point ("auto");
   * what still sticks out (a long label near an edge, or the top or bottom) is shifted back. */
  var MARGIN = 4;
  function keepInside(tooltip) {
    var el = tooltip.getElement && tooltip.getElement();
    if (!el || !idesk.map || !el.parentNode) { return; }
    el.style.marginLeft = "0px"; el.style.marginTop = "0px";
    var box = idesk.map.getContainer().getBoundingClientRect(), r = el.getBoundingClientRect();
    var dx = 0, dy = 0;
    if (r.right > box.right - MARGIN) { dx = box.right - MARGIN - r.right; }
    if (r.left + dx < box.left + MARGIN) { dx = box.left + MARGIN - r.left; }
    if (r.bottom > box.bottom - MARGIN) { dy = box.bottom - MARGIN - r.bottom; }
    if (r.top + dy < box.top + MARGIN) { dy = box.top + MARGIN - r.top; }
    if (dx) { el.style.marginLeft = dx + "px"; }
    if (dy) { el.style.marginTop = dy + "px"; }
  }
  var setTooltipPosition = L.Tooltip.prototype._setPosition;
  L.Tooltip.prototype._setPosition = function (pos) {
    setTooltipPosition.call(this, pos);
    keepInside(this);
  };

  /* Labels by zoom: unit callsigns from LABEL_ZOOM on (below it they would pile up). */
  var LABEL_ZOOM = 7;
  function zoomClasses(map) {
    var c = map.getContainer(), z = map.getZoom();
    c.classList.toggle("idesk-labels-off", z < LABEL_ZOOM);
    c.setAttribute("data-zoom", String(Math.round(z)));
  }

  /* Called once by the folium-built shell with the map and its layer control. */
  idesk.init = function (map, control, options) {
    options = options || {};
    idesk.map = map;
    map.setMinZoom(2);
    map.setMaxZoom(18);  // markercluster needs a maxZoom; folium's shell leaves it unset
    addHatchPattern();
    map.createPane("idesk-countries").style.zIndex = 250;
    map.createPane("idesk-borders").style.zIndex = 260;
    map.createPane("idesk-places").style.zIndex = 390;
    map.getPane("idesk-places").style.pointerEvents = "none";
    map.createPane("idesk-selection").style.zIndex = 640;
    map.createPane("idesk-selection-labels").style.zIndex = 660;
    map.getPane("idesk-selection").style.pointerEvents = "none";
    idesk.selection = L.layerGroup().addTo(map);
    map.on("zoomend", function () { zoomClasses(map); });
    zoomClasses(map);
    var clusterOptions = { chunkedLoading: false, showCoverageOnHover: false,
                           spiderfyOnMaxZoom: true, disableClusteringAtZoom: 13 };
    idesk.countries = countriesLayer(map).addTo(map);
    idesk.places = new PlaceLabels(window.IDESK_PLACES || []).addTo(map);
    showCredit();  // the licences of the shipped data ask for their names in the corner
    idesk.areas = L.featureGroup().addTo(map);
    idesk.units = L.markerClusterGroup(Object.assign(
      { maxClusterRadius: 40, iconCreateFunction: unitClusterIcon }, clusterOptions)).addTo(map);
    idesk.incidents = L.markerClusterGroup(Object.assign(
      { maxClusterRadius: 60, iconCreateFunction: incidentClusterIcon }, clusterOptions)).addTo(map);
    idesk.control = control;
    idesk.outline = L.layerGroup();
    if (options.hasTiles) { landFill(false); }  // an agency tile server is the base map
    else { idesk.outline.addTo(map); }
    control.addBaseLayer(idesk.outline, "Outline map (offline)");
    map.on("baselayerchange", function (e) { landFill(e.layer === idesk.outline); });
    control.addOverlay(idesk.countries, "Country boundaries (offline)");
    control.addOverlay(idesk.places, "Place names (offline)");
    control.addOverlay(idesk.areas, "CAP areas");
    control.addOverlay(idesk.units, "Units");
    control.addOverlay(idesk.incidents, "Incidents");
    var lastCursor = 0;
    map.on("mousemove", function (e) {
      var now = performance.now();
      if (now - lastCursor < 50) { return; }
      lastCursor = now;
      bridgeCall("on_cursor", [e.latlng.lat, L.Util.wrapNum(e.latlng.lng, [-180, 180], true)]);
    });
    map.on("contextmenu", function (e) {
      if (draw) { return; }
      bridgeCall("on_context_menu", [e.latlng.lat, e.latlng.lng]);
    });
    map.on("click", drawClick);
    map.on("dblclick", function () { if (draw) { finishDraw(); } });
    map.on("mousemove", function (e) { if (draw) { preview(e.latlng); } });
    document.addEventListener("keydown", drawKeys);
    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
      new QWebChannel(window.qt.webChannelTransport, function (channel) {
        idesk.bridge = channel.objects.idesk_bridge || null;
        if (!idesk.bridge) { console.error("idesk: no idesk_bridge object on the web channel"); return; }
        var calls = pendingCalls; pendingCalls = [];
        calls.forEach(function (c) { bridgeCall(c[0], c[1]); });
        idesk.bridgeReady = true;
      });
    }
    idesk.ready = true;
  };
})();
