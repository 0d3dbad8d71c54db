// The Python the board runs for file operations: one helper prelude per raw-REPL session, then short calls to it.
// Written for MicroPython 1.2x and CircuitPython 9/10: only `os` (no `uos`), no f-strings, every optional module guarded.
import { pythonString } from "./encoding";

/** Marks the temporary file a write goes to before the verified rename (see tempPathFor). */
export const TEMP_SUFFIX = ".pyco-tmp";

/**
 * The helpers, defined once per boot. Their names start with `_p` so they do not collide with globals a program left
 * in the REPL; the two per-line ones (`_w` write, `_a` base64 decode) are short because every data line repeats them.
 * The CRC-32 in plain Python is the last resort for a board with neither hashlib nor binascii.crc32.
 */
const HELPERS = `import os,sys
try:
 import binascii as _pba
except ImportError:
 _pba=None
_a=getattr(_pba,'a2b_base64',None)
_pb=getattr(_pba,'b2a_base64',None)
try:
 import hashlib as _phl
 _phl.sha256
except (ImportError,AttributeError):
 _phl=None
_pct=None
def _pcrc(d,c):
 global _pct
 if not _pct:
  _pct=[]
  for i in range(256):
   k=i
   for j in range(8):
    k=(k>>1)^0xEDB88320 if k&1 else k>>1
   _pct.append(k)
 c^=0xFFFFFFFF
 t=_pct
 for x in d:
  c=t[(c^x)&255]^(c>>8)
 return c^0xFFFFFFFF
_pcr=getattr(_pba,'crc32',None) or _pcrc
_phxl=getattr(_pba,'hexlify',None)
def _phx(b):
 return _phxl(b).decode() if _phxl else ''.join(['%02x'%x for x in b])
def _pnew():
 return _phl.sha256() if _phl else [0]
def _pup(h,d):
 if _phl:h.update(d)
 else:h[0]=_pcr(d,h[0])
def _pfin(h):
 return 'sha256:'+_phx(h.digest()) if _phl else 'crc32:%08x'%h[0]
def _psum(p):
 f=open(p,'rb');h=_pnew()
 while 1:
  d=f.read(1024)
  if not d:break
  _pup(h,d)
 f.close()
 return _pfin(h)
def _pents(d):
 r=[]
 try:
  for e in os.ilistdir(d):
   r.append((e[0],e[1]&0x4000,e[3] if len(e)>3 else -1))
 except AttributeError:
  for n in os.listdir(d):
   r.append((n,None,-1))
 return r
def _pjoin(d,n):
 return (d if d!='/' else '')+'/'+n
def _pls(d,h,rec):
 q=[d]
 while q:
  d=q.pop()
  for n,k,s in _pents(d):
   p=_pjoin(d,n)
   if k is None or (s<0 and not k):
    st=os.stat(p);k=st[0]&0x4000;s=st[6]
   if k:
    print('D\\t0\\t-\\t'+p)
    if rec:q.append(p)
   else:
    print('F\\t%d\\t%s\\t%s'%(s,_psum(p) if h else '-',p))
def _pmd(p):
 s=''
 for n in p.split('/'):
  if not n:continue
  s+='/'+n
  try:
   os.stat(s)
  except OSError:
   os.mkdir(s)
_pf=None
def _po(t):
 global _pf,_w,_a
 _a=getattr(_pba,'a2b_base64',None)
 try:
  os.remove(t)
 except OSError:
  pass
 _pf=open(t,'wb');_w=_pf.write
def _pc(t,p,e):
 global _pf
 _pf.close();_pf=None
 g=_psum(t)
 if g!=e:
  os.remove(t)
  raise ValueError('pyco-verify '+g)
 try:
  os.rename(t,p)
 except OSError:
  os.remove(p)
  os.rename(t,p)
 print('W\\t'+p)
def _prd(p,n,o,c):
 f=open(p,'rb');h=_pnew()
 print('#F\\t'+('b64' if _pb else 'hex')+'\\t%d\\t'%os.stat(p)[6]+p)
 if o:f.seek(o)
 while c>0:
  d=f.read(n if n<c else c)
  if not d:break
  c-=len(d)
  _pup(h,d)
  print(_pb(d).decode() if _pb else _phx(d),end='' if _pb else '\\n')
 f.close()
 print('#E\\t'+_pfin(h))
def _prtmp(d):
 for n,k,s in _pents(d):
  p=_pjoin(d,n)
  if k is None:
   k=os.stat(p)[0]&0x4000
  if k:
   _prtmp(p)
  elif n.endswith('${TEMP_SUFFIX}'):
   os.remove(p)
   print('R\\t'+p)
def _prm(p):
 if os.stat(p)[0]&0x4000:
  for n in os.listdir(p):
   _prm(_pjoin(p,n))
  os.rmdir(p)
 else:
  os.remove(p)
`;

