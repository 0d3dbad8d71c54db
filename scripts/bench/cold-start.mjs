// Cold start of the interpreter as a worker sees it: a fresh process loads the bundled interpreter, creates an
// Interpreter and runs `print('ready')`; prints the milliseconds from before loading the bundle to the first output.
const t0 = performance.now();
const { Interpreter, makeMemoryHost } = await import(process.argv[2]);
let first = -1;
const interp = new Interpreter(makeMemoryHost(() => {
  if (first < 0) first = performance.now() - t0;
}), { flavor: "micropython" });
interp.runModule("print('ready')", "main.py");
console.log(JSON.stringify({ coldMs: first }));
