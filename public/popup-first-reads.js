// Garbo popup: start the two storage reads of the first screen while the page
// is still being parsed, before the module bundle is fetched and compiled.
// With the worker asleep the popup opens in a fresh renderer process, where
// these first calls are slow; overlapping them with the compile keeps the
// first screen fast. A plain classic script (no imports, no bundling) so it
// runs first; components/common/browserApi.ts takes each answer once.
// The key must stay equal to SNAPSHOT_KEY (lib/history/snapshot.ts): a unit test checks it.
(function () {
  var ext = globalThis.browser || globalThis.chrome;
  var storage = ext && ext.storage;
  if (!storage || !storage.local || !storage.session) return;
  function read(area, key) {
    // Inside then(): a synchronous throw becomes a rejection, which the popup treats as "read again".
    return Promise.resolve().then(function () { return area.get(key); })
      .then(function (r) { return { value: r ? r[key] : undefined }; });
  }
  globalThis.__garboFirstReads = {
    snapshot: read(storage.session, 'historySnapshot'),
    settings: read(storage.local, 'settings'),
  };
})();
