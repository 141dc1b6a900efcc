// @ts-check
/**
 * pci-lint/own-index: a table with a string index signature may not be read or written with a key typed
 * `string` (user text: a kind, a label, a field name), because `table["constructor"]` finds
 * Object.prototype's member, and `table["__proto__"] = x` replaces the prototype. Use `own(table, key)`
 * (src/model/own.ts) to read, a Map, or an object made with `Object.create(null)` (typed `Dict`) to write.
 */
import ts from 'typescript';

/** @param {ts.Type} type */
const isStringy = (type) => {
  if (type.isUnion()) return type.types.some(isStringy);
  return (type.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) !== 0;
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Own-property lookups wherever a string key indexes a table' },
    messages: {
      read: 'A string key indexes a table: use own(table, key) so "constructor" or "__proto__" cannot find Object.prototype.',
      in: 'A string tested with `in` against a table: use Object.hasOwn(table, key) so "constructor" is not found on Object.prototype.',
      write: 'A string key writes into a plain object: use a Map or a null-prototype Dict so "__proto__" cannot replace the prototype.',
    },
    schema: [],
  },
  /** @param {import('@typescript-eslint/utils').TSESLint.RuleContext<'read' | 'write' | 'in', []>} context */
  create(context) {
    const services = /** @type {import('@typescript-eslint/utils').ParserServicesWithTypeInformation} */ (context.sourceCode.parserServices);
    if (!services.program) return {};
    const checker = services.program.getTypeChecker();
    /** @param {import('@typescript-eslint/utils').TSESTree.Node} node */
    const isTable = (node) => {
      const type = checker.getApparentType(services.getTypeAtLocation(node));
      if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
      return checker.getIndexInfoOfType(type, ts.IndexKind.String) !== undefined && !isNullPrototype(type);
    };
    return {
      /** @param {import('@typescript-eslint/utils').TSESTree.BinaryExpression} node */
      BinaryExpression(node) {
        if (node.operator !== 'in' || node.left.type === 'PrivateIdentifier') return;
        if (isTable(node.right) && isStringy(services.getTypeAtLocation(node.left))) context.report({ node, messageId: 'in' });
      },
      /** @param {import('@typescript-eslint/utils').TSESTree.MemberExpression} node */
      MemberExpression(node) {
        if (!node.computed) return;
        if (!isTable(node.object)) return;
        const keyType = services.getTypeAtLocation(node.property);
        if (!isStringy(keyType)) return;
        const parent = node.parent;
        const writing = (parent.type === 'AssignmentExpression' && parent.left === node) || (parent.type === 'UpdateExpression');
        context.report({ node, messageId: writing ? 'write' : 'read' });
      },
    };
    /** @param {ts.Type} type */
    function isNullPrototype(type) {
      return type.aliasSymbol?.name === 'Dict' || type.getProperty('__nullPrototype') !== undefined;
    }
  },
};
