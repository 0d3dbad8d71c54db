// The simulator as the app shows it: the panel, running the app's open project.
import { useSimulatorProject } from "../../app/simulator/project-adapter";
import { SimulatorPanel } from "./SimulatorPanel";

export function AppSimulator() {
  useSimulatorProject();
  return <SimulatorPanel />;
}
