/* Incident Desk live map: one layer per kind, fed by GeoJSON batches (DESIGN.md §7).
 *
 * Python calls (through runJavaScript):
 *   idesk.applyBatch({upsert: [Feature...], remove: [id...]}) -> {ms, counts}
 *   idesk.flyTo(id) -> bool, idesk.fitActive() -> bool, idesk.counts() -> {incidents, areas, units}
 * Every upserted feature has properties {id, kind: "incident"|"area"|"unit", severity, status,
 * exercise, label, ...}. All features with the same id in one batch form one item (a CAP area
 * with two polygons and a circle) and replace whatever had that id before.
 * The page calls Python back through QWebChannel object "idesk_bridge":
 *   on_feature_clicked(id), on_context_menu(lat, lon).
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
  function tooltip(p) {
    var text = escapeHtml(p.label || p.id);
    if (p.severity) { text += " · " + escapeHtml(p.severity); }
    if (p.status) { text += " · " + escapeHtml(p.status); }
    if (isExercise(p)) { text = "<b>EXERCISE</b> · " + text; }
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
    if (isExercise(p)) {
      style.color = EXERCISE_COLOUR; style.dashArray = "6 4"; style.fillColor = HATCH;
      style.fillOpacity = 0.6; style.className = "idesk-area idesk-exercise";
    }
    return style;
  };
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
  function unitIcon(p) {
    var status = String(p.status || "unknown").toLowerCase().replace(/[^a-z0-9_-]/g, "");
    var cls = "idesk-unit idesk-unit-" + status + (isExercise(p) ? " idesk-exercise" : "")
      + (p.stale ? " idesk-stale" : "");
    var text = escapeHtml(p.short || String(p.agency || "?").slice(0, 3).toUpperCase());
    return L.divIcon({
      className: cls, iconSize: [26, 16], iconAnchor: [13, 8],
      html: '<span style="background:' + agencyColour(p.agency) + '">' + text + "</span>"
    });
  }

  function bridgeCall(name, args) {
    if (idesk.bridge) { idesk.bridge[name].apply(idesk.bridge, args); }
    else { pendingCalls.push([name, args]); }
  }
  function onClick(id) { return function () { bridgeCall("on_feature_clicked", [id]); }; }

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
    layer.bindTooltip(tooltip(p), { sticky: kind === "area" });
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

  idesk.applyBatch = function (batch) {
    var t0 = performance.now();
    if (typeof batch === "string") { batch = JSON.parse(batch); }
    var removeBy = { incident: [], area: [], unit: [] };
    var addBy = { incident: [], area: [], unit: [] };
    function drop(id) {
      var item = idesk.items.get(id);
      if (item) { removeBy[item.kind].push(item.layer); idesk.items.delete(id); }
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
      if (updateInPlace(id, kind, features[0])) { restyled[kind].push(idesk.items.get(id).layer); return; }
      drop(id);
      var layer = makeLayer(kind, features);
      idesk.items.set(id, { kind: kind, layer: layer, feature: features[0] });
      addBy[kind].push(layer);
    });
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
    var ms = performance.now() - t0;
    idesk.lastBatchParts = { build: t1 - t0, remove: removeMs, restyle: restyleMs,
                             add: ms - (t1 - t0) - removeMs - restyleMs };
    idesk.lastBatchMs = ms;
    idesk.batches += 1;
    requestAnimationFrame(function () { idesk.lastRenderMs = performance.now() - t0; });
    return { ms: ms, counts: idesk.counts() };
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
      idesk.map.flyToBounds(layer.getBounds(), { maxZoom: 12, padding: [30, 30] });
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
    var bounds = L.latLngBounds([]);
    idesk.items.forEach(function (item) {
      if (item.kind === "unit" || inactive(item.feature.properties)) { return; }
      if (item.layer.getBounds) { bounds.extend(item.layer.getBounds()); }
      else { bounds.extend(item.layer.getLatLng()); }
    });
    if (!bounds.isValid()) { return false; }
    idesk.map.fitBounds(bounds, { maxZoom: 12, padding: [30, 30] });
    return true;
  };

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
    light: { sea: "#b9d3e3", land: "#f4f1ea", border: "#8a8a8a" },
    dark: { sea: "#0e1a24", land: "#283038", border: "#8fa0ad" }
  };
  idesk.theme = "light";

  function countriesLayer(map) {
    var renderer = L.canvas({ padding: 0.5 });
    var style = { color: "#8a8a8a", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 };
    function make(data) {
      return data ? L.geoJSON(data, { style: style, renderer: renderer, interactive: false,
                                     pane: "idesk-countries" }) : null;
    }
    var fine = make(window.IDESK_COUNTRIES_50M);
    var coarse = make(window.IDESK_COUNTRIES_110M) || fine;
    fine = fine || coarse;
    idesk.countryLayers = [fine, coarse].filter(function (l) { return l; });
    var group = L.layerGroup();
    function pick() {
      if (!fine) { return; }
      var want = map.getZoom() < 4 ? coarse : fine;
      var other = want === fine ? coarse : fine;
      if (other !== want && group.hasLayer(other)) { group.removeLayer(other); }
      if (!group.hasLayer(want)) { group.addLayer(want); }
    }
    map.on("zoomend", pick);
    pick();
    return group;
  }

  /* The console's theme: "dark" or "light". Returns the theme applied. */
  idesk.setTheme = function (name) {
    var t = THEMES[name] || THEMES.light;
    idesk.theme = THEMES[name] ? name : "light";
    if (idesk.map) { idesk.map.getContainer().style.background = t.sea; }
    (idesk.countryLayers || []).forEach(function (layer) {
      layer.setStyle({ color: t.border, fillColor: t.land });
    });
    return idesk.theme;
  };

  /* Called once by the folium-built shell with the map and its layer control. */
  idesk.init = function (map, control, options) {
    options = options || {};
    idesk.map = map;
    map.setMinZoom(2);
    map.setMaxZoom(18);  // markercluster needs a maxZoom; folium's shell leaves it unset
    addHatchPattern();
    map.createPane("idesk-countries").style.zIndex = 250;
    var clusterOptions = { chunkedLoading: false, showCoverageOnHover: false,
                           spiderfyOnMaxZoom: true, disableClusteringAtZoom: 13 };
    idesk.countries = countriesLayer(map).addTo(map);
    idesk.areas = L.featureGroup().addTo(map);
    idesk.units = L.markerClusterGroup(Object.assign(
      { maxClusterRadius: 40, iconCreateFunction: unitClusterIcon }, clusterOptions)).addTo(map);
    idesk.incidents = L.markerClusterGroup(Object.assign(
      { maxClusterRadius: 60, iconCreateFunction: incidentClusterIcon }, clusterOptions)).addTo(map);
    control.addOverlay(idesk.countries, "Country boundaries (offline)");
    control.addOverlay(idesk.areas, "CAP areas");
    control.addOverlay(idesk.units, "Units");
    control.addOverlay(idesk.incidents, "Incidents");
    map.on("contextmenu", function (e) {
      bridgeCall("on_context_menu", [e.latlng.lat, e.latlng.lng]);
    });
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
