// Starts the app in both editions: checks WebAssembly and WebGL 2, shows a readable message
// when either is missing, otherwise configures the Emscripten module and starts it.
//  - Served edition (index.html + index.js + index.wasm): loads index.js by a script tag (same
//    origin only) and, over http(s), registers the service worker sw.js after the first frame.
//  - One-file edition (aims-readiness.html, scripts/build_one_file.js): index.wasm is embedded
//    as base64 in <script type="application/octet-stream" id="aims-wasm"> (a data block, never
//    executed) and index.js follows this script inline, wrapped as
//    `window.aimsRun && aimsRun(function (Module) { …index.js… })`, so it runs only when the
//    checks passed. No service worker, no request at all.
// window.aimsEdition is 'served' or 'one-file'.
// Start-up steps are marked on the page's timeline (performance.mark, printed by
// scripts/budget): aims:js when index.js has run, aims:wasm when the wasm is instantiated.
(function () {
  'use strict';
  function mark(name) { try { performance.mark(name); } catch (e) { /* old browser */ } }
  var statusEl = document.getElementById('status');
  var fallback = document.getElementById('fallback');
  var wasmData = document.getElementById('aims-wasm');
  window.aimsEdition = wasmData ? 'one-file' : 'served';

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
    locateFile: function (p) { return p; },
    preRun: [function () { mark('aims:wasm'); }]
  };

  if (wasmData) {
    // One-file edition: hand Emscripten the embedded bytes, so it never fetches anything
    // (a data: URL fetch would need connect-src data:; the CSP here is connect-src 'none').
    var bin;
    try {
      var b64 = atob(wasmData.textContent.replace(/\s+/g, ''));
      bin = new Uint8Array(b64.length);
      for (var i = 0; i < b64.length; i++) bin[i] = b64.charCodeAt(i);
    } catch (e) {
      fail('The embedded application code is damaged (' + e + '). Please get a fresh copy of the file.');
      return;
    }
    wasmData.textContent = '';
    window.Module.wasmBinary = bin;
    window.aimsRun = function (main) {
      window.aimsRun = null; // once
      main(window.Module);
      mark('aims:js');
    };
    return;
  }

  var s = document.createElement('script');
  s.src = 'index.js';
  s.onload = function () { mark('aims:js'); };
  s.onerror = function () { fail('index.js could not be loaded.'); };
  document.body.appendChild(s);

  // Offline use of the served app: the service worker precaches the app's files. Only over
  // http(s) (never file://), and only after the first frame so its downloads do not compete
  // with the start. Browsers look for a new sw.js on navigations only now and then, so every
  // start asks once: a new build installs while this one runs and is used from the next
  // start on. Failing (offline: sw.js unreachable) changes nothing.
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    var register = function () {
      navigator.serviceWorker.register('sw.js').then(function (reg) {
        if (reg.active) return reg.update();
      }).catch(function (e) {
        console.log('aims:sw no update check: ' + (e && e.message || e));
      });
    };
    if (window.aimsFirstFrameMs !== undefined) register();
    else window.addEventListener('aims:first-frame', register, { once: true });
  }
})();
