/** pdf.js's worker module, loaded in-process by the import worker; it ships no types of its own. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
