/**
 * datapackage.json for a downloaded dataset: a Frictionless Tabular Data Package (v1 profile, read by the v1
 * and v2 tools alike) with one Tabular Data Resource per CSV file, its Table Schema (tableSchema.ts), the licence
 * and the source documents. `TabularDataPackage` is the spec's required structure as a zod schema, written from
 * the spec text (specs.frictionlessdata.io: data-package, tabular-data-package, tabular-data-resource,
 * table-schema, csv-dialect); the build checks every descriptor against it before writing.
 */
import { z } from 'zod';
import { DATA_LICENSE } from './figureFiles.ts';
import type { Source } from '../data/output.ts';
import type { Table } from './dataset.ts';
import { tableSchema } from './tableSchema.ts';

/** The data's licence: the transcription and derived figures; the reports themselves are public information. */
/** Beyond this many documents, the descriptor points to sumber.csv instead of listing each. */
export const MAX_LISTED_SOURCES = 50;

export interface PackageOptions {
  /** Lower-case package name: `kinerja-terbuka` or `kinerja-terbuka-dinsos-mojokerto`. */
  name: string;
  title: string;
  description: string;
  /** Absolute URL of the page that describes the package. */
  homepage: string;
  tables: readonly Table[];
  /** The source documents; when there are more than MAX_LISTED_SOURCES, the first ones suffice with `documentCount`. */
  documents: readonly Source[];
  documentCount?: number;
}

export function dataPackageDescriptor(options: PackageOptions) {
  const count = options.documentCount ?? options.documents.length;
  const sources =
    count <= MAX_LISTED_SOURCES
      ? options.documents.map((source) => ({ title: source.judul, ...(source.tautan ? { path: source.tautan } : {}) }))
      : [{ title: `${count} laporan LAKIP/LKjIP perangkat daerah; daftar lengkap di sumber.csv`, path: 'sumber.csv' }];
  return {
    profile: 'tabular-data-package' as const,
    name: options.name,
    title: options.title,
    description: options.description,
    homepage: options.homepage,
    version: '1.0.0',
    keywords: ['kinerja', 'anggaran', 'LAKIP', 'LKjIP', 'perangkat daerah', 'Indonesia'],
    licenses: [{ ...DATA_LICENSE }],
    sources,
    resources: options.tables.map((table) => ({
      profile: 'tabular-data-resource' as const,
      name: table.kind,
      path: table.file,
      title: table.file,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(table.kind, table.extraColumns),
    })),
  };
}
export type DataPackageDescriptor = ReturnType<typeof dataPackageDescriptor>;

// ——— The spec as zod ———

/** `name` of a package or resource: lower-case letters, digits, `-`, `_`, `.`, `/`. */
const NAME = /^([-a-z0-9._/])+$/;
const url = z.string().regex(/^https?:\/\/\S+$/, 'URL penuh http(s)');
/** A path is a URL or a relative POSIX path that neither starts with `/` nor climbs with `..` (spec: security). */
const pathOrUrl = z.union([
  url,
  z
    .string()
    .min(1)
    .refine((path) => !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\'), 'path relatif tanpa / di depan dan tanpa ..'),
]);
const stringOrList = z.union([z.string(), z.array(z.string()).min(1)]);
const list = (value: string | string[]) => (typeof value === 'string' ? [value] : value);

const License = z
  .object({ name: z.string().optional(), path: pathOrUrl.optional(), title: z.string().optional() })
  .refine((license) => license.name !== undefined || license.path !== undefined, 'license harus punya name atau path');
const PackageSource = z.object({ title: z.string().min(1), path: pathOrUrl.optional(), email: z.string().optional() });

const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;
const Constraints = z.object({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(0).optional(),
  minimum: z.union([z.number(), z.string()]).optional(),
  maximum: z.union([z.number(), z.string()]).optional(),
  pattern: z.string().optional(),
  enum: z.array(z.unknown()).min(1).optional(),
});
const Field = z.object({
  name: z.string().min(1),
  type: z.enum(FIELD_TYPES).optional(),
  format: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  constraints: Constraints.optional(),
  trueValues: z.array(z.string()).min(1).optional(),
  falseValues: z.array(z.string()).min(1).optional(),
});
const ForeignKey = z.object({ fields: stringOrList, reference: z.object({ resource: z.string(), fields: stringOrList }) });
export const TableSchemaSpec = z
  .object({
    fields: z.array(Field).min(1),
    missingValues: z.array(z.string()).optional(),
    primaryKey: stringOrList.optional(),
    foreignKeys: z.array(ForeignKey).optional(),
  })
  .superRefine((schema, ctx) => {
    const names = schema.fields.map((field) => field.name);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'nama field harus unik' });
    for (const key of schema.primaryKey ? list(schema.primaryKey) : []) {
      if (!names.includes(key)) ctx.addIssue({ code: 'custom', path: ['primaryKey'], message: `primaryKey ${key} bukan field` });
    }
    for (const foreign of schema.foreignKeys ?? []) {
      if (list(foreign.fields).length !== list(foreign.reference.fields).length)
        ctx.addIssue({ code: 'custom', path: ['foreignKeys'], message: 'jumlah fields foreignKey dan reference berbeda' });
      for (const key of list(foreign.fields))
        if (!names.includes(key)) ctx.addIssue({ code: 'custom', path: ['foreignKeys'], message: `foreignKey ${key} bukan field` });
    }
    for (const field of schema.fields) {
      if ((field.trueValues || field.falseValues) && field.type !== 'boolean')
        ctx.addIssue({ code: 'custom', message: `${field.name}: trueValues/falseValues hanya untuk boolean` });
    }
  });
