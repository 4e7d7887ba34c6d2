# 100 sequential fetch calls in PyScript MicroPython, each JSON answer read, timed.
from pyscript import display, fetch, window

start = window.performance.now()
total = 0
for i in range(100):
    answer = await fetch("api/ping").json()
    total += answer["n"]
display(window.performance.now() - start, target="work")
display(f"done {total}", target="done")
