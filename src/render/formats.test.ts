import { describe, expect, it } from 'vitest';
import { outputFormats, renderFormats } from './formats.js';
import { planFile } from './html/test-utils/plans.js';

describe('renderFormats', () => {
  it('gives every format the text it renders alone, from one shared analysis', () => {
    const incident = planFile('examples/incident.yaml');
    const texts = renderFormats(outputFormats, incident);
    expect(texts).toEqual(outputFormats.map((f) => f.render(incident)));
  });
});
