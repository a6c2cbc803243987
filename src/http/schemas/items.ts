import { Type, type TSchema } from '@sinclair/typebox';
import {
  CatalogFileSchema, FeeSchema, FormFieldSchema, ITEM_STATUSES, ItemCodeSchema, ItemInputSchema, ItemTypeSchema, LegalBasisSchema, MaterialSpecSchema,
} from '../../core/catalog/index.js';
import { Id } from './common.js';

/** Items (事项) and guides (办事指南). Item content schemas live in core/catalog, shared with the web. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Status = Type.Union(ITEM_STATUSES.map((s) => Type.Literal(s)));
const Handling = Type.Union([Type.Literal('instant'), Type.Literal('promised')], { description: '即办件 (promisedDays 0) or 承诺件' });
const SpeedUpRate = Nullable(Type.Number({ description: '承诺提速率 = (statutory − promised) / statutory; null when statutory is 0' }));
const DepartmentRef = Type.Object({ id: Type.String(), name: Type.String() });

export const ItemInput = ItemInputSchema;
export const CodeParams = Type.Object({ code: ItemCodeSchema });
export const VersionParams = Type.Object({ code: ItemCodeSchema, version: Type.Integer({ minimum: 1 }) });
export const VersionIdParams = Type.Object({ id: Id });
const Paging = { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })), offset: Type.Optional(Type.Integer({ minimum: 0 })) };

/** One version as admins see it: the content as written, plus where the version stands. */
export const ItemVersionView = Type.Object({
  ...ItemInputSchema.properties,
  id: Type.String({ description: 'itemVersionId: what a case keeps' }), version: Type.Integer(), status: Status,
  regionCode: Type.String(), catchAll: Type.Boolean(), departmentName: Type.String(), handling: Handling, speedUpRate: SpeedUpRate,
  createdAt: Type.String(), createdBy: Nullable(Type.String()), updatedAt: Type.String(),
  publishedAt: Nullable(Type.String()), retiredAt: Nullable(Type.String()), supersededBy: Nullable(Type.String({ description: 'id of the version that replaced this one' })),
});

const MaterialFileRef = Type.Object({
  url: Type.String({ description: 'GET it to download' }), name: Type.String(), mime: Type.String({ description: 'detected from the content' }), size: Type.Integer(),
});
/** A material as the guide shows it: the spec, with its sample (示例样本) and blank form (空白表格) when uploaded. */
const GuideMaterial = Type.Object({
  ...MaterialSpecSchema.properties, sample: Type.Optional(MaterialFileRef), blankForm: Type.Optional(MaterialFileRef),
});

const GuideBranch = Type.Object({ department: DepartmentRef, role: Type.String() });
const GuideStep = Type.Object({
  key: Type.String(), name: Type.String(), kind: Type.String(), workdays: Type.Integer(),
  department: Nullable(DepartmentRef), role: Type.Optional(Type.String()), join: Type.Optional(Type.String()),
  absentMeansConsent: Type.Optional(Type.Boolean()), branches: Type.Optional(Type.Array(GuideBranch)),
});

const SummaryFields = {
  code: Type.String(), name: Type.String(), type: ItemTypeSchema, typeName: Type.String(), department: DepartmentRef,
  regionCode: Type.String(), catchAll: Type.Boolean(), handling: Handling, statutoryDays: Type.Integer(), promisedDays: Type.Integer(),
  speedUpRate: SpeedUpRate, visits: Type.Integer(), onlineDepth: Type.Integer(), free: Type.Boolean(),
};

/** A line of the public search. */
export const GuideSummary = Type.Object(SummaryFields);
export const GuideQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 50, description: 'name, code, keyword or department name' })),
  departmentId: Type.Optional(Id), type: Type.Optional(ItemTypeSchema),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}(\\d{3})?$' })),
  zeroVisit: Type.Optional(Type.Boolean({ description: '零跑动 only' })), online: Type.Optional(Type.Boolean({ description: '可网办 (online acceptance or better) only' })),
  ...Paging,
});
export const GuideList = Type.Object({ items: Type.Array(GuideSummary), total: Type.Integer() });

