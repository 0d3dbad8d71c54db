// A typed set of listeners: subscribe returns the unsubscribe function, as every event source in the device layer does.
export class Emitter<T> {
  private listeners = new Set<(value: T) => void>();

  on(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(value: T): void {
    this.listeners.forEach((l) => l(value));
  }
}
