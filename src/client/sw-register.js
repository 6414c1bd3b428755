// Registers the atlas's service worker (online site only) and offers a new version when one
// is deployed. Plain, tiny and deferred: it is on every page.
(() => {
  const script = document.currentScript;
  if (!('serviceWorker' in navigator) || !script) return;
  const base = new URL('./', script.src);
  // The page gives the words in its language (core/pwa.ts, pwaHead).
  let words = {};
  try {
    words = JSON.parse(script.dataset.strings || '{}');
  } catch {}
  let reloading = false;
  const offer = (worker) => {
    if (!navigator.serviceWorker.controller || document.querySelector('.atlas-update')) return;
    const box = document.createElement('div');
    box.className = 'atlas-update';
    box.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = `${words['update.available'] || 'update.available'} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = words['update.reload'] || 'update.reload';
    button.addEventListener('click', () => {
      reloading = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    box.append(text, button);
    document.body.append(box);
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return location.reload();
    // First visit: the worker took over after this page had loaded. Fetch its files once more
    // through the worker (the browser's cache answers) so that the page also opens offline.
    for (const entry of performance.getEntriesByType('resource')) {
      if (entry.name.startsWith(location.origin)) fetch(entry.name).catch(() => {});
    }
  });
  navigator.serviceWorker
    .register(new URL('sw.js', base), { scope: base.pathname })
    .then((registration) => {
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer(worker);
        });
      });
    })
    .catch(() => {});
})();
