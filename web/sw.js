// Service worker of the served edition: the app keeps starting without a network.
// This file is a template: the build (scripts/build_sw.js, run by cmake/web.cmake) writes
// build-web/sw.js with BUILD = a hash of the precached files and FILES = their names, so
// every build that changes a file changes sw.js, and the browser picks the update up at the
// next start: the new worker downloads and checks the new files into a new cache, takes over,
// and deletes the old cache; the next load of the page uses the new files.
//  - Precache: FILES (index.html, index.js, index.wasm, boot.js, app.css, icon, manifest),
//    fetched with cache: 'no-cache' (revalidated, never a stale HTTP-cache copy) and checked
//    against BUILD before anything is stored: a half-finished upload on the server never
//    becomes a cache (the install fails and the old version stays in use).
//  - Fetch: cache first for FILES (any query string, `./` = index.html); everything else is
//    left to the browser (the app requests nothing else).
//  - Caches are named 'aims-readiness:' + scope + ':' + BUILD; only this scope's old caches
//    are deleted, so two copies of the app on one host do not disturb each other.
//  - A new worker takes over as soon as it is installed (skipWaiting), so a single tab that
//    is only ever reloaded gets the update. boot.js asks for the update check after the first
//    frame, when the running page already has all its files (a page that got index.js from
//    one build and index.wasm from the next would not start).
'use strict';

const BUILD = '__AIMS_BUILD__';
const FILES = ['__AIMS_FILES__'];

const PREFIX = 'aims-readiness:' + self.registration.scope + ':';
const CACHE = PREFIX + BUILD;

// The hash the build computes: SHA-256 over, per file in FILES order, "name\nlength\n"
// followed by the bytes; the first 16 hex digits.
async function buildHash(bodies) {
  const enc = new TextEncoder();
  const parts = [];
  FILES.forEach((name, i) => {
    parts.push(enc.encode(name + '\n' + bodies[i].byteLength + '\n'), new Uint8Array(bodies[i]));
  });
  const digest = await crypto.subtle.digest('SHA-256', await new Blob(parts).arrayBuffer());
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Each body is read as soon as its response arrives: holding unread bodies while waiting
    // for the others can exhaust the browser's connections per host and stall the install.
    const responses = await Promise.all(FILES.map(async (name) => {
      const res = await fetch(new Request(name, { cache: 'no-cache' }));
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
      return { type: res.headers.get('Content-Type'), body: await res.arrayBuffer() };
    }));
    const bodies = responses.map((r) => r.body);
    const got = await buildHash(bodies);
    if (got !== BUILD) {
      throw new Error(`the files on the server (${got}) are not build ${BUILD}; keeping the current version`);
    }
    // Stored as fresh responses: one the server reached through a redirect (some hosts
    // redirect index.html to ./) could not answer a navigation.
    const cache = await caches.open(CACHE);
    await Promise.all(FILES.map((name, i) => {
      const { type, body } = responses[i];
      return cache.put(name, new Response(body, { status: 200, headers: type ? { 'Content-Type': type } : {} }));
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const name = url.pathname.slice(scope.pathname.length) || 'index.html';
  if (!FILES.includes(name)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(name);
    return hit || fetch(req); // evicted by the browser: the network, as without a worker
  })());
});
