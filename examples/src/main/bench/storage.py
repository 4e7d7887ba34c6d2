# 10,000 keys written to PyScript's storage and synced, in PyScript MicroPython, timed.
from pyscript import display, storage, window

start = window.performance.now()
store = await storage("bench")
for i in range(10000):
    store[f"k{i}"] = i
await store.sync()
display(window.performance.now() - start, target="work")
display("done", target="done")
