// A test board in a Node worker thread: the real SerialRepl over the shared serial link, with a table-driven executor.
import { parentPort, workerData } from "node:worker_threads";
import { SerialBoardEnd, type SharedSerialBuffers } from "../../src/board/shared-serial";
import { SerialRepl, type ExecOutcome, type ReplExecutor } from "../../src/board/repl/serial-repl";
import { SerialClosed } from "../../src/board/repl/serial-port";

const serial = new SerialBoardEnd(workerData as SharedSerialBuffers, (chunk) => parentPort!.postMessage(chunk));

/** Knows a few programs; `print(N)` prints N, `raise ...` fails, `sleep` runs until Ctrl-C. */
class TableExecutor implements ReplExecutor {
  execute(source: string): ExecOutcome {
    const print = /^print\((.*)\)$/s.exec(source.trim());
    if (source.includes("while True")) {
      serial.write("started\r\n");
      while (!serial.takeInterrupt()) serial.waitForInput(5);
      return { kind: "exception", text: "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nKeyboardInterrupt: \r\n" };
    }
    if (print) {
      serial.write(`${print[1].replace(/^'(.*)'$/s, "$1")}\r\n`);
      return { kind: "ok" };
    }
    if (source.startsWith("raise")) {
      return { kind: "exception", text: 'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nValueError: 7\r\n' };
    }
    return { kind: "ok" };
  }
}

const personality = {
  banner: () => 'MicroPython v1.28.0 on 2026-11-21; Raspberry Pi Pico with RP2040\r\nType "help()" for more information.\r\n',
  rawReplPrefix: () => "",
};
const repl = new SerialRepl(serial, new TableExecutor(), personality);
try {
  let exit = repl.run("friendly", true);
  for (;;) {
    serial.write("MPY: soft reboot\r\n");
    exit = repl.run(exit.mode, exit.mode === "raw");
  }
} catch (e) {
  if (!(e instanceof SerialClosed)) throw e;
}
serial.flush();
