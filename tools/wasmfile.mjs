// The few pieces of the WebAssembly binary format that tools/split.mjs edits: a module is
// a header and a list of sections (id, length, bytes); only the import and export
// sections are ever rewritten, and nothing inside a function body is touched.

/** Reads an unsigned LEB128 number at `p`: [value, next position]. */
export function leb(bytes, p) {
  let n = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[p++];
    n += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [n, p];
  }
}

export function uleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}

/** The module's sections, in order: { id, body }. */
export function sections(bytes) {
  const out = [];
  let p = 8;
  while (p < bytes.length) {
    const id = bytes[p];
    const [size, q] = leb(bytes, p + 1);
    out.push({ id, body: bytes.subarray(q, q + size) });
    p = q + size;
  }
  return out;
}

/** A custom section's name. */
export function customName(section) {
  const [len, p] = leb(section.body, 0);
  return section.body.subarray(p, p + len).toString('utf8');
}

const name = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([uleb(b.length), b]);
};

/** The import section's entries: { module, field, kind, desc } (desc: the raw descriptor). */
export function parseImports(body) {
  let [count, p] = leb(body, 0);
  const list = [];
  const limits = () => {
    const flags = body[p++];
    [, p] = leb(body, p);
    if (flags & 1) [, p] = leb(body, p);
  };
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = leb(body, p);
    const module = body.subarray(p, p + len).toString('utf8');
    p += len;
    [len, p] = leb(body, p);
    const field = body.subarray(p, p + len).toString('utf8');
    p += len;
    const start = p;
    const kind = body[p++];
    if (kind === 0) [, p] = leb(body, p); // function: type index
    else if (kind === 1) {
      // table: one-byte reference type (funcref, externref), then limits
      if (body[p] !== 0x70 && body[p] !== 0x6f) throw new Error(`table import ${field}: unknown reference type`);
      p++;
      limits();
    } else if (kind === 2) limits(); // memory
    else if (kind === 3) p += 2; // global: one-byte value type, mutability
    else throw new Error(`import ${module} ${field}: kind ${kind} is not handled`);
    list.push({ module, field, kind, desc: body.subarray(start, p) });
  }
  if (p !== body.length) throw new Error('import section: bytes left over');
  return list;
}

export function encodeImports(list) {
  return Buffer.concat([uleb(list.length), ...list.flatMap((i) => [name(i.module), name(i.field), i.desc])]);
}

export function encodeExports(list) {
  return Buffer.concat([uleb(list.length), ...list.flatMap((e) => [name(e.name), Buffer.from([e.kind]), uleb(e.index)])]);
}

// The order sections must appear in (custom sections aside).
const ORDER = [1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11];

/** A module from sections; known sections are put in their required order. */
export function assemble(list) {
  const known = list.filter((s) => s.id !== 0).sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
  const custom = list.filter((s) => s.id === 0);
  return Buffer.concat([
    Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    ...[...known, ...custom].flatMap((s) => [Buffer.from([s.id]), uleb(s.body.length), s.body]),
  ]);
}
