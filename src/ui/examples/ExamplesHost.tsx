// Mounted once in the app: the examples gallery, loaded on first use (its chunk is precached, so it works offline).
import { lazy, Suspense } from "react";
import { useExamples } from "../../app/examples/examples-state";

const ExamplesGallery = lazy(() => import("./ExamplesGallery"));

export function ExamplesHost() {
  const open = useExamples((s) => s.galleryOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ExamplesGallery />
    </Suspense>
  );
}
