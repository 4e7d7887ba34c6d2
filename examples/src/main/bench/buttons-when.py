# 1000 buttons in PyScript MicroPython: one @when(".k"), timed.
from pyscript import display, when, window

start = window.performance.now()


@when("click", ".k")
def clicked(event):
    display("clicked", target="clicks")


display(window.performance.now() - start, target="bind")
display("hello")
