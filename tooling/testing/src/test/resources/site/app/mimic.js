// Mimics a Pekoe bundle's page protocol for the testing module's own tests, without Java: once the
// document is parsed it runs each <script type="java"> element later, on a timer (as Pekoe's green
// threads do), dispatching bubbling CustomEvents java:ready and java:done on the element and then
// java:all-done on the window; a script that fails shows Pekoe's banner (a div.java-error with a
// strong heading) and logs console.error, as Pekoe's ErrorReport does. Scripts by name:
//   greeter: writes "Hello" into #out; a click on #go shows "Hello, " and the value of #name.
//   failing: fails with "java.lang.IllegalStateException: failing on purpose".
//   thrower: throws an uncaught JavaScript error from a timer after all-done.
//   counter: counts clicks on #go into #out; logs each click.
(function () {
  function dispatch(target, type) {
    target.dispatchEvent(new CustomEvent(type, { bubbles: true }));
  }

  function banner(text) {
    console.error(text);
    var div = document.createElement('div');
    div.className = 'java-error';
    div.setAttribute('role', 'alert');
    var heading = document.createElement('strong');
    heading.textContent = text;
    div.appendChild(heading);
    document.body.appendChild(div);
  }

  var scripts = {
    greeter: function () {
      document.getElementById('out').textContent = 'Hello';
      document.getElementById('go').addEventListener('click', function () {
        document.getElementById('out').textContent = 'Hello, ' + document.getElementById('name').value;
      });
    },
    failing: function () {
      throw new Error('java.lang.IllegalStateException: failing on purpose');
    },
    thrower: function () {
      setTimeout(function () {
        throw new Error('uncaught on purpose');
      }, 0);
      setTimeout(function () {
        window.thrown = true; // timers of one delay run in order: the error is out by now
      }, 0);
    },
    counter: function () {
      var clicks = 0;
      document.getElementById('go').addEventListener('click', function () {
        clicks++;
        console.log('click ' + clicks);
        document.getElementById('out').textContent = String(clicks);
      });
    }
  };

  function start() {
    var elements = document.querySelectorAll('script[type="java"]');
    setTimeout(function () {
      for (var i = 0; i < elements.length; i++) {
        var element = elements[i];
        dispatch(element, 'java:ready');
        try {
          scripts[element.getAttribute('src')]();
        } catch (e) {
          banner(e.message);
        }
        dispatch(element, 'java:done');
      }
      dispatch(window, 'java:all-done');
    }, 0);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
