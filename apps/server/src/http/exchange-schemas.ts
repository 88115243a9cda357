import { assessmentMethods, respondentSources } from '@citymaturity/core';
import { z } from 'zod';
import { assessmentDetailSchema } from './schemas.js';

// Request and response schemas of the exchange area: diagnostic forms, imports, open data, backup.

const localized = z.object({ zh: z.string(), en: z.string() });

export const formLanguageQuery = z.object({ lang: z.enum(['zh', 'en']).optional() });

export const modelFormParams = z.object({ packId: z.string().regex(/^[a-z0-9-]{1,40}$/) });

/** A problem of a filled form, placed by file, sheet, row and column. */
export const formProblemSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    file: z.string(),
    sheet: z.string().optional(),
    row: z.number().int().optional(),
    column: z.string().optional(),
    cell: z.string().optional(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: localized,
  })
  .meta({
    id: 'FormProblem',
    description: 'A problem of a filled diagnostic form: file, sheet, row, column, what is wrong',
  });

/** A problem of an exchange-format document, placed by path (and line, for text). */
export const documentProblemSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    path: z.string(),
    line: z.number().int().optional(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: localized,
  })
  .meta({ id: 'DocumentProblem' });

/** The error of an import refused for its content: every problem found. */
export const importErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      errors: z.number().int().optional(),
      problems: z.array(z.union([formProblemSchema, documentProblemSchema])).optional(),
    }),
  })
  .meta({ id: 'ImportError', description: 'An import refused: every problem, nothing stored' });

export const importedFormsSchema = z.object({
  respondents: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      group: z.string().nullable(),
      file: z.string(),
      answered: z.number().int(),
      /** `paper-form`; the team response of a single-stakeholder assessment keeps its own source. */
      source: z.enum(respondentSources),
    }),
  ),
  warnings: z.array(formProblemSchema),
});

const multipartNote =
  'multipart/form-data with one part named `files` per filled form (.xlsx made by CityMaturity, each one respondent; at most 20 files of 2 MB).';

/**
 * The methods an imported assessment (from forms or a document) may have: those the platform runs.
 * Error messages list its options, so that they name exactly what is accepted.
 */
export const importableMethodSchema = z.enum(assessmentMethods);

/** The text fields of a new assessment started from forms (sent as multipart fields). */
export const formsAssessmentFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  method: importableMethodSchema.optional(),
  date: z.iso.date().optional(),
});

export const formsBodyDescription = multipartNote;

export const startedFromFormsSchema = z.object({
  assessment: assessmentDetailSchema,
  warnings: z.array(formProblemSchema),
});

/** An exchange-format document: the JSON object itself, or its YAML or JSON text. */
export const exchangeImportBodySchema = z.strictObject({
  document: z
    .union([
      z
        .string()
        .min(1)
        .max(2 * 1024 * 1024),
      z.record(z.string(), z.unknown()),
    ])
    .meta({
      description:
        'The citymaturity/assessment@1 document as a JSON object, or as YAML or JSON text',
    }),
});

export const exchangeImportedSchema = z.object({
  assessment: assessmentDetailSchema,
  warnings: z.array(documentProblemSchema),
});

export const backupQuery = z.object({
  includeCredentials: z.enum(['true', 'false']).optional(),
});
