// The script of harness-smoke.html: it does, by hand, a little of what Pekoe does, so that every
// channel of the harness has something to see.
(function () {
  var items = document.getElementById('items');
  var fixture = document.getElementById('fixture');

  var appended = document.createElement('p');
  appended.id = 'appended';
  appended.textContent = 'appended by script';
  document.body.appendChild(appended);

  document.getElementById('add').addEventListener('click', function () {
    var item = document.createElement('li');
    item.textContent = 'added ' + items.children.length;
    items.appendChild(item);
  });

  console.error('smoke: console error');
  console.warn('smoke: console warning');
  fixture.dispatchEvent(new CustomEvent('java:ready'));

  setTimeout(function () {
    throw new Error('smoke: uncaught');
  }, 0);

  setTimeout(function () {
    var banner = document.createElement('div');
    banner.className = 'java-error';
    banner.textContent = 'smoke banner';
    document.body.appendChild(banner);
    fixture.dispatchEvent(new CustomEvent('java:done'));
    window.dispatchEvent(new CustomEvent('java:all-done'));
  }, 0);
})();
