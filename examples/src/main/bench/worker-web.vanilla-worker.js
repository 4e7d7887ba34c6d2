// The worker of worker-web.vanilla.html: sends the page the 1000 items to build, as one message, one
// message per item (each after the page's answer), or as markup.
"use strict";
var ITEMS = 1000;
var next = 0;

onmessage = function (event) {
  if (event.data === "items") {
    var items = [];
    for (var i = 0; i < ITEMS; i++) {
      items.push("item " + i);
    }
    postMessage({kind: "items", items: items});
  } else if (event.data === "alone" || event.data === "next") {
    if (next < ITEMS) {
      postMessage({kind: "item", text: "item " + next});
      next++;
    } else {
      postMessage({kind: "alone-done"});
    }
  } else if (event.data === "markup") {
    var markup = "<ul class=\"rows\">";
    for (var j = 0; j < ITEMS; j++) {
      markup += "<li class=\"row\">item " + j + "</li>";
    }
    postMessage({kind: "markup", markup: markup + "</ul>"});
  }
};
