// peristiwa's page: a map of the events the filters select, a histogram of events per day that narrows the map to
// the days brushed across it, and a panel with one event's facts, sources, claims and every report's text with the
// evidence highlighted. Plain script, no build step. Text from reports only ever goes into the page as text
// (textContent, text nodes): never as HTML.
(function () {
  'use strict';

  var TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots',
    'Strategic developments'];
  var TYPE_CLASS = {
    'Battles': 't-battles', 'Explosions/Remote violence': 't-explosions', 'Violence against civilians': 't-civilians',
    'Protests': 't-protests', 'Riots': 't-riots', 'Strategic developments': 't-strategic'
  };
  // the same colours as app.css's t-* classes, for the canvas and the cluster rings
  var TYPE_COLOUR = {
    't-battles': '#c0392b', 't-explosions': '#e67e22', 't-civilians': '#8e44ad', 't-protests': '#2471a3',
    't-riots': '#17a589', 't-strategic': '#7f8c8d', 't-none': '#b3b6b7'
  };
  var MODALITIES = ['asserted', 'claimed', 'denied', 'threatened', 'planned', 'background'];
  var SOURCE_KINDS = ['independent_media', 'partisan_media', 'perpetrator_affiliated', 'state_media', 'monitor',
    'local_activist', 'government', 'military', 'witness', 'publisher', 'other'];
  var FIELD_GROUP = {
    event_date: 'f-date', date_start: 'f-date', date_end: 'f-date', time_precision: 'f-date',
    event_type: 'f-type', sub_event_type: 'f-type', plover: 'f-type', modality: 'f-type',
    actor1: 'f-actor', actor2: 'f-actor', assoc_actor_1: 'f-actor', assoc_actor_2: 'f-actor', inter1: 'f-actor',
    inter2: 'f-actor', country: 'f-place', admin1: 'f-place', admin2: 'f-place', location: 'f-place',
    latitude: 'f-place', longitude: 'f-place', geo_precision: 'f-place', fatalities: 'f-fatal', targets: 'f-type'
  };
  var LIST_MAX = 200;
  var DAY = 86400000;

  var state = {
    config: null, features: [], total: 0, range: null, days: [], map: null, cluster: null,
    markers: {}, request: 0, open: null
  };

  // ---- small helpers -----------------------------------------------------------------------------------------

  /** An element with attributes (set as properties or attributes, never as HTML) and children (strings become text). */
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.indexOf('on') === 0) e.addEventListener(k.substring(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function append(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(parent, c); });
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function $(id) {
    return document.getElementById(id);
  }

  function typeClass(type) {
    return TYPE_CLASS[type] || 't-none';
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
        return body;
      });
    });
  }

  function showError(message) {
    var e = $('error');
    e.textContent = message || '';
    e.hidden = !message;
  }

  function dayOf(iso) {
    if (!iso || iso.length < 10) return null;
    var t = Date.parse(iso.substring(0, 10) + 'T00:00:00Z');
    return isNaN(t) ? null : Math.floor(t / DAY);
  }

  function isoDay(day) {
    return new Date(day * DAY).toISOString().substring(0, 10);
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  /** Only http(s) addresses become links; anything else (javascript:, data:) stays text. */
  function safeUrl(u) {
    return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null;
  }

  // ---- filters -----------------------------------------------------------------------------------------------

  function fillSelect(select, values, label) {
    values.forEach(function (v) {
      select.appendChild(el('option', { value: v }, label ? label(v) : v));
    });
  }

  function filterParams() {
    var form = $('filters');
    var params = new URLSearchParams();
    ['type', 'country', 'actor', 'modality', 'source_kind', 'from', 'to'].forEach(function (name) {
      var v = form.elements[name].value.trim();
      if (v) params.set(name, v);
    });
    return params;
  }

  function setUpFilters(stats) {
    var form = $('filters');
    fillSelect(form.elements.type, TYPES);
    var countries = Object.keys(stats.by_country || {}).filter(function (c) { return c !== 'unknown'; }).sort();
    fillSelect(form.elements.country, countries, function (c) { return c + ' (' + stats.by_country[c] + ')'; });
    fillSelect(form.elements.modality, MODALITIES);
    fillSelect(form.elements.source_kind, SOURCE_KINDS, function (k) { return k.replace(/_/g, ' '); });
    var timer = null;
    form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
    form.addEventListener('change', function () { load(); });
    form.elements.actor.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(load, 350);
    });
    form.addEventListener('reset', function () { setTimeout(load, 0); });
    var toggle = $('filters-toggle');
    toggle.addEventListener('click', function () {
      var open = !document.body.classList.contains('filters-open');
      document.body.classList.toggle('filters-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    });
  }

  // ---- the map -----------------------------------------------------------------------------------------------

  function setUpMap(config) {
    var map = L.map('map', { worldCopyJump: true, minZoom: 1, zoomControl: true }).setView([10, 60], 2);
    state.map = map;
    var grid = graticule(map);
    if (config.tiles) {
      var failed = false;
      var tiles = L.tileLayer(config.tiles, { maxZoom: 18, attribution: escapeText(config.tile_attribution || '') });
      tiles.on('tileerror', function () {
        if (failed) return;
        failed = true;
        grid.addTo(map);
        note('The map tiles could not be loaded: the events are shown on a plain grid.');
      });
      tiles.addTo(map);
    } else {
      grid.addTo(map);
    }
    state.cluster = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon
    });
    map.addLayer(state.cluster);
  }

  /**
   * Lines of latitude and longitude, closer together as the map zooms in: something to read positions by when there
   * are no tiles. Redrawn for the part of the world in view after each move.
   */
  function graticule(map) {
    var layer = L.layerGroup();
    function draw() {
      layer.clearLayers();
      var z = map.getZoom();
      var step = z < 3 ? 15 : z < 5 ? 5 : z < 7 ? 1 : z < 9 ? 0.25 : z < 12 ? 0.05 : 0.01;
      var b = map.getBounds().pad(0.5);
      var south = Math.max(-85, b.getSouth()), north = Math.min(85, b.getNorth());
      var style = function (v) {
        return { color: v === 0 ? '#8fa3b0' : '#b9c4cc', weight: v === 0 ? 2 : 1, interactive: false };
      };
      var view = map.getBounds();
      // label only as many lines as there is room for, and keep clear of the controls and the attribution
      var size = map.getSize();
      var attribution = map.getContainer().querySelector('.leaflet-control-attribution');
      var right = size.x - (attribution ? attribution.offsetWidth + 36 : 36);
      var centre = map.getCenter();
      var dx = Math.abs(map.latLngToContainerPoint([centre.lat, step]).x - map.latLngToContainerPoint([centre.lat, 0]).x);
      var dy = Math.abs(map.latLngToContainerPoint([Math.min(84, centre.lat + step), 0]).y - map.latLngToContainerPoint([centre.lat, 0]).y);
      var lonEvery = Math.max(1, Math.ceil(72 / Math.max(dx, 1))), latEvery = Math.max(1, Math.ceil(24 / Math.max(dy, 1)));
      for (var i = Math.ceil(b.getWest() / step); i <= Math.floor(b.getEast() / step); i++) {
        layer.addLayer(L.polyline([[south, i * step], [north, i * step]], style(i)));
        var x = map.latLngToContainerPoint([centre.lat, i * step]).x;
        if (i % lonEvery === 0 && x > 30 && x < right) label([view.getSouth(), i * step], degrees(i * step, 'E', 'W'), 'grid-label lon');
      }
      for (var j = Math.ceil(south / step); j <= Math.floor(north / step); j++) {
        layer.addLayer(L.polyline([[j * step, b.getWest()], [j * step, b.getEast()]], style(j)));
        var y = map.latLngToContainerPoint([j * step, centre.lng]).y;
        if (j % latEvery === 0 && y > 64 && y < size.y - 30) label([j * step, view.getEast()], degrees(j * step, 'N', 'S'), 'grid-label lat');
      }
    }
    function label(at, text, className) {
      var tag = el('span', { text: text });
      layer.addLayer(L.marker(at, { icon: L.divIcon({ html: tag, className: className, iconSize: null }), interactive: false, keyboard: false }));
    }
    function degrees(v, positive, negative) {
      var wrapped = ((v + 540) % 360) - 180;
      var n = Math.abs(Math.round(wrapped * 100) / 100);
      return n === 0 ? '0°' : n + '°' + (wrapped > 0 ? positive : negative);
    }
    layer.on('add', function () {
      map.on('moveend', draw);
      draw();
    });
    return layer;
  }

  /** Leaflet writes the attribution as HTML: the configured text goes in escaped. */
  function escapeText(s) {
    var d = document.createElement('div');
    d.textContent = s;
    return d.innerHTML;
  }

  function note(message) {
    var n = $('map-note');
    n.textContent = message;
    n.hidden = false;
  }

  function markerIcon(type) {
    return L.divIcon({ className: 'ev-marker ' + typeClass(type), iconSize: [14, 14] });
  }

  /** A cluster's ring shows its event types in their shares; the count in the middle. */
  function clusterIcon(cluster) {
    var counts = {};
    var children = cluster.getAllChildMarkers();
    children.forEach(function (m) {
      var c = typeClass(m.options.eventType);
      counts[c] = (counts[c] || 0) + 1;
    });
    var stops = [];
    var at = 0;
    Object.keys(counts).sort().forEach(function (c) {
      var next = at + counts[c] / children.length * 360;
      stops.push(TYPE_COLOUR[c] + ' ' + at.toFixed(1) + 'deg ' + next.toFixed(1) + 'deg');
      at = next;
    });
    var ring = el('div', { class: 'ev-cluster-ring' }, el('span', { text: String(children.length) }));
    ring.style.background = 'conic-gradient(' + stops.join(', ') + ')';
    var size = children.length < 10 ? 30 : children.length < 100 ? 36 : 44;
    return L.divIcon({ html: ring, className: 'ev-cluster', iconSize: L.point(size, size) });
  }

  function drawMarkers() {
    state.cluster.clearLayers();
    state.markers = {};
    var shown = visibleFeatures();
    var layers = [];
    shown.forEach(function (f) {
      if (!f.geometry) return;
      var p = f.properties;
      var c = f.geometry.coordinates;
      var m = L.marker([c[1], c[0]], {
        icon: markerIcon(p.event_type), eventType: p.event_type, keyboard: true,
        title: (p.sub_event_type || p.event_type || 'event') + ', ' + (p.location || p.country || '') + ', ' + (p.event_date || '')
      });
      m.on('click', function () { openEvent(p.event_id); });
      state.markers[p.event_id] = m;
      layers.push(m);
    });
    state.cluster.addLayers(layers);
    var located = layers.length;
    var s = plural(shown.length, 'event', 'events') + (state.range ? ' on the days chosen' : '') + ', ' + located + ' on the map';
    if (state.total > state.features.length) s += ' (the ' + state.features.length + ' newest of ' + state.total + ')';
    $('summary').textContent = s;
    drawList(shown);
    return layers;
  }

  function fitToMarkers(layers) {
    if (!layers.length) return;
    var bounds = L.latLngBounds(layers.map(function (m) { return m.getLatLng(); }));
    state.map.fitBounds(bounds.pad(0.25), { maxZoom: 7, animate: false });
  }

  function visibleFeatures() {
    if (!state.range) return state.features;
    var lo = state.range[0], hi = state.range[1];
    return state.features.filter(function (f) {
      var d = dayOf(f.properties.event_date);
      return d !== null && d >= lo && d <= hi;
    });
  }

  // ---- loading -----------------------------------------------------------------------------------------------

  function load() {
    var mine = ++state.request;
    var params = filterParams();
    params.set('format', 'geojson');
    params.set('limit', String(state.config.max_events_per_page || 5000));
    $('summary').textContent = 'Loading events…';
    document.body.classList.remove('ready');
    return getJson('/api/events?' + params.toString()).then(function (fc) {
      if (mine !== state.request) return;
      showError(null);
      state.features = fc.features || [];
      state.total = fc.total || 0;
      state.range = null;
      fitToMarkers(drawMarkers());
      drawHistogram();
      document.body.classList.add('ready');
    }).catch(function (e) {
      if (mine !== state.request) return;
      showError('Could not load the events: ' + e.message);
      $('summary').textContent = '';
      document.body.classList.add('ready');
    });
  }

  // ---- the list ----------------------------------------------------------------------------------------------

  function drawList(features) {
    var list = $('event-list');
    clear(list);
    $('list-title').textContent = features.length > LIST_MAX
      ? 'The ' + LIST_MAX + ' newest of ' + features.length + ' events' : plural(features.length, 'event', 'events');
    features.slice(0, LIST_MAX).forEach(function (f) {
      var p = f.properties;
      list.appendChild(el('li', null, el('button', {
        type: 'button', class: 'event-item', 'data-event-id': p.event_id, onclick: function () { openEvent(p.event_id); }
      }, el('span', { class: 'dot ' + typeClass(p.event_type), 'aria-hidden': 'true' }),
      el('span', { class: 'item-date', text: p.event_date || 'undated' }),
      el('span', { class: 'item-what', text: p.sub_event_type || p.event_type || 'event' }),
      el('span', { class: 'item-where', text: [p.location, p.country].filter(Boolean).join(', ') }))));
    });
  }

  // ---- the histogram -----------------------------------------------------------------------------------------

  function drawLegend() {
    var legend = $('legend');
    TYPES.concat(['other']).forEach(function (t) {
      legend.appendChild(el('li', null, el('span', { class: 'dot ' + (TYPE_CLASS[t] || 't-none'), 'aria-hidden': 'true' }), t));
    });
  }

  function histogramDays() {
    var days = state.features.map(function (f) { return dayOf(f.properties.event_date); }).filter(function (d) { return d !== null; });
    if (!days.length) return null;
    var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    lo -= 1;
    hi += 1;
    var bins = [];
    for (var d = lo; d <= hi; d++) bins.push({});
    state.features.forEach(function (f) {
      var d = dayOf(f.properties.event_date);
      if (d === null) return;
      var b = bins[d - lo];
      var c = typeClass(f.properties.event_type);
      b[c] = (b[c] || 0) + 1;
    });
    return { lo: lo, hi: hi, bins: bins };
  }

  function canvasSize(canvas) {
    var ratio = window.devicePixelRatio || 1;
    var w = canvas.clientWidth, h = canvas.clientHeight;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
    }
    var ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return { ctx: ctx, w: w, h: h };
  }

  var AXIS = 16;

  function drawHistogram(selecting) {
    var canvas = $('histogram');
    var c = canvasSize(canvas);
    var ctx = c.ctx;
    ctx.clearRect(0, 0, c.w, c.h);
    var h = state.hist = histogramDays();
    if (!h) {
      ctx.fillStyle = '#6b7780';
      ctx.font = '12px sans-serif';
      ctx.fillText('No dated events', 8, 18);
      return;
    }
    var n = h.bins.length;
    var max = 1;
    h.bins.forEach(function (b) {
      var t = 0;
      Object.keys(b).forEach(function (k) { t += b[k]; });
      max = Math.max(max, t);
    });
    var plotH = c.h - AXIS - 4;
    var bw = c.w / n;
    var range = selecting || state.range;
    if (range) {
      ctx.fillStyle = 'rgba(36, 113, 163, 0.15)';
      var x0 = (Math.min(range[0], range[1]) - h.lo) * bw, x1 = (Math.max(range[0], range[1]) - h.lo + 1) * bw;
      ctx.fillRect(x0, 0, x1 - x0, plotH + 4);
    }
    h.bins.forEach(function (b, i) {
      var y = plotH + 4;
      Object.keys(TYPE_COLOUR).forEach(function (k) {
        if (!b[k]) return;
        var bh = b[k] / max * plotH;
        ctx.fillStyle = TYPE_COLOUR[k];
        ctx.fillRect(i * bw + (bw > 3 ? 0.5 : 0), y - bh, Math.max(2, bw - (bw > 3 ? 1 : 0)), bh);
        y -= bh;
      });
    });
    ctx.fillStyle = '#4d5860';
    ctx.font = '11px sans-serif';
    ctx.textBaseline = 'bottom';
    ctx.fillText(isoDay(h.lo + 1), 2, c.h);
    var last = isoDay(h.hi - 1);
    ctx.fillText(last, c.w - ctx.measureText(last).width - 2, c.h);
    ctx.textBaseline = 'top';
    ctx.fillText('max ' + max + '/day', 2, 2);
  }

  function setUpBrush() {
    var canvas = $('histogram');
    var start = null;
    function dayAt(e) {
      var r = canvas.getBoundingClientRect();
      var h = state.hist;
      var i = Math.floor((e.clientX - r.left) / r.width * h.bins.length);
      return h.lo + Math.max(0, Math.min(h.bins.length - 1, i));
    }
    canvas.addEventListener('pointerdown', function (e) {
      if (!state.hist) return;
      start = dayAt(e);
      canvas.setPointerCapture(e.pointerId);
      drawHistogram([start, start]);
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (start === null) return;
      drawHistogram([start, dayAt(e)]);
    });
    function finish(e) {
      if (start === null) return;
      var end = dayAt(e);
      var r = [Math.min(start, end), Math.max(start, end)];
      start = null;
      setRange(r);
    }
    canvas.addEventListener('pointerup', finish);
    canvas.addEventListener('pointercancel', function () { start = null; drawHistogram(); });
    $('range-clear').addEventListener('click', function () { setRange(null); });
    window.addEventListener('resize', function () { drawHistogram(); });
  }

  function setRange(range) {
    state.range = range;
    $('range').textContent = range ? (range[0] === range[1] ? isoDay(range[0]) : isoDay(range[0]) + ' – ' + isoDay(range[1])) : '';
    $('range-clear').hidden = !range;
    drawMarkers();
    drawHistogram();
  }

  // ---- one event ---------------------------------------------------------------------------------------------

  function openEvent(id) {
    state.open = id;
    return getJson('/api/events/' + encodeURIComponent(id)).then(function (detail) {
      if (state.open !== id) return;
      showEvent(detail);
    }).catch(function (e) { showError('Could not open the event: ' + e.message); });
  }

  function closeEvent() {
    state.open = null;
    $('event-view').hidden = true;
    $('list-view').hidden = false;
    document.body.classList.remove('event-open');
  }

  function fact(dl, term, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', { text: term }));
    dl.appendChild(el('dd', null, value));
  }

  function showEvent(detail) {
    var ev = detail.event, r = ev.record;
    $('list-view').hidden = true;
    var view = $('event-view');
    view.hidden = false;
    view.setAttribute('data-event-id', ev.event_id);
    document.body.classList.add('event-open');
    $('event-title').textContent = r.sub_event_type || r.event_type || 'Event';
    var facts = $('event-facts');
    clear(facts);
    fact(facts, 'Type', el('span', null, el('span', { class: 'dot ' + typeClass(r.event_type), 'aria-hidden': 'true' }), r.event_type || 'none'));
    fact(facts, 'Date', (r.event_date || 'unknown') + (r.date_start ? ' (from ' + r.date_start + ')' : '')
      + (r.time_precision > 1 ? (r.time_precision === 2 ? ', approximate' : ', month only') : ''));
    fact(facts, 'Place', [r.location, r.admin2 !== r.location ? r.admin2 : null, r.admin1, r.country].filter(Boolean).join(', ')
      + (r.geo_precision ? ' (precision ' + r.geo_precision + ')' : ''));
    fact(facts, 'Actors', [r.actor1, r.actor2].filter(Boolean).join(' vs ') || null);
    fact(facts, 'Fatalities', (r.fatalities === undefined ? 'none given' : String(r.fatalities))
      + (ev.fatalities_basis === 'claim' ? ' (a perpetrator\'s claim)' : '')
      + (ev.fatalities_min !== undefined && ev.fatalities_min !== ev.fatalities_max ? ' (reports: ' + ev.fatalities_min + '–' + ev.fatalities_max + ')' : ''));
    fact(facts, 'Modality', r.modality);
    fact(facts, 'Reports', ev.num_reports + ' report(s), ' + ev.num_sources + ' source(s)');
    if (r.targets && r.targets.length) fact(facts, 'Targets', r.targets.join(', '));

    var sources = $('event-sources');
    clear(sources);
    (r.sources || []).forEach(function (s) {
      sources.appendChild(el('li', null, el('strong', { text: s.name }), ' ',
        el('span', { class: 'kind', text: (s.source_kind || 'other').replace(/_/g, ' ') }),
        s.via ? ' via ' + s.via : null, s.affiliation ? ' (' + s.affiliation + ')' : null));
    });
    if (!sources.firstChild) sources.appendChild(el('li', { class: 'none', text: 'none named' }));

    var claims = $('event-claims');
    clear(claims);
    (r.claims || []).forEach(function (c) {
      claims.appendChild(el('li', null, el('span', { class: 'claim-field', text: c.field + (c.value !== undefined ? ' ' + c.value : '') }),
        c.claim ? ' “' + c.claim + '”' : null, c.source ? ' — ' + c.source : null,
        c.source_kind ? el('span', { class: 'kind', text: c.source_kind.replace(/_/g, ' ') }) : null));
    });
    if (!claims.firstChild) claims.appendChild(el('li', { class: 'none', text: 'none' }));

    var reports = $('event-reports');
    clear(reports);
    var texts = {};
    (detail.reports || []).forEach(function (rep) { texts[rep.report_id] = rep; });
    detail.mentions.forEach(function (m) {
      reports.appendChild(reportBlock(m, texts[m.report_id], ev.chosen_from || {}));
    });
    var marker = state.markers[ev.event_id];
    if (marker && state.map) {
      state.cluster.zoomToShowLayer(marker, function () { marker.getElement() && marker.getElement().classList.add('selected'); });
    }
  }

  function metaValue(rep, name) {
    var v = rep && rep.metadata && rep.metadata[name];
    return v && typeof v.value === 'string' ? v.value : null;
  }

  function reportBlock(mention, rep, chosenFrom) {
    var title = metaValue(rep, 'title') || 'Report ' + mention.report_id;
    var url = safeUrl((rep && rep.url) || mention.url);
    var gave = Object.keys(chosenFrom).filter(function (f) { return chosenFrom[f] === mention.mention_id; });
    var spans = evidenceSpans(mention.record, rep ? rep.text : '');
    var block = el('section', { class: 'report', 'data-report-id': mention.report_id },
      el('h4', { text: title }),
      el('p', { class: 'report-meta' },
        [metaValue(rep, 'outlet') || mention.publisher, metaValue(rep, 'published'), rep && rep.language].filter(Boolean).join(' · '),
        url ? [' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', text: 'source page' })] : null),
      gave.length ? el('p', { class: 'gave', text: 'The event takes from this report: ' + gave.join(', ') }) : null,
      el('p', { class: 'span-count', text: plural(spans.shown.length, 'evidence span', 'evidence spans') + ' highlighted'
        + (spans.skipped ? ', ' + spans.skipped + ' that do not match the text left out' : '') }),
      highlightedText(rep ? rep.text : '', spans.shown));
    return block;
  }

  /**
   * The spans of one mention's evidence, each once with every label it supports: the record's fields, its sources and
   * its claims. A span whose quote is not the text at its offsets (UTF-16, as JavaScript strings count) is left out.
   */
  function evidenceSpans(record, text) {
    var byKey = {}, shown = [], skipped = 0;
    function add(ev, label) {
      if (!ev || typeof ev.start !== 'number' || typeof ev.end !== 'number' || ev.end <= ev.start) return;
      if (ev.end > text.length || text.substring(ev.start, ev.end) !== ev.quote) { skipped++; return; }
      var key = ev.start + ':' + ev.end;
      var s = byKey[key];
      if (!s) {
        s = byKey[key] = { start: ev.start, end: ev.end, labels: [], rules: [] };
        shown.push(s);
      }
      if (s.labels.indexOf(label) < 0) s.labels.push(label);
      if (ev.rule && s.rules.indexOf(ev.rule) < 0) s.rules.push(ev.rule);
    }
    var evidence = record.evidence || {};
    Object.keys(evidence).forEach(function (field) {
      (evidence[field] || []).forEach(function (ev) { add(ev, field); });
    });
    (record.sources || []).forEach(function (s) { add(s.evidence, 'source'); });
    (record.claims || []).forEach(function (c) { add(c.evidence, 'claim'); });
    shown.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    return { shown: shown, skipped: skipped };
  }

  function groupOf(label) {
    if (label === 'source') return 'f-source';
    if (label === 'claim') return 'f-claim';
    return FIELD_GROUP[label] || 'f-other';
  }

  /**
   * The report's text with its evidence marked: the text is cut at every span's start and end; each piece is a text
   * node, inside a mark when spans cover it (coloured by the innermost span's field, deeper when spans nest), and a
   * label naming the fields goes before each span's first piece.
   */
  function highlightedText(text, spans) {
    var out = el('div', { class: 'report-text' });
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      spans.forEach(function (s) {
        if (s.start === a) {
          out.appendChild(el('span', { class: 'ev-label ' + groupOf(s.labels[0]), title: s.rules.join('\n'), text: s.labels.join(' · ') }));
        }
      });
      var covering = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var piece = text.substring(a, b);
      if (!covering.length) {
        out.appendChild(document.createTextNode(piece));
        continue;
      }
      var inner = covering.reduce(function (x, y) { return (y.end - y.start) < (x.end - x.start) ? y : x; });
      var labels = [];
      covering.forEach(function (s) { s.labels.forEach(function (l) { if (labels.indexOf(l) < 0) labels.push(l); }); });
      out.appendChild(el('mark', {
        class: 'ev ' + groupOf(inner.labels[0]) + ' depth-' + Math.min(covering.length, 3),
        'data-fields': labels.join(' '), title: labels.join(', ') + '\n' + inner.rules.join('\n'), text: piece
      }));
    }
    return out;
  }

  // ---- start -------------------------------------------------------------------------------------------------

  function start() {
    drawLegend();
    $('back').addEventListener('click', closeEvent);
    setUpBrush();
    Promise.all([getJson('/api/config'), getJson('/api/stats')]).then(function (got) {
      state.config = got[0];
      setUpFilters(got[1]);
      setUpMap(state.config);
      return load();
    }).catch(function (e) {
      showError('The server did not answer: ' + e.message);
      document.body.classList.add('ready');
    });
  }

  // for tests and for a link to one event: #event=ev-...
  window.peristiwa = { openEvent: openEvent, setRange: setRange, state: state };
  start();
  if (location.hash.indexOf('#event=') === 0) openEvent(decodeURIComponent(location.hash.substring(7)));
})();
