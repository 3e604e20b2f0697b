import { describe, expect, it } from 'vitest';
import { escapeXml, xmlDocument, type XmlNode } from './xml.js';

describe('xmlDocument', () => {
  it('writes the declaration, the namespace on the root, one indented line per element and a final line feed', () => {
    const root: XmlNode = ['Project', [['Name', 'Launch'], ['Tasks', [['Task', [['UID', 1]]]]]]];
    expect(xmlDocument(root, 'urn:x')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="urn:x">\n  <Name>Launch</Name>\n  <Tasks>\n    <Task>\n      <UID>1</UID>\n    </Task>\n  </Tasks>\n</Project>\n',
    );
  });

  it('writes children a generator yields, skips undefined ones, and closes an element without children on itself', () => {
    function* rows(): Generator<XmlNode | undefined> {
      yield ['Row', 1];
      yield undefined;
      yield ['Row', 2];
    }
    const text = xmlDocument(['Root', [['Rows', rows()], ['Empty', [undefined]]]], 'urn:x');
    expect(text).toContain('  <Rows>\n    <Row>1</Row>\n    <Row>2</Row>\n  </Rows>\n  <Empty/>\n');
  });

  it('holds a document of many rows, each on its own line', () => {
    function* rows(): Generator<XmlNode> {
      for (let i = 0; i < 10_000; i++) yield ['Row', i];
    }
    const lines = xmlDocument(['Root', rows()], 'urn:x').split('\n');
    expect(lines).toHaveLength(10_004);
    expect(lines[2]).toBe('  <Row>0</Row>');
    expect(lines[10_001]).toBe('  <Row>9999</Row>');
  });
});

describe('escapeXml', () => {
  it('leaves plain text as it is', () => {
    expect(escapeXml('Ship the beta (v2), then tell everyone.')).toBe('Ship the beta (v2), then tell everyone.');
  });

  it('escapes markup, keeps a carriage return as a reference and replaces what XML 1.0 cannot hold', () => {
    expect(escapeXml('a < b && c > d]]>')).toBe('a &lt; b &amp;&amp; c &gt; d]]&gt;');
    expect(escapeXml('one\r\ntwo')).toBe('one&#13;\ntwo');
    expect(escapeXml('bell\u0007 lone\uD800 pair\uD83D\uDE00')).toBe('bell\uFFFD lone\uFFFD pair\uD83D\uDE00');
  });
});
