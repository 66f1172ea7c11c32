import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Reads main/ the way main/core/i18n does at run time: every msg`…` and note`…` gives the key
// "its text parts joined by {0}, {1} …", every t('…') its literal. Only files that import the
// tag or function from main/core/i18n count (a local variable called t is something else).

export interface KeyUse {
  key: string;
  file: string;
  line: number;
}

export interface Scan {
  keys: KeyUse[];
  /** t(x) with something other than a literal: allowed only where listed in the test. */
  dynamic: KeyUse[];
  /** `throw new AppError(…)` / notFound(…) with a plain, untranslated text. */
  plainErrors: KeyUse[];
}

const I18N = path.join('main', 'core', 'i18n');

export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** The key a tagged template gives at run time (keyOf in main/core/i18n). */
export function templateKey(tpl: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(tpl)) return tpl.text;
  return tpl.head.text + tpl.templateSpans.map((s, i) => `{${i}}${s.literal.text}`).join('');
}

function importedNames(sf: ts.SourceFile, file: string): Set<string> {
  const names = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const target = path.normalize(path.join(path.dirname(file), st.moduleSpecifier.text));
    if (target !== I18N && target !== path.join(I18N, 'index')) continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.add((el.propertyName ?? el.name).text);
  }
  return names;
}

/** Words in a literal (not just punctuation, a placeholder or a line break): a message. */
const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

function isPlainText(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return hasWords(node.text);
  if (ts.isTemplateExpression(node)) return hasWords(node.head.text) || node.templateSpans.some((s) => hasWords(s.literal.text));
  if (ts.isParenthesizedExpression(node)) return isPlainText(node.expression);
  if (ts.isConditionalExpression(node)) return isPlainText(node.whenTrue) || isPlainText(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return isPlainText(node.left) || isPlainText(node.right);
  return false;
}

/** `file` relative to the repository `root` (as keys and messages name it). */
export function scanFile(root: string, file: string, checkErrors: boolean): Scan {
  const sf = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const names = importedNames(sf, file);
  const scan: Scan = { keys: [], dynamic: [], plainErrors: [] };
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && (n.tag.text === 'msg' || n.tag.text === 'note') && names.has(n.tag.text))
      scan.keys.push({ key: templateKey(n.template), file, line: at(n) });
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 't' && names.has('t')) {
      const arg = n.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) scan.keys.push({ key: arg.text, file, line: at(n) });
      else scan.dynamic.push({ key: arg?.getText(sf) ?? '', file, line: at(n) });
    }
    if (checkErrors && ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'AppError') {
      const [, message, fields] = n.arguments ?? [];
      if (message && isPlainText(message)) scan.plainErrors.push({ key: message.getText(sf), file, line: at(n) });
      if (fields && ts.isObjectLiteralExpression(fields))
        for (const p of fields.properties)
          if (ts.isPropertyAssignment(p) && isPlainText(p.initializer)) scan.plainErrors.push({ key: p.initializer.getText(sf), file, line: at(p) });
    }
    if (checkErrors && ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'notFound') {
      const what = n.arguments[0];
      if (what && isPlainText(what)) scan.plainErrors.push({ key: what.getText(sf), file, line: at(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return scan;
}

/** Scans every .ts file under main/ (but the catalogues); `errorsExcept` are not held to the AppError rule. */
export function scanMain(root: string, errorsExcept: readonly string[]): Scan {
  const all: Scan = { keys: [], dynamic: [], plainErrors: [] };
  for (const abs of filesUnder(path.join(root, 'main'))) {
    const file = path.relative(root, abs);
    if (file.startsWith(I18N + path.sep) && !file.endsWith('index.ts')) continue;
    const checkErrors = !errorsExcept.some((dir) => file === dir || file.startsWith(dir + path.sep));
    const s = scanFile(root, file, checkErrors);
    all.keys.push(...s.keys);
    all.dynamic.push(...s.dynamic);
    all.plainErrors.push(...s.plainErrors);
  }
  return all;
}

/** The placeholders of a template, sorted: '{0}', '{1}' … */
export function placeholders(s: string): string[] {
  return [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
}
