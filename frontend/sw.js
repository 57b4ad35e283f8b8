// The service worker: after one visit, the app and its built-in data open
// with no network. Installed from the page (frontend/src/offline.rs).
//
// On install it keeps the page, the files the page names (the wasm, its JS
// and the CSS, whose names change with each build), the reading worker's
// loader, the manifest, the icon and the three built-in data files (the
// zoomed-in water is kept when first used). Files
// whose name carries a build hash never change: they are served from the
// cache first. Everything else of the app (the page, the data) is asked of
// the network first, so an online visit is always fresh, and comes from the
// cache when the network fails. Files the user opens from other addresses
// (?data=) are left alone.
const CACHE = 'sahel-map-1';
const FIXED = ['reader-worker.js', 'manifest.webmanifest', 'icon.svg',
  'data/incidents.geojson', 'data/gazetteer.geojson', 'data/basemap.geojson'];
// Trunk writes the hash as a hexadecimal number: 16 digits, fewer when it
// starts with zeros (a build named style-753daa0bcfdb926.css was once left
// out of the cache, and the page did not open offline).
// Kept once fetched, not on install: the zoomed-in water (about 170 KB
// compressed) is asked for the first time the map is zoomed in, and opens
// offline from then on.
const ON_USE = ['data/basemap-detail.geojson'];
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

const scope = () => new URL(self.registration.scope);
const isApp = (url) => url.origin === scope().origin
  && (HASHED.test(url.pathname) || [...FIXED, ...ON_USE].some((f) => url.pathname === new URL(f, scope()).pathname));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch(scope().href, { cache: 'no-cache' });
    const html = await page.clone().text();
    await cache.put(scope().href, page);
    const named = [...html.matchAll(/href="([^"]+\.(?:js|wasm|css))"/g)].map((m) => new URL(m[1], scope()).href);
    await cache.addAll([...FIXED.map((f) => new URL(f, scope()).href), ...named]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// A cached response, answered as the request's own: a worker started from
// the cache keeps its address with its query string (the reading worker
// finds the app's module there), not the cached file's.
const fromCache = (hit) => new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers });

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const page = request.mode === 'navigate' && url.origin === scope().origin;
  if (request.method !== 'GET' || !(page || isApp(url))) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every address of the page (?from=…&to=…) is the one page.
    const key = page ? scope().href : url.origin + url.pathname;
    if (HASHED.test(url.pathname)) {
      const hit = await cache.match(key);
      if (hit) return fromCache(hit);
    }
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(key, response.clone());
      return response;
    } catch (error) {
      const hit = await cache.match(key);
      if (hit) return fromCache(hit);
      throw error;
    }
  })());
});
