// Generates schemas/k8s-fields.json: for every Kubernetes minor release pci-lint targets, the field tree of
// every built-in kind (field names, value types, required fields, enum values), derived from the Go API types
// the OpenAPI spec itself is generated from (k8s.io/api and k8s.io/apimachinery's meta/v1, one release tag each).
//
// The OpenAPI rules followed (kube-openapi's openapi-gen): a field's JSON name comes from its `json` tag; an
// embedded struct is inlined; a field is required when its comment says +required, or when its tag does not say
// omitempty/omitzero and its comment does not say +optional; a string type marked +enum allows exactly the values
// of its typed constants.
//
// Usage (the two repositories are plain git clones with their release tags, e.g. kubernetes/api and
// kubernetes/apimachinery):
//   node scripts/gen-k8s-schemas.mjs --api <git dir of k8s.io/api> --apimachinery <git dir of k8s.io/apimachinery>
// Output is deterministic, so regenerating on the same tags gives the same file.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
if (!args.api || !args.apimachinery) {
  console.error('usage: node scripts/gen-k8s-schemas.mjs --api <k8s.io/api git dir> --apimachinery <k8s.io/apimachinery git dir>');
  process.exit(2);
}

/** Target minor → the k8s.io/api (and apimachinery) tag of that release. 1.37 is read at its beta.0 tag (API freeze). */
const RELEASES = [];
for (let minor = 19; minor <= 36; minor++) RELEASES.push([minor, `v0.${minor}.0`]);
RELEASES.push([37, 'v0.37.0-beta.0']);

