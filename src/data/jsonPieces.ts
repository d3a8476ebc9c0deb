/**
 * JSON.stringify(value) in pieces, for writing a large document without building it as one string: V8 puts a string
 * of more than about 128 KB in memory of its own, fresh from the system each time, and an agency's JSON is 300 KB.
 * Each array property of more than `batch` items is stringified `batch` items at a time. The pieces joined are
 * exactly JSON.stringify(value) for a plain object without toJSON.
 */
export function* jsonPieces(value: object, batch = 32): Generator<string> {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || Array.isArray(value)) {
    yield JSON.stringify(value);
    return;
  }
  let separator = '{';
  for (const key of Object.keys(value)) {
    const property = (value as Record<string, unknown>)[key];
    if (Array.isArray(property) && property.length > batch) {
      yield `${separator}${JSON.stringify(key)}:[`;
      for (let start = 0; start < property.length; start += batch) {
        const items = JSON.stringify(property.slice(start, start + batch));
        yield start === 0 ? items.slice(1, -1) : `,${items.slice(1, -1)}`;
      }
      yield ']';
    } else {
      const json = JSON.stringify(property);
      if (json === undefined) continue; // as JSON.stringify: no property for undefined, a function or a symbol
      yield `${separator}${JSON.stringify(key)}:${json}`;
    }
    separator = ',';
  }
  yield separator === '{' ? '{}' : '}';
}
