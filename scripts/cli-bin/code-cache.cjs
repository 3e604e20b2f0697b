'use strict';
// Loads the bundled command with the V8 code cache the build recorded beside each chunk. Node 20
// keeps no compile cache for ES modules (module.enableCompileCache came with Node 22), so the
// command is bundled as CommonJS and each of its files is compiled through vm.Script with its
// cache: a start then skips most of the parsing and compiling of about 1.5 MB of code. V8 rejects
// a cache made by another Node version or under other V8 flags, and the file compiles as usual.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const bundleDir = __dirname + path.sep;

function cacheFile(file) {
  return `${file}.v8-cache`;
}

function readCache(file) {
  try {
    return fs.readFileSync(cacheFile(file));
  } catch {
    return undefined;
  }
}

/** A bundle file compiled as CommonJS, with `cachedData` when given. */
function scriptOf(filename, content, cachedData) {
  // A shebang is not JavaScript inside the CommonJS wrapper; a comment keeps the line numbers.
  const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
  return new vm.Script(Module.wrap(source), { filename, cachedData });
}

/** Compiles this bundle's files with their caches; `recorded` collects the scripts when the build records caches. */
function compileWithCache(recorded) {
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename, ...rest) {
    if (!filename.startsWith(bundleDir)) return compile.call(this, content, filename, ...rest);
    const script = scriptOf(filename, content, recorded ? undefined : readCache(filename));
    if (recorded) recorded.push({ script, filename });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
}

/** Runs an entry of the bundle (the command, the forecast worker). */
function load(entry) {
  compileWithCache(undefined);
  require(path.join(__dirname, entry));
}

/**
 * Runs the command with `args` and, as the process exits, writes each file's cache: it then holds
 * the functions that run compiled too, not only the top level. Called by the build.
 */
function record(entry, args) {
  const recorded = [];
  compileWithCache(recorded);
  const file = path.join(__dirname, entry);
  process.argv = [process.argv[0], file, ...args];
  process.on('exit', () => {
    for (const { script, filename } of recorded) fs.writeFileSync(cacheFile(filename), script.createCachedData());
  });
  require(file);
}

/** The bundle's files whose recorded cache this Node refuses (the tests ask). */
function rejectedCaches() {
  return fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.cjs') && fs.existsSync(cacheFile(path.join(__dirname, f))))
    .filter((f) => {
      const filename = path.join(__dirname, f);
      return scriptOf(filename, fs.readFileSync(filename, 'utf8'), readCache(filename)).cachedDataRejected;
    });
}

module.exports = { load, record, rejectedCaches };