const CsvDialect = z.object({
  delimiter: z.string().length(1).optional(),
  lineTerminator: z.string().optional(),
  quoteChar: z.string().length(1).optional(),
  doubleQuote: z.boolean().optional(),
  escapeChar: z.string().length(1).optional(),
  nullSequence: z.string().optional(),
  skipInitialSpace: z.boolean().optional(),
  header: z.boolean().optional(),
  commentChar: z.string().length(1).optional(),
  caseSensitiveHeader: z.boolean().optional(),
  csvddfVersion: z.number().optional(),
});
const TabularDataResource = z
  .object({
    profile: z.literal('tabular-data-resource'),
    name: z.string().regex(NAME),
    path: z.union([pathOrUrl, z.array(pathOrUrl).min(1)]).optional(),
    data: z.array(z.unknown()).optional(),
    schema: TableSchemaSpec,
    dialect: CsvDialect.optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    format: z.string().optional(),
    mediatype: z
      .string()
      .regex(/^(.+)\/(.+)$/)
      .optional(),
    encoding: z.string().optional(),
    bytes: z.number().int().min(0).optional(),
    hash: z
      .string()
      .regex(/^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$/)
      .optional(),
    licenses: z.array(License).min(1).optional(),
    sources: z.array(PackageSource).optional(),
  })
  .refine((resource) => (resource.path === undefined) !== (resource.data === undefined), 'resource harus punya tepat satu dari path atau data');

export const TabularDataPackage = z
  .object({
    profile: z.literal('tabular-data-package'),
    name: z.string().regex(NAME).optional(),
    id: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    homepage: url.optional(),
    version: z.string().optional(),
    created: z.iso.datetime({ offset: true }).optional(),
    keywords: z.array(z.string()).min(1).optional(),
    image: pathOrUrl.optional(),
    licenses: z.array(License).min(1).optional(),
    sources: z.array(PackageSource).optional(),
    contributors: z.array(z.object({ title: z.string(), path: pathOrUrl.optional(), email: z.string().optional(), role: z.string().optional() })).optional(),
    resources: z.array(TabularDataResource).min(1),
  })
  .superRefine((pkg, ctx) => {
    const names = pkg.resources.map((resource) => resource.name);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', path: ['resources'], message: 'nama resource harus unik' });
    const byName = new Map(pkg.resources.map((resource) => [resource.name, resource]));
    pkg.resources.forEach((resource, index) => {
      for (const foreign of resource.schema.foreignKeys ?? []) {
        const target = foreign.reference.resource === '' ? resource : byName.get(foreign.reference.resource);
        if (!target) {
          ctx.addIssue({ code: 'custom', path: ['resources', index, 'schema', 'foreignKeys'], message: `resource ${foreign.reference.resource} tidak ada` });
          continue;
        }
        const targetFields = target.schema.fields.map((field) => field.name);
        for (const key of list(foreign.reference.fields)) {
          if (!targetFields.includes(key))
            ctx.addIssue({ code: 'custom', path: ['resources', index, 'schema', 'foreignKeys'], message: `${foreign.reference.resource}.${key} bukan field` });
        }
      }
    });
  });
