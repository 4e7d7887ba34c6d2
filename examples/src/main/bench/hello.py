# hello in PyScript MicroPython: "hello" into #out (the script's target), and one click handler.
from pyscript import display


def clicked(event):
    display("clicked", target="clicks")


display("hello")
