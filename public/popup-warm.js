// Loaded by popup.html before its bundle: wakes the background so it reads the
// history while the popup is still loading (a cold worker would otherwise
// start only when the list is first asked for). Plain script, no imports.
(function () {
  try {
    var api = typeof browser !== 'undefined' && browser.runtime ? browser : chrome;
    var p = api.runtime.sendMessage({ type: 'history-stats' });
    if (p && p.catch) p.catch(function () {});
  } catch (e) { /* only a head start */ }
})();
