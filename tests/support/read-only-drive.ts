// Python run on MicroPython's WebAssembly build to make its drive refuse writes with EROFS (OSError 30), as
// CircuitPython's drive does while a computer has it mounted over USB: writing opens, removals, renames, new folders.
export const READ_ONLY_DRIVE = `def _ro():
 import builtins, os
 real_open = builtins.open
 def refuse(*a):
  raise OSError(30)
 def open_(p, m='r', *a):
  if 'w' in m or 'a' in m or '+' in m or 'x' in m:
   raise OSError(30)
  return real_open(p, m, *a)
 builtins.open = open_
 for n in ('remove', 'rename', 'mkdir', 'rmdir', 'unlink'):
  setattr(os, n, refuse)
_ro()
del _ro`;