const git = (dir, ...rest) => execFileSync('git', ['--git-dir', dir, ...rest], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const API_PATH = 'k8s.io/api';
const META_PATH = 'k8s.io/apimachinery/pkg/apis/meta/v1';

/** Types outside the parsed packages, by import path and name: how their values are written in a manifest. */
const SPECIAL = {
  [`${META_PATH}.Time`]: 't',
  [`${META_PATH}.MicroTime`]: 't',
  [`${META_PATH}.Duration`]: 's',
  [`${META_PATH}.FieldsV1`]: 'any',
  'k8s.io/apimachinery/pkg/util/intstr.IntOrString': 'is',
  'k8s.io/apimachinery/pkg/api/resource.Quantity': 'q',
  'k8s.io/apimachinery/pkg/runtime.RawExtension': 'any',
  'k8s.io/apimachinery/pkg/runtime.Object': 'any',
  'k8s.io/apimachinery/pkg/types.UID': 's',
  'k8s.io/apimachinery/pkg/types.NodeName': 's',
};

const BUILTIN = { string: 's', bool: 'b', byte: 'i', int: 'i', int8: 'i', int16: 'i', int32: 'i', int64: 'i', uint: 'i', uint8: 'i', uint16: 'i', uint32: 'i', uint64: 'i', float32: 'n', float64: 'n' };

/** Parses the declarations pci-lint needs from the Go files of one package. */
function parsePackage(sources) {
  const imports = {};
  const structs = {};
  const named = {};
  const enums = new Set();
  const consts = {};
  const values = {};
  for (const text of sources) {
    for (const m of text.matchAll(/^\s*(?:import\s+)?(?:(\w+)\s+)?"([^"]+)"\s*$/gm)) {
      const path = m[2];
      imports[m[1] ?? path.slice(path.lastIndexOf('/') + 1)] = path;
    }
    const lines = text.split('\n');
    let comments = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^\s*\/\//.test(line)) {
        comments.push(line);
        continue;
      }
      const struct = /^type (\w+) struct\s*\{\s*(\})?\s*$/.exec(line);
      if (struct) {
        const fields = [];
        let fieldComments = [];
        if (!struct[2]) {
          for (i++; i < lines.length && !/^\}/.test(lines[i]); i++) {
            const body = lines[i];
            if (/^\s*\/\//.test(body)) {
              fieldComments.push(body);
              continue;
            }
            const field = /^\s+(\w+)\s+([^\s`]+)\s+`([^`]*)`/.exec(body);
            const embedded = /^\s+([\w.*]+)\s+`([^`]*)`/.exec(body);
            if (field) fields.push({ name: field[1], type: field[2], tag: field[3], comments: fieldComments });
            else if (embedded) fields.push({ embedded: true, type: embedded[1], tag: embedded[2], comments: fieldComments });
            fieldComments = [];
          }
        }
        structs[struct[1]] = fields;
        comments = [];
        continue;
      }
      const alias = /^type (\w+)\s+(?:=\s*)?([^\s{=]+)\s*(?:\/\/.*)?$/.exec(line);
      if (alias) {
        named[alias[1]] = alias[2];
        if (comments.some((c) => /\+enum\b/.test(c))) enums.add(alias[1]);
      }
      // String constants: `Name Type = "v"`, `Name = Type("v")`, `Name = Type(other.Const)`, `Name Type = Const`,
      // and untyped `Name = "v"` (only to resolve the others).
      const typed = /^\s*(?:const\s+)?([A-Z]\w*)\s+([A-Z]\w*)\s*=\s*("[^"]*"|[\w.]+)\s*(?:\/\/.*)?$/.exec(line);
      const converted = /^\s*(?:const\s+)?([A-Z]\w*)\s*=\s*([A-Z]\w*)\(("[^"]*"|[\w.]+)\)\s*(?:\/\/.*)?$/.exec(line);
      const untyped = /^\s*(?:const\s+)?([A-Z]\w*)\s*=\s*("[^"]*")\s*(?:\/\/.*)?$/.exec(line);
      const member = typed ?? converted;
      if (member) {
        (consts[member[2]] ??= []).push(member[3]);
        values[member[1]] = member[3];
      } else if (untyped) {
        values[untyped[1]] = untyped[2];
      }
      comments = [];
    }
  }
  return { imports, structs, named, enums, consts, values };
}

function jsonTag(tag) {
  const m = /json:"([^"]*)"/.exec(tag);
  if (!m) return undefined;
  const [name, ...opts] = m[1].split(',');
  return { name, omitempty: opts.includes('omitempty') || opts.includes('omitzero'), inline: opts.includes('inline') };
}

const isOptional = (comments) => comments.some((c) => /\+(?:k8s:)?optional\b/.test(c));
const isRequired = (comments) => comments.some((c) => /\+(?:k8s:)?required\b/.test(c));

/** Builds the defs of one release. */
function buildRelease(tag) {
  const packages = new Map();
  const load = (importPath) => {
    if (packages.has(importPath)) return packages.get(importPath);
    let dir;
    let repo;
    if (importPath === META_PATH) {
      repo = args.apimachinery;
      dir = 'pkg/apis/meta/v1';
    } else if (importPath.startsWith(`${API_PATH}/`)) {
      repo = args.api;
      dir = importPath.slice(API_PATH.length + 1);
    } else {
      packages.set(importPath, undefined);
      return undefined;
    }
    const files = git(repo, 'ls-tree', '--name-only', `${tag}:${dir}`)
      .split('\n')
      .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go') && !f.startsWith('zz_generated') && !f.startsWith('generated'));
    // meta/v1 holds much more than types; its types.go has every struct a manifest uses.
    const chosen = importPath === META_PATH ? files.filter((f) => f === 'types.go' || f === 'group_version.go') : files;
    const pkg = parsePackage(chosen.map((f) => git(repo, 'show', `${tag}:${dir}/${f}`)));
    pkg.id = importPath === META_PATH ? 'meta/v1' : dir;
    pkg.path = importPath;
    packages.set(importPath, pkg);
    return pkg;
  };

  const defs = {};
  const unresolved = new Set();

  const resolveNamed = (pkg, name) => {
    const special = SPECIAL[`${pkg.path}.${name}`];
    if (special) return special;
    if (pkg.structs[name]) {
      const id = `${pkg.id}.${name}`;
      if (!(id in defs)) {
        defs[id] = null; // reserve: recursive types refer to themselves by id
        defs[id] = structDef(pkg, name);
      }
      return `@${id}`;
    }
    const underlying = pkg.named[name];
    if (underlying === undefined) {
      unresolved.add(`${pkg.path}.${name}`);
      return 'any';
    }
    if (underlying === 'string' && pkg.enums.has(name) && pkg.consts[name]?.length) {
      const allowed = pkg.consts[name].map((expr) => constValue(pkg, expr));
      // An enum with a value this parser cannot resolve is treated as a plain string: never a false finding.
      if (allowed.every((v) => v !== undefined)) {
        const id = `${pkg.id}.${name}`;
        defs[id] = { e: [...new Set(allowed)].sort() };
        return `e@${id}`;
      }
      unresolved.add(`${pkg.path}.${name} (enum values)`);
    }
    return resolveType(pkg, underlying);
  };

  /** The string a constant expression stands for: a literal, a constant of this package or of an import. */
  const constValue = (pkg, expr, depth = 0) => {
    if (expr.startsWith('"')) return expr.slice(1, -1);
    if (depth > 4) return undefined;
    const qualified = /^(\w+)\.(\w+)$/.exec(expr);
    const owner = qualified ? load(pkg.imports[qualified[1]]) : pkg;
    const name = qualified ? qualified[2] : expr;
    const value = owner?.values[name];
    return value === undefined ? undefined : constValue(owner, value, depth + 1);
  };

  const resolveType = (pkg, expr) => {
    const type = expr.replace(/^\*+/, '');
    if (type === '[]byte') return 's';
    if (type.startsWith('[]')) return `[]${resolveType(pkg, type.slice(2))}`;
    const map = /^map\[[^\]]+\](.+)$/.exec(type);
    if (map) return `{}${resolveType(pkg, map[1])}`;
    if (type === 'interface{}' || type === 'any') return 'any';
    if (BUILTIN[type]) return BUILTIN[type];
    const qualified = /^(\w+)\.(\w+)$/.exec(type);
    if (qualified) {
      const importPath = pkg.imports[qualified[1]];
      const special = SPECIAL[`${importPath}.${qualified[2]}`];
      if (special) return special;
      const other = importPath && load(importPath);
      if (!other) {
        unresolved.add(`${importPath ?? qualified[1]}.${qualified[2]}`);
        return 'any';
      }
      return resolveNamed(other, qualified[2]);
    }
    return resolveNamed(pkg, type);
  };

  /** Fields (json name → type ref) and required names of a struct, with embedded structs inlined. */
  const collect = (pkg, name, into) => {
    for (const field of pkg.structs[name]) {
      const tag = jsonTag(field.tag);
      if (tag?.name === '-') continue;
      // An embedded struct is inlined unless its tag names it (`metav1.ObjectMeta \`json:"metadata"\``).
      if ((field.embedded && !tag?.name) || tag?.inline) {
        let owner = pkg;
        let inner = field.type.replace(/^\*+/, '');
        // Follow qualified names and type aliases (`type RuleWithOperations = v1.RuleWithOperations`).
        for (let hops = 0; hops < 4 && owner && !owner.structs[inner]; hops++) {
          const qualified = /^(\w+)\.(\w+)$/.exec(inner);
          if (qualified) {
            owner = load(owner.imports[qualified[1]]);
            inner = qualified[2];
          } else if (owner.named[inner]) {
            inner = owner.named[inner];
          } else break;
        }
        if (owner?.structs[inner]) collect(owner, inner, into);
        else unresolved.add(`${pkg.path}: embedded ${field.type}`);
        continue;
      }
      if (!tag || !tag.name) continue;
      into.f[tag.name] = resolveType(pkg, field.type);
      if (isRequired(field.comments) || (!tag.omitempty && !isOptional(field.comments))) into.r.push(tag.name);
    }
  };

  const structDef = (pkg, name) => {
    const def = { f: {}, r: [] };
    collect(pkg, name, def);
    const sorted = { f: Object.fromEntries(Object.entries(def.f).sort(([a], [b]) => (a < b ? -1 : 1))) };
    if (def.r.length > 0) sorted.r = [...new Set(def.r)].sort();
    return sorted;
  };

  const kinds = {};
  const dirs = git(args.api, 'ls-tree', '-r', '--name-only', tag)
    .split('\n')
    .filter((f) => /^[a-z]+\/v\d+(?:(?:alpha|beta)\d+)?\/register\.go$/.test(f))
    .map((f) => f.slice(0, -'/register.go'.length));
  for (const dir of dirs.sort()) {
    const register = git(args.api, 'show', `${tag}:${dir}/register.go`);
    const group = /GroupName\s*=\s*"([^"]*)"/.exec(register);
    if (!group) continue;
    const version = dir.slice(dir.indexOf('/') + 1);
    const apiVersion = group[1] ? `${group[1]}/${version}` : version;
    const pkg = load(`${API_PATH}/${dir}`);
    const block = /addKnownTypes\(([\s\S]*?)\n\s*\)/.exec(register)?.[1] ?? '';
    for (const m of block.matchAll(/&(\w+)\{\}/g)) {
      const kind = m[1];
      if (kind.endsWith('List') || !pkg.structs[kind]) continue;
      const fields = pkg.structs[kind];
      // Only objects with TypeMeta are written as manifests.
      if (!fields.some((f) => f.embedded && /TypeMeta$/.test(f.type))) continue;
      kinds[`${apiVersion}|${kind}`] = resolveNamed(pkg, kind).slice(1);
    }
  }
  return { defs, kinds, unresolved };
}

