import { specJsonSchema } from '../../spec/index.js';
import { EXIT_OK, type Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of plan specs (for editors and validators)',
  usage: 'execplan schema',
  help: `Prints the JSON Schema (draft 2020-12) of the spec to stdout. To get completion and
validation in VS Code (YAML extension), save it and start your spec with:
  # yaml-language-server: $schema=./execplan.schema.json

Example:
  execplan schema > execplan.schema.json`,
  options: {},
  async run(_positionals, _values, ctx) {
    ctx.io.stdout(`${JSON.stringify(specJsonSchema(), null, 2)}\n`);
    return EXIT_OK;
  },
};
