// Cold start of the interpreter as a worker sees it: a fresh process loads the bundled interpreter, creates an
// Interpreter and runs `print('ready')`; prints the milliseconds (wall and this process's CPU) from before loading
// the bundle to the first output, and the wall and CPU time of each step (load, create, run to the first output).
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const c0 = cpuMs();
const t0 = performance.now();
const { Interpreter, makeMemoryHost } = await import(process.argv[2]);
const loaded = performance.now();
const loadedCpu = cpuMs();
let first = -1;
let firstCpu = -1;
const interp = new Interpreter(makeMemoryHost(() => {
  if (first < 0) {
    first = performance.now() - t0;
    firstCpu = cpuMs() - c0;
  }
}), { flavor: "micropython" });
const created = performance.now();
const createdCpu = cpuMs();
interp.runModule("print('ready')", "main.py");
console.log(JSON.stringify({
  coldMs: first,
  cpuMs: firstCpu,
  loadMs: loaded - t0,
  createMs: created - loaded,
  loadCpuMs: loadedCpu - c0,
  createCpuMs: createdCpu - loadedCpu,
  runCpuMs: firstCpu - (createdCpu - c0),
}));
