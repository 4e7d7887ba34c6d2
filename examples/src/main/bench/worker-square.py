# The worker of worker.mpy.html: squares what the page sends.
def square(n):
    return n * n


__export__ = ["square"]
