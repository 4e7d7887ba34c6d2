# A worker in PyScript MicroPython: waited for, asked once, timed until its answer.
from pyscript import display, window, workers

start = window.performance.now()
square = await workers["square"]
answer = await square.square(7)
display(window.performance.now() - start, target="work")
display(f"done {answer}", target="done")
