import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Folders whose words all go through locales/*.yml. */
const CONVERTED = [
  'components/sidebar',
  'components/shared',
  'components/options',
  'components/popup',
];
/** Attributes people read or hear. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'heading',
]);
const HAS_LETTER = /\p{L}/u;
/** "Try again.", "Couldn't search" — a capitalised word followed by more words: prose. */
const SENTENCE = /^\p{Lu}\p{Ll}*[’']?\p{Ll}*[\s,:]+\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function textOf(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

/** `i18n.t('sidebar.tagBar.tag')`: a key, not words; so are module names and compared values. */
function isMessageKey(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  // `link.state === 'set'`: a value compared, not shown.
  if (ts.isBinaryExpression(parent) && /^[!=]==?$/.test(parent.operatorToken.getText()))
    return true;
  return (
    ts.isCallExpression(parent) &&
    parent.arguments[0] === node &&
    /(^|\.)t$/.test(parent.expression.getText())
  );
}

/** A property's value or a call's argument: what the code passes, not what it shows. */
const isValueInCode = (node: ts.Node) =>
  ts.isPropertyAssignment(node.parent) || ts.isCallExpression(node.parent);

/** Literal words a person would see, with where they are. */
function literalUiStrings(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, words: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1} ${JSON.stringify(words.trim())}`);
  };
  const visit = (node: ts.Node, inReadAttribute: boolean, inJsxChild: boolean) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) report(node, node.text);
    const literal = textOf(node);
    if (literal !== undefined && HAS_LETTER.test(literal) && !isMessageKey(node))
      // `{{ source: 'tagged' }}`, `{trackerNames('and')}`: data in a child; a sentence is still caught.
      if (inReadAttribute || (inJsxChild && !isValueInCode(node)) || SENTENCE.test(literal))
        report(node, literal);
    let read = inReadAttribute;
    let child = inJsxChild;
    if (ts.isJsxAttribute(node)) {
      read = READ_ATTRIBUTES.has(node.name.getText(source));
      child = false;
    } else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) {
      read = false;
      child = true;
    }
    ts.forEachChild(node, (next) => visit(next, read, child));
  };
  visit(source, false, false);
  return found;
}

describe('extension pages say nothing in a language of their own', () => {
  for (const dir of CONVERTED)
    it(`${dir}: every word people read comes from the locale files`, () => {
      expect(sourceFiles(dir).flatMap(literalUiStrings)).toEqual([]);
    });

  it('catches what it is meant to catch', () => {
    // The scanner itself, on a file known to hold literal words (kept out of components/).
    expect(literalUiStrings('test/components/i18n/literal-words.fixture.tsx')).toEqual([
      'test/components/i18n/literal-words.fixture.tsx:5 "Sync now"',
      'test/components/i18n/literal-words.fixture.tsx:6 "Close"',
      'test/components/i18n/literal-words.fixture.tsx:7 "Show all"',
      'test/components/i18n/literal-words.fixture.tsx:8 "Search…"',
      'test/components/i18n/literal-words.fixture.tsx:12 "That did not work; try again."',
    ]);
  });
});