/** 办事指南: everything an applicant needs, from the published version. */
export const Guide = Type.Object({
  ...SummaryFields,
  catalogCode: Type.Optional(Type.String()), version: Type.Integer(), versionId: Type.String(), regionName: Nullable(Type.String()),
  keywords: Type.Array(Type.String()), applicantTypes: Type.Array(Type.String()), conditions: Type.Array(Type.String()),
  legalBasis: Type.Array(LegalBasisSchema), materials: Type.Array(GuideMaterial), form: Type.Array(FormFieldSchema),
  steps: Type.Array(GuideStep), fees: Type.Array(FeeSchema), feeNote: Type.Optional(Type.String()),
  onlineDepthName: Type.String(), commitmentAllowed: Type.Boolean(), correctionDays: Type.Integer(),
  license: Type.Object({
    name: Type.String({ description: 'the license a grant issues (证照名称)' }), validYears: Type.Integer({ description: 'years it is valid from issue' }),
  }),
  contactPhone: Type.Optional(Type.String()), complaintPhone: Type.Optional(Type.String()), hallAddress: Type.Optional(Type.String()),
  hallHours: Type.Optional(Type.String()), onlineUrl: Type.Optional(Type.String()),
  guidePath: Type.String({ description: 'the public page of this guide' }), qrCode: Type.Object({ svg: Type.String(), png: Type.String() }),
  publishedAt: Nullable(Type.String()),
});

export const VersionSummary = Type.Object({
  id: Type.String(), version: Type.Integer(), status: Status, name: Type.String(), createdAt: Type.String(), createdBy: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()), retiredAt: Nullable(Type.String()), supersededBy: Nullable(Type.String()),
});
export const VersionList = Type.Object({ code: Type.String(), versions: Type.Array(VersionSummary) });

export const DiffQuery = Type.Object({ from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) });
export const Diff = Type.Object({
  code: Type.String(), from: Type.Integer(), to: Type.Integer(),
  changes: Type.Array(Type.Object({
    path: Type.String({ description: 'e.g. promisedDays, materials[M01].required, steps[review].workdays' }),
    kind: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
    before: Type.Optional(Type.Unknown()), after: Type.Optional(Type.Unknown()),
  })),
});

export const ManagedQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 50 })), status: Type.Optional(Status), departmentId: Type.Optional(Id),
  type: Type.Optional(ItemTypeSchema), ...Paging,
});
export const ManagedList = Type.Object({
  items: Type.Array(Type.Object({
    code: Type.String(), name: Type.String(), type: Type.String(), departmentId: Type.String(), departmentName: Type.String(),
    catchAll: Type.Boolean(), latestVersion: Type.Integer(), latestStatus: Status, publishedVersion: Nullable(Type.Integer()), updatedAt: Type.String(),
  })),
  total: Type.Integer(),
});

export const CreateCatchAll = Type.Object({
  departmentId: Id, code: Type.Optional(ItemCodeSchema), name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' })),
}, { additionalProperties: false });

/** 422 of a publish or import: the API.md error, plus each reason with its stable code. */
export const Rejection = Type.Object({
  error: Type.Object({
    code: Type.String(), message: Type.String(),
    fields: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    reasons: Type.Array(Type.Object({ code: Type.String(), field: Type.String(), message: Type.String() })),
  }),
});

export const CatalogFile = CatalogFileSchema;
export const ImportQuery = Type.Object({ publish: Type.Optional(Type.Boolean({ description: 'publish the entries exported as published (default true)' })) });
export const ImportWorkbook = Type.Object({
  file: Type.String({ minLength: 1, maxLength: 14_000_000, description: 'the .xlsx file, base64' }),
}, { additionalProperties: false });
export const ImportResult = Type.Object({
  created: Type.Array(Type.String()), updated: Type.Array(Type.String()), unchanged: Type.Array(Type.String()), published: Type.Array(Type.String()),
});
export const NationalExport = Type.Object({
  fields: Type.Array(Type.Object({ field: Type.String(), label: Type.String(), source: Type.String() })),
  records: Type.Array(Type.Record(Type.String(), Type.Unknown())),
});

/** A non-JSON 200 (an image, a workbook), declared with its media type for the OpenAPI document. */
export function binary(mediaType: string, description: string) {
  return Type.Unsafe<string>({ description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } });
}
