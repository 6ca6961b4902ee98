/*
 * The simulator's service worker (generated into dist/sw.js by the build, vite.config.ts: the list
 * of files and the version are filled in). It keeps every file of this build, so after the first
 * visit the app opens and works with no network. Same-origin GETs only: nothing else is ever fetched.
 */
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `smp-${VERSION}`;

// A new build waits until no page of the old one is open (no skipWaiting): an open page may still
// load its own lazily loaded files, which only the old cache holds.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  // Earlier builds' files go; on the first visit this build takes over the open page at once.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('smp-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // A link with any query opens the one page; its files are served from the cache, the network
  // only for what this build does not hold.
  const key = request.mode === 'navigate' ? new URL('./', self.location.href).href : request.url;
  event.respondWith(
    caches
      .open(CACHE)
      .then((c) => c.match(key, { ignoreSearch: request.mode === 'navigate' }))
      .then((hit) => hit ?? fetch(request)),
  );
});