/** Names this version of the helpers (a hash of their source): a board holding other helpers gets the prelude again. */
export const PRELUDE_ID = `PYCO-${fnv1a(HELPERS)}`;

/** Defines the helpers and prints one capability line: `<PRELUDE_ID> <implementation> <sha256|crc32> <base64 0/1> <ilistdir 0/1>`. */
export const PRELUDE = `${HELPERS}_pcap='%s %s %s %d %d'%('${PRELUDE_ID}',sys.implementation.name,'sha256' if _phl else 'crc32',1 if _pb else 0,1 if hasattr(os,'ilistdir') else 0)
print(_pcap)
`;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Prints the capability line when this prelude's helpers are still defined (globals outlive a raw-REPL session until a soft reset). */
export const PRELUDE_PROBE = `try:
 print(_pcap)
except NameError:
 print('PYCO-NONE')
`;

/** Board facts, one `key<TAB>value` line each; `import board`/`storage` only on CircuitPython, where they are built in. */
export const INFO = `import sys,os,gc
def _pinfo():
 i=sys.implementation
 print('flavor\\t'+i.name)
 print('version\\t'+'.'.join([str(x) for x in i.version[:3]]))
 m=getattr(i,'_machine','')
 try:
  m=os.uname().machine
 except Exception:
  pass
 print('machine\\t'+m)
 b=getattr(i,'_build','')
 if i.name=='circuitpython':
  try:
   import board
   b=board.board_id
  except Exception:
   pass
 print('board\\t'+b)
 gc.collect()
 print('memFree\\t%d'%gc.mem_free())
 try:
  s=os.statvfs('/')
  u=s[1] or s[0]
  print('flashTotal\\t%d'%(u*s[2]))
  print('flashFree\\t%d'%(u*s[3]))
 except Exception:
  pass
 if i.name=='circuitpython':
  try:
   import storage
   print('readOnly\\t%d'%(1 if storage.getmount('/').readonly else 0))
  except Exception:
   pass
 u=None
 try:
  if i.name=='circuitpython':
   import microcontroller
   u=microcontroller.cpu.uid
  else:
   import machine
   u=machine.unique_id()
 except Exception:
  pass
 if u:
  print('uid\\t'+''.join(['%02x'%x for x in u]))
_pinfo()
`;

/** Lists `folder` (recursively when asked), hashing each file on the board when asked. */
export function listSnippet(folder: string, hashes: boolean, recursive: boolean): string {
  return `_pls(${pythonString(folder)},${hashes ? 1 : 0},${recursive ? 1 : 0})`;
}

export interface ReadRange {
  path: string;
  offset: number;
  /** Most bytes to send from `offset`. */
  length: number;
}

/**
 * Prints each range framed by `#F <b64|hex> <file size> <path>` and `#E <checksum of the range>`, base64 (or hex)
 * lines of `lineBytes` bytes in between. Ranges keep each exec's output bounded, however large the file.
 */
export function readSnippet(ranges: ReadRange[], lineBytes: number): string {
  return ranges.map((r) => `_prd(${pythonString(r.path)},${lineBytes},${r.offset},${r.length})`).join("\n");
}

/** Closes and removes a temporary file after a failed write; safe to run when nothing is open. */
export function abortWriteSnippet(tempPaths: string[]): string {
  const removes = tempPaths.map((t) => `try:\n os.remove(${pythonString(t)})\nexcept Exception:\n pass`).join("\n");
  return `import os\ntry:\n _pf.close()\nexcept Exception:\n pass\n${removes}`;
}

/** Removes the temp files interrupted writes left under `folder`, printing `R<TAB>path` for each. */
export function removeTempsSnippet(folder: string): string {
  return `_prtmp(${pythonString(folder)})`;
}

export function deleteSnippet(path: string, recursive: boolean): string {
  if (recursive) return `_prm(${pythonString(path)})`;
  return `import os\nif os.stat(${pythonString(path)})[0]&0x4000:\n os.rmdir(${pythonString(path)})\nelse:\n os.remove(${pythonString(path)})`;
}

export function renameSnippet(from: string, to: string): string {
  return `import os\nos.rename(${pythonString(from)},${pythonString(to)})`;
}

export function mkdirSnippet(path: string, parents: boolean): string {
  return parents ? `_pmd(${pythonString(path)})` : `import os\nos.mkdir(${pythonString(path)})`;
}

/** The temporary name a file is written under before the verified rename: beside it, hidden, recognisable. */
export function tempPathFor(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}${TEMP_SUFFIX}`;
}

export function isTempPath(path: string): boolean {
  return path.endsWith(TEMP_SUFFIX);
}
