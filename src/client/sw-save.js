// "Save the whole atlas on this device" (download page only): stores every page, the search
// index and the site's files in the service worker's caches, showing progress.
(() => {
  const box = document.querySelector('.save-atlas');
  const button = box?.querySelector('.save-atlas-button');
  if (!box || !button) return;
  const status = box.querySelector('.save-atlas-status');
  const progress = box.querySelector('.save-atlas-progress');
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = 'This browser cannot save the atlas for offline use; download the ZIP above instead.';
    return;
  }
  button.hidden = false;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
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
      let bytes = 0;
      const queue = [...list.urls];
      const worker = async () => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          bytes += Number(response.headers.get('content-length')) || 0;
          await (url.endsWith('/') || url.endsWith('.html') ? pages : assets).put(url, response);
          done++;
          progress.value = done;
          status.textContent = `Saving: ${done} of ${list.urls.length} files${bytes ? ` (${mb(bytes)})` : ''}…`;
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      status.textContent = `The whole atlas is saved on this device (${list.edition}): every page, the search and this download page now work without a network.`;
    } catch (error) {
      status.textContent = `Saving stopped (${error instanceof Error ? error.message : error}). Check the connection and try again.`;
      button.disabled = false;
    }
  });
})();
