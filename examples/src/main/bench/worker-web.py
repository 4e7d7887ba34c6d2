# 1000 elements built from a worker with pyscript.web in PyScript MicroPython, timed: as code is
# written (each call a synchronous round trip to the page), and as one markup string.
from pyscript import window, document
from pyscript.web import page, ul, li

start = window.performance.now()
rows = ul(classes="rows")
for i in range(1000):
    rows.append(li(f"item {i}", classes="row"))
page["app-batched"].append(rows)
document.getElementById("work-batched").textContent = str(window.performance.now() - start)

start = window.performance.now()
markup = "<ul class=\"rows\">" + "".join(f"<li class=\"row\">item {i}</li>" for i in range(1000)) + "</ul>"
document.getElementById("app-markup").innerHTML = markup
document.getElementById("work-markup").textContent = str(window.performance.now() - start)
document.getElementById("done").textContent = "done"
