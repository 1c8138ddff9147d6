// Scan viewer of the mibg reader workstation (Pages/Shared/_ScanViewer.cshtml). It loads the frame list
// (/scans/{id}/image/frames) and each shown frame's values (/pixels?frame=N, little-endian float32) and windows them
// in the browser, so that window/level follows the mouse without a round trip. Anterior and posterior side by side;
// the posterior is mirrored so that the patient's right is on the viewer's left in both, as readers expect.
// Default: black on white (high uptake dark), fitted to height. Keys (none used by the scoring form, score.js; ignored
// while typing in a field): W/S level, A/D width, P presets, R reset window, I invert, +/- zoom, H/J/K/L pan, F fit.
// No inline script or style (CSP).
(function () {
  'use strict';
  var root = document.getElementById('scan-viewer');
  if (!root) return;
  var base = root.getAttribute('data-image');
  var box = document.getElementById('viewer-panes');
  var statusLine = document.getElementById('viewer-status');
  var state = { center: 0, width: 1, invert: true, zoom: 1, panX: 0, panY: 0, preset: 0 };
  var panes = [];
  var presets = [];
  var range = { min: 0, max: 1 };
  var stats = { renders: 0, lastMs: 0, totalMs: 0, maxMs: 0 };
  var windowDirty = true, scheduled = false;
  // For tests and the bench: the state, render timings, and the grey level shown for a pixel of a pane.
  window.mibgViewer = {
    state: state, stats: stats,
    grey: function (pane, x, y) { var p = panes[pane]; return p.image.data[(y * p.meta.width + x) * 4]; }
  };

  function showMessage(text, isError) {
    box.textContent = '';
    var p = document.createElement('p');
    p.id = 'viewer-message';
    p.className = 'viewer-message' + (isError ? ' error' : '');
    p.textContent = text.charAt(0).toUpperCase() + text.slice(1);
    box.appendChild(p);
    root.setAttribute('data-state', isError ? 'error' : 'loading');
  }

  function fail(response) {
    return response.json().then(function (body) { throw new Error(body && body.error ? body.error : 'HTTP ' + response.status); },
      function () { throw new Error('the image could not be loaded (HTTP ' + response.status + ')'); });
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : fail(r); });
  }

  function getValues(url, count) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.arrayBuffer() : fail(r); })
      .then(function (buffer) {
        if (buffer.byteLength !== count * 4) throw new Error('the image data is incomplete');
        return new Float32Array(buffer);
      });
  }

  // Which frames to show: the first anterior and the first posterior; otherwise the first one or two frames.
  function choose(frames) {
    var ant = frames.filter(function (f) { return f.view === 'anterior'; })[0];
    var post = frames.filter(function (f) { return f.view === 'posterior'; })[0];
    var chosen = ant && post ? [ant, post] : frames.slice(0, 2);
    return chosen.map(function (f) {
      var assumed = f.view_assumed ? ' (assumed)' : '';
      if (f.view === 'anterior') return { meta: f, mirror: false, label: 'Anterior' + assumed, sides: true };
      if (f.view === 'posterior') return { meta: f, mirror: true, label: 'Posterior, mirrored' + assumed, sides: true };
      return { meta: f, mirror: false, label: 'Frame ' + f.frame, sides: false };
    });
  }

  function makePane(p) {
    var pane = document.createElement('div');
    pane.className = 'viewer-pane';
    pane.setAttribute('data-frame', String(p.meta.frame));
    pane.setAttribute('data-view', p.meta.view);
    pane.setAttribute('data-mirrored', String(p.mirror));
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', p.label);
    pane.appendChild(canvas);
    var label = document.createElement('div');
    label.className = 'pane-label';
    label.textContent = p.label;
    pane.appendChild(label);
    if (p.sides) {
      // Anterior, and posterior mirrored: the patient's right is on the viewer's left in both.
      ['left', 'right'].forEach(function (side) {
        var mark = document.createElement('div');
        mark.className = 'side ' + side;
        mark.textContent = side === 'left' ? 'R' : 'L';
        mark.title = side === 'left' ? "patient's right" : "patient's left";
        pane.appendChild(mark);
      });
    }
    box.appendChild(pane);
    p.pane = pane;
    p.canvas = canvas;
    p.ctx = canvas.getContext('2d');
    p.buffer = document.createElement('canvas');
    p.buffer.width = p.meta.width;
    p.buffer.height = p.meta.height;
    p.bufferCtx = p.buffer.getContext('2d');
    p.image = p.bufferCtx.createImageData(p.meta.width, p.meta.height);
    for (var i = 3; i < p.image.data.length; i += 4) p.image.data[i] = 255;
    attachPointer(canvas);
  }

  // Window to grey: linear, as the server's PNG (docs: src/Mibg.Web/README.md, "Scan images").
  function windowPane(p) {
    var low = state.center - state.width / 2, k = 255 / state.width, v = p.values, d = p.image.data, inv = state.invert;
    for (var i = 0, j = 0; i < v.length; i++, j += 4) {
      var g = (v[i] - low) * k;
      if (inv) g = 255 - g;
      d[j] = g; d[j + 1] = g; d[j + 2] = g; // Uint8ClampedArray rounds and clamps
    }
    p.bufferCtx.putImageData(p.image, 0, 0);
  }

  function drawPane(p) {
    var ratio = window.devicePixelRatio || 1;
    var w = Math.max(1, Math.round(p.canvas.clientWidth * ratio)), h = Math.max(1, Math.round(p.canvas.clientHeight * ratio));
    if (p.canvas.width !== w || p.canvas.height !== h) { p.canvas.width = w; p.canvas.height = h; }
    var ctx = p.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = state.invert ? '#fff' : '#000';
    ctx.fillRect(0, 0, w, h);
    var scale = h / p.meta.height * state.zoom; // zoom 1 = the whole body fits the height
    ctx.translate(w / 2 + state.panX * ratio, h / 2 + state.panY * ratio);
    ctx.scale(p.mirror ? -scale : scale, scale);
    ctx.imageSmoothingEnabled = scale < 3;
    ctx.drawImage(p.buffer, -p.meta.width / 2, -p.meta.height / 2);
    p.pane.classList.toggle('dark', !state.invert);
  }

  function render() {
    scheduled = false;
    var t0 = performance.now();
    panes.forEach(function (p) { if (windowDirty) windowPane(p); drawPane(p); });
    windowDirty = false;
    var ms = performance.now() - t0;
    stats.renders += 1; stats.lastMs = ms; stats.totalMs += ms; stats.maxMs = Math.max(stats.maxMs, ms);
    var preset = presets[state.preset];
    statusLine.textContent = 'W ' + round(state.width) + ' · L ' + round(state.center) +
      (preset && preset.applied ? ' (' + preset.name + ')' : '') + ' · ' + (state.invert ? 'black on white' : 'white on black') +
      ' · zoom ' + Math.round(state.zoom * 100) + '%';
    root.setAttribute('data-center', String(state.center));
    root.setAttribute('data-width', String(state.width));
    root.setAttribute('data-invert', String(state.invert));
    root.setAttribute('data-zoom', String(state.zoom));
  }

  function round(x) { return Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10) / 10; }

  function update(windowChanged) {
    if (windowChanged) { windowDirty = true; presets.forEach(function (p) { p.applied = false; }); }
    if (!scheduled) { scheduled = true; requestAnimationFrame(render); }
  }

  function applyPreset(i) {
    state.preset = (i + presets.length) % presets.length;
    var p = presets[state.preset];
    state.center = p.center; state.width = p.width;
    update(true);
    p.applied = true;
  }

  // Presets relative to the shown frames' range: counts differ from scan to scan.
  function makePresets(first) {
    var span = Math.max(range.max - range.min, 1e-6);
    function upTo(fraction, name) { return { name: name, center: range.min + span * fraction / 2, width: span * fraction }; }
    presets = [];
    if (first.window_recorded) presets.push({ name: 'as recorded', center: first.window.center, width: first.window.width });
    presets.push(upTo(1, 'full range'), upTo(0.5, 'top half saturated'), upTo(0.2, 'faint uptake'), upTo(0.08, 'very faint uptake'));
  }

  var levelStep = function () { return (range.max - range.min) * 0.02 || 1; };

  function attachPointer(canvas) {
    var drag = null;
    canvas.addEventListener('pointerdown', function (e) {
      drag = { x: e.clientX, y: e.clientY, pan: e.shiftKey || e.button === 1 };
      canvas.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      drag.x = e.clientX; drag.y = e.clientY;
      if (drag.pan) { state.panX += dx; state.panY += dy; update(false); return; }
      // Right: wider window; up: higher level. The step follows the frames' range.
      state.width = Math.max(levelStep() / 20, state.width + dx * levelStep() / 4);
      state.center += -dy * levelStep() / 4;
      update(true);
    });
    ['pointerup', 'pointercancel'].forEach(function (t) { canvas.addEventListener(t, function () { drag = null; }); });
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      state.zoom = clampZoom(state.zoom * Math.pow(1.15, -Math.sign(e.deltaY)));
      update(false);
    }, { passive: false });
    canvas.addEventListener('dblclick', fit);
  }

  function clampZoom(z) { return Math.min(16, Math.max(0.25, z)); }
  function fit() { state.zoom = 1; state.panX = 0; state.panY = 0; update(false); }

  function act(action) {
    switch (action) {
      case 'invert': state.invert = !state.invert; update(true); break;
      case 'preset': applyPreset(state.preset + 1); break;
      case 'reset': applyPreset(0); break;
      case 'fit': fit(); break;
      case 'zoom-in': state.zoom = clampZoom(state.zoom * 1.25); update(false); break;
      case 'zoom-out': state.zoom = clampZoom(state.zoom / 1.25); update(false); break;
      case 'level-up': state.center += levelStep(); update(true); break;
      case 'level-down': state.center -= levelStep(); update(true); break;
      case 'narrower': state.width = Math.max(levelStep() / 20, state.width / 1.15); update(true); break;
      case 'wider': state.width *= 1.15; update(true); break;
      case 'pan-left': state.panX -= 40; update(false); break;
      case 'pan-right': state.panX += 40; update(false); break;
      case 'pan-up': state.panY -= 40; update(false); break;
      case 'pan-down': state.panY += 40; update(false); break;
    }
  }

  var keys = { i: 'invert', p: 'preset', r: 'reset', f: 'fit', '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '_': 'zoom-out',
    w: 'level-up', s: 'level-down', a: 'narrower', d: 'wider', h: 'pan-left', l: 'pan-right', k: 'pan-up', j: 'pan-down' };

  document.addEventListener('keydown', function (e) {
    if (!panes.length || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return; // typing in a field
    var action = keys[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (!action) return;
    e.preventDefault();
    act(action);
  });

  root.querySelectorAll('.viewer-bar button[data-action]').forEach(function (b) {
    b.addEventListener('click', function () { act(b.getAttribute('data-action')); });
  });

  getJson(base + '/frames').then(function (list) {
    var chosen = choose(list.frames);
    range.min = Math.min.apply(null, chosen.map(function (p) { return p.meta.min; }));
    range.max = Math.max.apply(null, chosen.map(function (p) { return p.meta.max; }));
    return Promise.all(chosen.map(function (p) {
      return getValues(base + '/pixels?frame=' + p.meta.frame, p.meta.width * p.meta.height).then(function (v) { p.values = v; return p; });
    })).then(function (loaded) {
      box.textContent = '';
      panes = loaded;
      panes.forEach(makePane);
      makePresets(panes[0].meta);
      applyPreset(0);
      root.setAttribute('data-frames', String(list.frames.length));
      root.setAttribute('data-state', 'ready');
      if (window.ResizeObserver) new ResizeObserver(function () { update(false); }).observe(box);
    });
  }).catch(function (e) { showMessage(String(e.message || e), true); });
})();
