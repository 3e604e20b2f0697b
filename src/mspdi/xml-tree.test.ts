import { describe, expect, it } from 'vitest';
import { parseXmlTree, textOf } from './xml-tree.js';

describe('parseXmlTree', () => {
  it('builds the tree with each element at the offset of its tag and its text unescaped', () => {
    const text = '<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n  <Name>a &lt;b&gt; &amp; ]]&gt; &#13;c</Name>\n</Project>\n';
    const { root } = parseXmlTree(text);
    expect(root?.name).toBe('Project');
    expect(root?.offset).toBe(text.indexOf('<Project'));
    expect(root?.children[0].offset).toBe(text.indexOf('<Name>'));
    expect(textOf(root, 'Name')).toBe('a <b> & ]]> \rc');
  });

  it('reads CDATA as text', () => expect(textOf(parseXmlTree('<P><N><![CDATA[<x> & y]]></N></P>').root, 'N')).toBe('<x> & y'));

  it('reports a tag that is not closed at its position', () => {
    const text = '<Project>\n  <Name>x</Nam>\n</Project>';
    const { diagnostic } = parseXmlTree(text);
    expect(diagnostic?.code).toBe('E_XML_SYNTAX');
    expect(text.slice(0, diagnostic!.range![0]).split('\n').length).toBe(2);
  });

  it('refuses a billion-laughs DOCTYPE before expanding anything', () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<Project><Name>&lol2;</Name></Project>';
    expect(parseXmlTree(bomb).diagnostic).toMatchObject({ code: 'E_XML_DOCTYPE', range: [bomb.indexOf('<!DOCTYPE'), bomb.indexOf('<!DOCTYPE') + 1] });
  });

  it('refuses an external entity', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE p [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<Project><Name>&xxe;</Name></Project>';
    expect(parseXmlTree(xxe).diagnostic?.code).toBe('E_XML_DOCTYPE');
  });

  it('reports an undefined entity instead of guessing', () => expect(parseXmlTree('<P><N>&nbsp;</N></P>').diagnostic?.code).toBe('E_XML_SYNTAX'));

  it('refuses elements nested past the limit', () => {
    const deep = `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`;
    expect(parseXmlTree(deep).diagnostic).toMatchObject({ code: 'E_XML_SYNTAX', message: 'elements are nested deeper than 64 levels' });
  });

  it('reports a file with no element', () => expect(parseXmlTree('   ').diagnostic?.code).toBe('E_XML_SYNTAX'));
});
