# 1000 buttons in PyScript MicroPython: each names clicked in its mpy-click attribute.
from pyscript import display


def clicked(event):
    display("clicked", target="clicks")


display("hello")
