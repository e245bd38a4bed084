/*
 * The report's differential flame graph: the merged before/after call tree, drawn as SVG by this script,
 * with no libraries and no network. Red frames grew, blue ones shrank, a dark top edge marks where new ones
 * (only after) start.
 * The root is at the bottom; a deep tree scrolls inside its box, which starts scrolled down to the root.
 * Frame names are only ever set with textContent, so markup in a frame name stays text.
 */
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var ROW = 17;
  var box = document.getElementById('fg');
  var dataElement = document.getElementById('fg-data');
  if (!box || !dataElement) {
    return;
  }
  var svg = document.getElementById('fg-svg');
  var frames = document.getElementById('fg-frames');
  var details = document.getElementById('fg-details');
  var search = document.getElementById('fg-search');
  var matchInfo = document.getElementById('fg-matches');
  var widthBy = document.getElementById('fg-width');
  var resetButton = document.getElementById('fg-reset');
  var root = JSON.parse(dataElement.textContent);
  var parents = new Map();
  var nodeOf = new WeakMap();
  var zoomed = root;
  var term = '';

  (function index(node, parent) {
    parents.set(node, parent);
    node[3].forEach(function (child) { index(child, node); });
  })(root, null);

  function weight(node) {
    var mode = widthBy.value;
    if (mode === 'before') {
      return node[1];
    }
    if (mode === 'after') {
      return node[2];
    }
    return (node[1] + node[2]) / 2;
  }

  function isNew(node) {
    return node[1] === 0 && node[2] > 0;
  }

  /* Where a new subtree starts: everything above it is new too, so only its base gets the mark. */
  function startsNew(node) {
    var parent = parents.get(node);
    return isNew(node) && !(parent && isNew(parent));
  }

  /* Saturation grows with the relative change, damped below half a percentage point so noise stays pale. */
  function color(node) {
    var before = node[1];
    var after = node[2];
    var most = Math.max(before, after);
    if (most <= 0) {
      return 'rgb(226,226,226)';
    }
    var delta = after - before;
    var t = Math.min(1, Math.abs(delta) / most) * Math.min(1, Math.abs(delta) / 0.5);
    var from = [236, 231, 220];
    var to = delta > 0 ? [226, 96, 84] : [84, 140, 206];
    var rgb = from.map(function (v, i) { return Math.round(v + (to[i] - v) * t); });
    return 'rgb(' + rgb.join(',') + ')';
  }

  function percent(value) {
    return value.toFixed(value >= 10 ? 1 : 2) + '%';
  }

  function describe(node) {
    var delta = node[2] - node[1];
    var note = isNew(node) ? ', new' : (node[2] === 0 && node[1] > 0 ? ', gone' : '');
    return node[0] + ' \u2014 before ' + percent(node[1]) + ', after ' + percent(node[2]) + ' ('
      + (delta >= 0 ? '+' : '\u2212') + Math.abs(delta).toFixed(2) + ' pts' + note + ')';
  }

  function fit(name, width) {
    var chars = Math.floor((width - 6) / 6.4);
    if (chars < 3) {
      return '';
    }
    return name.length <= chars ? name : name.slice(0, chars - 1) + '\u2026';
  }

  function element(name, attributes) {
    var e = document.createElementNS(NS, name);
    Object.keys(attributes).forEach(function (key) { e.setAttribute(key, attributes[key]); });
    return e;
  }

  function matches(node) {
    return term !== '' && node[0].toLowerCase().indexOf(term) >= 0;
  }

  function layout(width) {
    var placed = [];
    var chain = [];
    for (var p = zoomed; p; p = parents.get(p)) {
      chain.unshift(p);
    }
    chain.forEach(function (node, depth) {
      placed.push({ node: node, x: 0, w: width, depth: depth, ancestor: node !== zoomed });
    });
    var total = weight(zoomed);
    var scale = total > 0 ? width / total : 0;
    (function place(node, x, depth) {
      var cx = x;
      node[3].forEach(function (child) {
        var w = weight(child) * scale;
        if (w >= 0.3) {
          placed.push({ node: child, x: cx, w: w, depth: depth, ancestor: false });
          place(child, cx, depth + 1);
        }
        cx += w;
      });
    })(zoomed, 0, chain.length);
    return placed;
  }

  function render() {
    var width = Math.max(320, Math.floor(box.clientWidth || 960));
    var placed = layout(width);
    var maxDepth = 0;
    placed.forEach(function (r) { maxDepth = Math.max(maxDepth, r.depth); });
    var height = (maxDepth + 1) * ROW;
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    frames.textContent = '';
    placed.forEach(function (r) {
      var node = r.node;
      var css = 'fg-f' + (r.ancestor ? ' fg-anc' : '') + (isNew(node) ? ' fg-new' : '') + (matches(node) ? ' fg-match' : '');
      var g = element('g', { 'class': css, transform: 'translate(' + r.x.toFixed(1) + ',' + (maxDepth - r.depth) * ROW + ')' });
      var w = Math.max(0.3, r.w - 0.6).toFixed(1);
      g.appendChild(element('rect', { width: w, height: ROW - 1, fill: color(node), rx: 1.5 }));
      if (startsNew(node)) {
        g.appendChild(element('rect', { width: w, height: 3, 'class': 'fg-new-mark' }));
      }
      var label = fit(node[0], r.w);
      if (label) {
        var text = element('text', { x: 3, y: ROW - 5 });
        text.textContent = label;
        g.appendChild(text);
      }
      var title = element('title', {});
      title.textContent = describe(node);
      g.appendChild(title);
      nodeOf.set(g, node);
      frames.appendChild(g);
    });
    svg.setAttribute('data-frames', String(placed.length));
    box.scrollTop = box.scrollHeight;
    showMatches();
  }

  function showMatches() {
    if (term === '') {
      matchInfo.textContent = '';
      return;
    }
    var before = 0;
    var after = 0;
    (function walk(node) {
      if (matches(node)) {
        before += node[1];
        after += node[2];
        return;
      }
      node[3].forEach(walk);
    })({ 0: '', 1: 0, 2: 0, 3: root[3] });
    matchInfo.textContent = 'matches: ' + percent(before) + ' of samples before, ' + percent(after) + ' after';
  }

  function frameAt(target) {
    var g = target && target.closest ? target.closest('g.fg-f') : null;
    return g ? nodeOf.get(g) : null;
  }

  function reset() {
    zoomed = root;
    term = '';
    search.value = '';
    render();
  }

  svg.addEventListener('click', function (event) {
    var node = frameAt(event.target);
    if (node) {
      zoomed = node;
      render();
    }
  });
  svg.addEventListener('mouseover', function (event) {
    var node = frameAt(event.target);
    if (node) {
      details.textContent = describe(node);
    }
  });
  search.addEventListener('input', function () {
    term = search.value.trim().toLowerCase();
    render();
  });
  widthBy.addEventListener('change', render);
  resetButton.addEventListener('click', reset);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      reset();
    }
  });
  var resizing = 0;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(render, 150);
  });
  render();
})();
