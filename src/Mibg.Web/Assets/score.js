// Scoring form of the mibg reader workstation: the body diagram drives the 12 SIOPEN inputs.
// Click a segment, or with the diagram focused: arrow keys move between segments (published order),
// digits 0-6 set the current segment's score and move on. Ctrl+Enter submits. No inline script (CSP).
(function () {
  'use strict';
  var diagram = document.getElementById('body-diagram');
  var form = document.getElementById('read-form');
  var scoring = document.querySelector('.scoring');
  if (!diagram || !form || !scoring) return;
  var locked = scoring.getAttribute('data-locked') === 'true';
  var segments = Array.prototype.slice.call(diagram.querySelectorAll('g.segment'));
  var current = 0;
  // In the adjudication form the segments where the readers differ are highlighted; a digit then moves on to the
  // next *differing* segment (the agreed ones are filled in already). Elsewhere it moves to the next segment.
  var differing = segments.filter(function (g) { return g.classList.contains('differing'); });
  function nextAfter(i) {
    if (differing.length === 0) return i < segments.length - 1 ? i + 1 : -1;
    for (var j = i + 1; j < segments.length; j++) if (segments[j].classList.contains('differing')) return j;
    return -1;
  }

  function inputOf(g) { return document.querySelector('input[data-segment="' + g.getAttribute('data-code') + '"]'); }
  function valueOf(g) {
    var v = inputOf(g).value.trim();
    return /^[0-6]$/.test(v) ? parseInt(v, 10) : null;
  }

  function refresh() {
    var total = 0, scored = 0;
    segments.forEach(function (g) {
      var v = valueOf(g);
      for (var s = 0; s <= 6; s++) g.classList.remove('score-' + s);
      var label = g.querySelector('text');
      if (v === null) { label.textContent = ''; return; }
      g.classList.add('score-' + v);
      label.textContent = String(v);
      total += v; scored += 1;
    });
    document.getElementById('total').textContent = String(total);
    document.getElementById('scored').textContent = '(' + scored + ' of ' + segments.length + ' segments scored)';
    var v = valueOf(segments[current]);
    Array.prototype.forEach.call(document.querySelectorAll('.definitions .level'), function (row) {
      row.classList.toggle('active', v !== null && row.getAttribute('data-level') === String(v));
    });
  }

  function select(i) {
    current = Math.max(0, Math.min(segments.length - 1, i));
    segments.forEach(function (g, j) { g.classList.toggle('current', j === current); });
    Array.prototype.forEach.call(document.querySelectorAll('tr[data-row]'), function (row) {
      row.classList.toggle('current', row.getAttribute('data-row') === segments[current].getAttribute('data-code'));
    });
    document.getElementById('current-segment').textContent = segments[current].querySelector('title').textContent;
    refresh();
  }

  diagram.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { select(current + 1); e.preventDefault(); return; }
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { select(current - 1); e.preventDefault(); return; }
    if (e.key === 'Home') { select(0); e.preventDefault(); return; }
    if (e.key === 'End') { select(segments.length - 1); e.preventDefault(); return; }
    if (!locked && /^[0-6]$/.test(e.key)) {
      inputOf(segments[current]).value = e.key;
      e.preventDefault();
      var next = nextAfter(current);
      if (next >= 0) select(next); else refresh();
    }
  });

  diagram.addEventListener('click', function (e) {
    var g = e.target.closest ? e.target.closest('g.segment') : null;
    if (!g) return;
    select(segments.indexOf(g));
    diagram.focus();
  });

  Array.prototype.forEach.call(document.querySelectorAll('input[data-segment]'), function (input) {
    input.addEventListener('input', refresh);
    input.addEventListener('focus', function () {
      var i = segments.findIndex(function (g) { return g.getAttribute('data-code') === input.getAttribute('data-segment'); });
      if (i >= 0) select(i);
    });
  });

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); }
  });

  // Start at the first unscored (in adjudication: differing) segment, with the diagram focused for keyboard scoring.
  var firstEmpty = segments.findIndex(function (g) { return valueOf(g) === null && (differing.length === 0 || g.classList.contains('differing')); });
  select(firstEmpty < 0 ? 0 : firstEmpty);
  if (!locked) diagram.focus();
})();
