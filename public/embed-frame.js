/*
 * Kinerja Terbuka — inside an embed page: tell the page that frames it how tall the chart is, now and
 * whenever it changes (width changes swap the wide and narrow chart). Only the chart id and a height in
 * pixels are sent; the host's /embed.js checks where the message came from.
 */
(function () {
  'use strict';
  if (window.parent === window) return;
  var id = document.documentElement.getAttribute('data-embed-id') || '';
  var last = -1;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'kinerja-terbuka:tinggi', id: id, height: height }, '*');
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  post();
})();
