import { basename, extname } from 'node:path';
import type { RenderedOutput } from '../api/index.js';

/** The files of a run: <spec name>.<extension>, one per format, in the order asked for. */
export function outputFiles(specFile: string, outputs: readonly RenderedOutput[]): { name: string; text: string }[] {
  const name = basename(specFile, extname(specFile));
  return outputs.map(({ extension, text }) => ({ name: `${name}.${extension}`, text }));
}
