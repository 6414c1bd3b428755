// "Save the whole atlas on this device" (download page only): stores every page, the search
// index and the site's files in the service worker's caches, showing progress.
(() => {
  const box = document.querySelector('.save-atlas');
  const button = box?.querySelector('.save-atlas-button');
  if (!box || !button) return;
  const status = box.querySelector('.save-atlas-status');
  const progress = box.querySelector('.save-atlas-progress');
  // The page gives the words in its language (core/pwa.ts, saveButtonHtml); a missing one shows as its key.
  let words = {};
  try {
    words = JSON.parse(box.dataset.strings || '{}');
  } catch {}
  const say = (key, values = {}) => (words[key] || key).replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = say('save.unsupported');
    return;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await navigator.serviceWorker.ready;
      const list = await (await fetch(box.dataset.files, { cache: 'no-store' })).json();
      const pages = await caches.open(list.caches.pages);
      const assets = await caches.open(list.caches.assets);
      progress.hidden = false;
      progress.max = list.urls.length;
      let done = 0;
      const queue = [...list.urls];
      const worker = async () => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          await (url.endsWith('/') || url.endsWith('.html') ? pages : assets).put(url, response);
          done++;
          progress.value = done;
          status.textContent = say('save.progress', { done, total: list.urls.length });
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      status.textContent = say('save.done', { edition: list.edition });
    } catch (error) {
      status.textContent = say('save.failed', { error: error instanceof Error ? error.message : String(error) });
      button.disabled = false;
    }
  });
})();
