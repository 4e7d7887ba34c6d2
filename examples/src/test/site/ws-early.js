// Stands in for the browser's WebSocket as HtmlUnit's behaves when its network thread is quicker than
// the page: the socket has opened (URL path /open) or been refused (any other) before the constructor
// returns, and the events it fired then reached no listener.
(function () {
  function EarlySocket(url) {
    this.url = url;
    this.readyState = url.indexOf('/open') >= 0 ? 1 : 3;
    this.binaryType = 'blob';
    this.bufferedAmount = 0;
    this.protocol = '';
    this.extensions = '';
    this.sent = [];
  }
  EarlySocket.prototype.addEventListener = function () {};
  EarlySocket.prototype.send = function (data) { this.sent.push(data); };
  EarlySocket.prototype.close = function () { this.readyState = 3; };
  window.WebSocket = EarlySocket;
})();
