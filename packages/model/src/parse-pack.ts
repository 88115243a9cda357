import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { checkMaturityModelIntegrity } from './integrity/maturity-model-integrity.js';
import { checkOperatingModelIntegrity } from './integrity/operating-model-integrity.js';
import { formatPath, PackValidationError, type PackProblem } from './problems.js';
import { maturityModelPackSchema, type MaturityModelPack } from './schema/maturity-model-pack.js';
import {
  operatingModelPackSchema,
  type OperatingModelPack,
} from './schema/operating-model-pack.js';

/** A validated model pack of either kind. */
export type ModelPack = MaturityModelPack | OperatingModelPack;

/** True when the pack is a maturity model (levels, dimensions, characteristics). */
export function isMaturityModelPack(pack: ModelPack): pack is MaturityModelPack {
  return pack.meta.kind === 'maturity-model';
}

/** True when the pack is an operating model (components and their recommendations). */
export function isOperatingModelPack(pack: ModelPack): pack is OperatingModelPack {
  return pack.meta.kind === 'operating-model';
}

/** Options of {@link parsePack}. */
export interface ParsePackOptions {
  /**
   * Check only the parts present: every top-level section becomes optional and the cross-reference
   * checks are skipped. For editing one file of a pack at a time; never for loading a pack to use.
   */
  partial?: boolean;
}

/** One file of a pack: its name (for messages) and its YAML or JSON text. */
export interface PackFile {
  name: string;
  text: string;
}

/**
 * Parses and validates a model pack from its files. A pack may be one file or several: the
 * top-level keys of all files are merged in the order given; a list-valued key may be split
 * across files (the lists are concatenated), any other key must appear in one file only.
 * Throws {@link PackValidationError} listing every problem found.
 */
export function parsePack(
  files: readonly PackFile[],
  label = 'pack',
  options: ParsePackOptions = {},
): ModelPack {
  const problems: PackProblem[] = [];
  const merged: Record<string, unknown> = {};
  const fileOfKey = new Map<string, string>();
  for (const file of files) {
    let doc: unknown;
    try {
      // Core schema: no timestamps or other implicit types beyond JSON's; duplicate keys are errors.
      doc = load(file.text, { schema: CORE_SCHEMA, filename: file.name });
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      const where = error.mark ? ` (line ${String(error.mark.line + 1)})` : '';
      problems.push({
        file: file.name,
        path: '(root)',
        message: `not valid YAML${where}: ${error.reason}`,
      });
      continue;
    }
    if (doc === null || doc === undefined) continue;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      problems.push({
        file: file.name,
        path: '(root)',
        message: 'a pack file must be a mapping of top-level keys',
      });
      continue;
    }
    for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
      const existing = merged[key];
      if (existing === undefined) {
        merged[key] = value;
        fileOfKey.set(key, file.name);
      } else if (Array.isArray(existing) && Array.isArray(value)) {
        merged[key] = [...(existing as unknown[]), ...(value as unknown[])];
        fileOfKey.set(key, `${fileOfKey.get(key) ?? ''}, ${file.name}`);
      } else {
        problems.push({
          file: file.name,
          path: key,
          message: `key "${key}" is already defined in ${fileOfKey.get(key) ?? 'another file'}`,
        });
      }
    }
  }
  if (problems.length > 0) throw new PackValidationError(label, problems);

  const kind = (merged.meta as { kind?: unknown } | undefined)?.kind;
  const fullSchema =
    kind === 'operating-model' ? operatingModelPackSchema : maturityModelPackSchema;
  const schema = options.partial ? fullSchema.partial() : fullSchema;
  const result = (schema as z.ZodType<ModelPack>).safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const top = issue.path[0];
      problems.push({
        path: formatPath(issue.path),
        message: issue.message,
        ...(typeof top === 'string' && fileOfKey.has(top) ? { file: fileOfKey.get(top) } : {}),
      });
    }
    throw new PackValidationError(label, problems);
  }
  const pack = result.data;
  if (options.partial) return pack;
  const integrity = isMaturityModelPack(pack)
    ? checkMaturityModelIntegrity(pack)
    : checkOperatingModelIntegrity(pack);
  if (integrity.length > 0) throw new PackValidationError(label, integrity);
  return pack;
}