const store = [];
const storeIndex = new Map();
const intern = (def) => {
  const key = JSON.stringify(def);
  let index = storeIndex.get(key);
  if (index === undefined) {
    index = store.length;
    store.push(def);
    storeIndex.set(key, index);
  }
  return index;
};

const versions = {};
let previous = { types: {}, kinds: {} };
for (const [minor, tag] of RELEASES) {
  const { defs, kinds, unresolved } = buildRelease(tag);
  if (unresolved.size > 0) console.warn(`1.${minor} (${tag}): typed as "any": ${[...unresolved].sort().join(', ')}`);
  const types = Object.fromEntries(Object.entries(defs).map(([id, def]) => [id, intern(def)]));
  // Each release is stored as its difference to the previous one (-1 / null: gone).
  const typeDiff = {};
  for (const [id, index] of Object.entries(types)) if (previous.types[id] !== index) typeDiff[id] = index;
  for (const id of Object.keys(previous.types)) if (!(id in types)) typeDiff[id] = -1;
  const kindDiff = {};
  for (const [gvk, id] of Object.entries(kinds)) if (previous.kinds[gvk] !== id) kindDiff[gvk] = id;
  for (const gvk of Object.keys(previous.kinds)) if (!(gvk in kinds)) kindDiff[gvk] = null;
  const sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  versions[`1.${minor}`] = { tag, types: sortKeys(typeDiff), kinds: sortKeys(kindDiff) };
  previous = { types, kinds };
  console.log(`1.${minor} (${tag}): ${Object.keys(kinds).length} kinds, ${Object.keys(types).length} types`);
}

const out = {
  format: 1,
  description:
    'Field trees of the built-in Kubernetes kinds per minor release, generated by scripts/gen-k8s-schemas.mjs from the Go API types of k8s.io/api and k8s.io/apimachinery (meta/v1) at each release tag. ' +
    'defs: type definitions (f: field → type ref, r: required fields, e: enum values). versions: per release, the change to the previous release of type id → def index (-1: gone) and of "apiVersion|kind" → type id (null: gone). ' +
    'Type refs: s string, t timestamp string, b boolean, i integer, n number, q quantity (number or string), is int-or-string, any, e@id enum string, @id object, []X list of X, {}X map of X.',
  defs: store,
  versions,
};
const target = fileURLToPath(new URL('../schemas/k8s-fields.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`wrote ${target}: ${store.length} distinct definitions, ${(JSON.stringify(out).length / 1024).toFixed(0)} KiB`);
