// Starts the app: checks WebAssembly and WebGL 2, shows a readable message when either is
// missing, otherwise configures the Emscripten module and loads index.js (same origin only).
(function () {
  'use strict';
  var statusEl = document.getElementById('status');
  var fallback = document.getElementById('fallback');

  function fail(reason) {
    if (statusEl) statusEl.hidden = true;
    document.getElementById('fallback-reason').textContent = reason;
    fallback.hidden = false;
    var c = document.getElementById('canvas');
    if (c) c.hidden = true;
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('WebAssembly is not available (WebAssembly ist nicht verfügbar).');
    return;
  }
  var probe = document.createElement('canvas');
  var gl = null;
  try { gl = probe.getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl) {
    fail('WebGL 2 is not available (WebGL 2 ist nicht verfügbar).');
    return;
  }
  var lose = gl.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();

  var canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fail('The graphics context was lost. Reload the page; your saved work is kept.');
  }, false);

  window.Module = {
    canvas: canvas,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    onAbort: function (what) { fail('The app stopped unexpectedly: ' + what); },
    locateFile: function (p) { return p; }
  };
  var s = document.createElement('script');
  s.src = 'index.js';
  s.onerror = function () { fail('index.js could not be loaded.'); };
  document.body.appendChild(s);
})();
