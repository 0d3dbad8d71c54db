// The examples gallery's zustand slice: whether it is open, and which example is being opened.
import { create } from "zustand";

export interface ExamplesState {
  galleryOpen: boolean;
  /** The example being stored as a new project (its button shows progress). */
  opening?: string;
}

export const useExamples = create<ExamplesState>()(() => ({ galleryOpen: false }));

export function openGallery(): void {
  useExamples.setState({ galleryOpen: true });
}

export function closeGallery(): void {
  useExamples.setState({ galleryOpen: false, opening: undefined });
}
