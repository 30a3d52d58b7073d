/** A read done on first use and remembered; a read that throws is tried again next time. */
export function once<T>(read: () => T): () => T {
  let value: { readonly is: T } | null = null;
  return () => {
    value ??= { is: read() };
    return value.is;
  };
}
