// Starts the app in both editions: checks WebAssembly and WebGL 2, shows a readable message
// when either is missing, otherwise configures the Emscripten module and starts it. Nothing
// waits on anything it need not: the wasm is fetched and compiled while the WebGL context is
// created, and that context is the app's own (created once).
//  - Served edition (index.html + index.js + index.wasm): index.html preloads index.js; boot.js
//    fetches index.wasm, runs index.js by a script tag (same origin only) and, over http(s),
//    registers the service worker sw.js after the first frame.
//  - One-file edition (aims-readiness.html, scripts/build_one_file.js): index.wasm is embedded
//    as base64 in <script type="application/octet-stream" id="aims-wasm"> (a data block, never
//    executed; compiled from its bytes) and index.js follows this script inline, wrapped as
//    `window.aimsRun && aimsRun(function (Module) { …index.js… })`, so it runs only when the
//    checks passed. No service worker, no request at all.
// window.aimsEdition is 'served' or 'one-file'.
// Start-up steps are marked on the page's timeline (performance.mark, printed by
// scripts/budget): aims:context when the WebGL context exists, aims:js when index.js has
// run, aims:wasm when the wasm is instantiated.
(function () {
  'use strict';
  function mark(name) { try { performance.mark(name); } catch (e) { /* old browser */ } }
  var statusEl = document.getElementById('status');
  var fallback = document.getElementById('fallback');
  var wasmData = document.getElementById('aims-wasm');
  window.aimsEdition = wasmData ? 'one-file' : 'served';

  // The "open the accessible report" button (#a11y-report, for screen readers) is a real page
  // control: while it has the focus, its keys (Tab, Enter, Space) go to the browser, not to
  // the app, whose key handler (registered later, also in the capture phase) would swallow Tab.
  window.addEventListener('keydown', function (e) {
    var a = document.activeElement;
    if (a && a.id === 'a11y-report') e.stopImmediatePropagation();
  }, true);

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
  var webgl2Missing = function () { fail('WebGL 2 is not available (WebGL 2 ist nicht verfügbar).'); };
  if (typeof WebGL2RenderingContext === 'undefined') { webgl2Missing(); return; }

  // 1. The application code first, so that it downloads and compiles (off the main thread)
  //    while the WebGL context below is created. Streaming compilation over http(s); the
  //    one-file edition compiles its embedded bytes. Errors surface in instantiateWasm below.
  var compiled = null;
  if (wasmData) {
    // One-file edition: the embedded bytes, so nothing is ever fetched (a data: URL fetch
    // would need connect-src data:; the CSP here is connect-src 'none').
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
    compiled = WebAssembly.compile(bin);
  } else if (typeof WebAssembly.compileStreaming === 'function' && typeof fetch === 'function') {
    var get = function () {
      return fetch('index.wasm', { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('index.wasm: HTTP ' + r.status);
        return r;
      });
    };
    compiled = WebAssembly.compileStreaming(get()).catch(function () {
      // A server that does not send application/wasm: compile from the bytes instead.
      return get().then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); });
    });
  }
  if (compiled) compiled.catch(function () { /* reported by instantiateWasm */ });

  // 2. WebGL 2, checked by creating the app's own context: on the app's canvas, at its final
  //    size, with the attributes the app asks for (platform_web.cpp: no alpha, depth, stencil
  //    or antialiasing). Emscripten takes this context over (GL_PREINITIALIZED_CONTEXT), so
  //    it is created once.
  var canvas = document.getElementById('canvas');
  var dpr = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(canvas.clientWidth * dpr));
  canvas.height = Math.max(1, Math.round(canvas.clientHeight * dpr));
  var gl = null;
  try {
    gl = canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false,
                                       premultipliedAlpha: true, preserveDrawingBuffer: false });
  } catch (e) { gl = null; }
  if (!gl) { webgl2Missing(); return; }
  mark('aims:context');

  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fail('The graphics context was lost. Reload the page; your saved work is kept.');
  }, false);

  window.Module = {
    canvas: canvas,
    preinitializedWebGLContext: gl,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    onAbort: function (what) { fail('The app stopped unexpectedly: ' + what); },
    locateFile: function (p) { return p; },
    preRun: [function () { mark('aims:wasm'); }]
  };
  if (compiled) {
    window.Module.instantiateWasm = function (imports, receive) {
      compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
      }).catch(function (e) {
        fail('The application code could not be loaded (' + (e && e.message || e) + ').');
      });
      return {}; // instantiated asynchronously
    };
  }

  if (wasmData) {
    window.aimsRun = function (main) {
      window.aimsRun = null; // once
      main(window.Module);
      mark('aims:js');
    };
    return;
  }

  // 3. index.js: already downloading since index.html's <link rel="preload">; it runs now.
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
