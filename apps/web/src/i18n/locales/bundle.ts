/** The namespaces of one language, by name, from Vite's glob of its JSON files. */
export type LanguageBundle = Record<string, Record<string, unknown>>;

/** Turns `{ './en/common.json': { default: {...} } }` into `{ common: {...} }`. */
export function bundle(modules: Record<string, unknown>): LanguageBundle {
  const namespaces: LanguageBundle = {};
  for (const [path, module] of Object.entries(modules)) {
    const match = /\/([\w-]+)\.json$/.exec(path);
    if (match?.[1]) namespaces[match[1]] = (module as { default: Record<string, unknown> }).default;
  }
  return namespaces;
}
