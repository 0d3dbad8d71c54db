// Unit-test helper: loads the numeric types first (their files register methods at load time, so they must
// start the import cycle with runtime/function.ts rather than join it half-way).
import "../int";
import "../float";
import "../bool";
