# 1000 elements built with pyscript.web in PyScript MicroPython, timed.
from pyscript import display, window
from pyscript.web import page, ul, li

start = window.performance.now()
rows = ul(classes="rows")
for i in range(1000):
    rows.append(li(f"item {i}", classes="row"))
page["app"].append(rows)
display(window.performance.now() - start, target="work")
display("done", target="done")
