#!/usr/bin/env node
// The only file that touches process.argv and process.exit.
import { nodeIo, stdoutFailed } from './io.js';
import { run } from './run.js';

const io = nodeIo();
let stdoutCode = 0;
process.stdout.on('error', (error) => {
  io.dropStdout();
  stdoutCode = stdoutFailed(error, io);
  // The error may arrive after the command finished and set its code.
  if (!process.exitCode) process.exitCode = stdoutCode;
});
// With stderr gone there is nowhere left to report anything: the exit code still tells.
process.stderr.on('error', () => undefined);
// No top-level await: the command is bundled as CommonJS (scripts/bundle-cli.mjs).
void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code !== 0 ? code : stdoutCode;
});
