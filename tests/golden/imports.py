# imports: packages, relative imports, module caching, from-import, errors
import pkg
import pkg.sub.leaf
from pkg import double, VERSION
from pkg.sub import leaf as leaf2
import sys
print(pkg.double(3), double(5), VERSION, pkg.sub.leaf.info(), leaf2 is pkg.sub.leaf)
print("pkg" in sys.modules, sys.modules["pkg.helpers"].double(1))
import pkg as again
print(again is pkg, type(pkg).__name__, pkg.__name__)
try:
    import no_such_module
except ImportError as e:
    print("ImportError:", e)
try:
    from pkg import missing_name
except ImportError as e:
    print("ImportError:", e)
import math
print(math.sqrt(16), math.pi > 3)
print(__name__)
