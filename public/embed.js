/*
 * Kinerja Terbuka — embed helper for host pages (https://…/embed.js, loaded next to an embedded chart).
 * Each embed page posts its height to its parent; this script accepts a message only if it comes from the
 * origin this script was served from, has the expected shape, and was sent by one of the page's iframes
 * marked data-kinerja-terbuka; then it sets that iframe's height. Without this script the iframe keeps the
 * fixed height written in the snippet. No cookies, no tracking, nothing else.
 */
(function () {
  'use strict';
  if (window.__kinerjaTerbukaEmbed) return;
  window.__kinerjaTerbukaEmbed = true;
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script.src).origin;
  } catch (error) {
    return;
  }
  var MIN = 80;
  var MAX = 6000;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'kinerja-terbuka:tinggi') return;
    if (typeof data.id !== 'string' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-kinerja-terbuka]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || frame.getAttribute('data-kinerja-terbuka') !== data.id) continue;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, data.height))) + 'px';
    }
  });
})();
