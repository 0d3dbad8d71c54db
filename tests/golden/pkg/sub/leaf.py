from .. import VERSION
from ..helpers import double
def info():
    return "leaf " + VERSION + " " + str(double(4))
