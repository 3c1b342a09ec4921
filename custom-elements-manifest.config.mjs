/**
 * custom-elements.json (`npm run analyze`), read by IDEs, Storybook and framework wrappers.
 *
 * Besides the analyzer's Lit support, a small plugin teaches it this module's conventions:
 * - registration: a class names its tag with `static tagName = 'client-list'` and is defined by
 *   `Class.define()` (never a bare `customElements.define` in the class module), so the tag and
 *   the custom-element-definition export come from that field;
 * - events: elements dispatch through the typed `this.emit('client-open', detail)`; each event
 *   name found there gets the detail type and description of `InteropEventMap`
 *   (components/base/events.ts) unless the class's JSDoc `@event` already says more;
 * - theming: the global `--ic-*` tokens are documented with `@cssproperty` on the `tokens` style
 *   sheet (components/ui/tokens.styles.ts), a variable the analyzer does not attach to elements;
 *   they are added to every element, after the element's own `@cssproperty` tags.
 */

const EVENT_MAP_INTERFACE = 'InteropEventMap';

/** Text of the JSDoc comment before `node` (without tags). */
function jsDocText(ts, node) {
  const docs = node.jsDoc ?? [];
  return docs
    .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ts.getTextOfJSDocComment?.(doc.comment) ?? ''))
    .join('\n')
    .trim();
}

/** `@tag value - description` tags of the JSDoc before `node`. */
function jsDocTags(ts, node, tagName) {
  const tags = [];
  for (const doc of node.jsDoc ?? []) {
    for (const tag of doc.tags ?? []) {
      if (tag.tagName.text.toLowerCase() !== tagName) continue;
      const comment = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment?.(tag.comment) ?? '';
      const match = /^(\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(comment.trim());
      if (match) tags.push({name: match[1], description: match[2].replace(/\s+/g, ' ').trim()});
    }
  }
  return tags;
}

function interopClientsPlugin() {
  /** event name → {type, description} from InteropEventMap */
  const eventMap = new Map();
  /** global design tokens from `@cssproperty` tags on style-sheet variables */
  const globalCssProperties = [];

  return {
    name: 'interop-clients-conventions',

    collectPhase({ts, node}) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === EVENT_MAP_INTERFACE) {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.name) continue;
          const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
          eventMap.set(name, {type: member.type?.getText().replace(/\s+/g, ' ') ?? 'CustomEvent', description: jsDocText(ts, member)});
        }
      }
      if (ts.isVariableStatement(node)) {
        for (const property of jsDocTags(ts, node, 'cssproperty')) {
          if (!globalCssProperties.some((known) => known.name === property.name)) globalCssProperties.push(property);
        }
      }
    },

    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((declaration) => declaration.kind === 'class' && declaration.name === node.name.text);
      if (!classDoc) return;

      // static tagName = 'client-list'
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'tagName') continue;
        if (!member.initializer || !ts.isStringLiteralLike(member.initializer)) continue;
        const tagName = member.initializer.text;
        classDoc.tagName = tagName;
        classDoc.customElement = true;
        if (!moduleDoc.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tagName)) {
          moduleDoc.exports.push({
            kind: 'custom-element-definition',
            name: tagName,
            declaration: {name: classDoc.name, module: moduleDoc.path},
          });
        }
      }

      // this.emit('client-open', …)
      const emitted = new Set();
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isPropertyAccessExpression(child.expression) &&
          child.expression.name.text === 'emit' &&
          child.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
          child.arguments[0] &&
          ts.isStringLiteralLike(child.arguments[0])
        ) {
          emitted.add(child.arguments[0].text);
        }
        ts.forEachChild(child, visit);
      };
      ts.forEachChild(node, visit);
      classDoc.events ??= [];
      for (const name of emitted) {
        if (!classDoc.events.some((event) => event.name === name)) classDoc.events.push({name});
      }
    },

    moduleLinkPhase({moduleDoc}) {
      // `customElements.define(tagName, constructor)` inside the registration helper is not a tag.
      moduleDoc.exports = moduleDoc.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'));
      for (const declaration of moduleDoc.declarations ?? []) {
        // `new CustomEvent(name, …)` inside the generic emit() helper is not an event of its own.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name.includes('-'));
      }
    },

    packageLinkPhase({customElementsManifest}) {
      // The analyzer lists files in the order the disk returns them; sort, so that the same
      // code always gives the same manifest (CI compares it).
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          for (const event of declaration.events ?? []) {
            const known = eventMap.get(event.name);
            if (!known) continue;
            if (!event.type || event.type.text === 'CustomEvent') event.type = {text: known.type};
            if (!event.description && known.description) event.description = known.description;
          }
          if (declaration.events?.length === 0) delete declaration.events;
          if (declaration.tagName && globalCssProperties.length) {
            declaration.cssProperties ??= [];
            for (const property of globalCssProperties) {
              if (!declaration.cssProperties.some((own) => own.name === property.name)) declaration.cssProperties.push({...property});
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.spec.ts', '**/*.d.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [interopClientsPlugin()],
};
