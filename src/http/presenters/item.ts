import {
  guidePath, handlingOf, itemTypeLabel, ONLINE_DEPTHS, speedUpRate, type ItemContent, type ItemVersion, type Step,
} from '../../core/catalog/index.js';
import { errorMessage, fieldMessage, type DomainError, type Lang } from '../../core/errors.js';
import { licenseOfItem } from '../../core/licenses/index.js';
import type { Department } from '../../core/organization/types.js';
import type { NamedVersion } from '../../services/catalog/read-items.js';
import type { MaterialSample } from '../../store/repositories/material-sample-repository.js';

type Names = ReadonlyMap<string, Department>;

const ref = (names: Names, id: string) => ({ id, name: names.get(id)?.name ?? '' });

function timeFigures(content: ItemContent) {
  return { handling: handlingOf(content.promisedDays), speedUpRate: speedUpRate(content.statutoryDays, content.promisedDays) };
}

/** One version for admins: the content as written, and where the version stands. */
export function presentVersion({ version, departments }: Pick<NamedVersion, 'version' | 'departments'>) {
  return {
    ...version.content, ...timeFigures(version.content),
    id: version.id, version: version.version, status: version.status, regionCode: version.regionCode, catchAll: version.catchAll,
    departmentName: departments.get(version.content.departmentId)?.name ?? '', createdAt: version.createdAt, createdBy: version.createdBy,
    updatedAt: version.updatedAt, publishedAt: version.publishedAt, retiredAt: version.retiredAt, supersededBy: version.supersededBy,
  };
}

/** A line of the version history. */
export function presentVersionSummary(v: ItemVersion) {
  return {
    id: v.id, version: v.version, status: v.status, name: v.content.name, createdAt: v.createdAt, createdBy: v.createdBy,
    publishedAt: v.publishedAt, retiredAt: v.retiredAt, supersededBy: v.supersededBy,
  };
}

/** A line of the public search. */
export function presentSummary(version: ItemVersion, names: Names) {
  const c = version.content;
  return {
    code: c.code, name: c.name, type: c.type, typeName: itemTypeLabel(c.type).zh, department: ref(names, c.departmentId),
    regionCode: version.regionCode, catchAll: version.catchAll, ...timeFigures(c), statutoryDays: c.statutoryDays,
    promisedDays: c.promisedDays, visits: c.visits, onlineDepth: c.onlineDepth, free: c.fees.length === 0,
  };
}

function presentStep(step: Step, names: Names) {
  return {
    key: step.key, name: step.name, kind: step.kind, workdays: step.workdays,
    department: step.departmentId ? ref(names, step.departmentId) : null,
    ...(step.role && { role: step.role }), ...(step.join && { join: step.join }),
    ...(step.absentMeansConsent !== undefined && { absentMeansConsent: step.absentMeansConsent }),
    ...(step.branches && { branches: step.branches.map((b) => ({ department: ref(names, b.departmentId), role: b.role })) }),
  };
}

/** Where anyone downloads a material's sample or blank form, and what it is. */
function presentMaterialFile(file: MaterialSample | undefined) {
  if (!file) return undefined;
  const url = `/api/v1/items/${encodeURIComponent(file.itemCode)}/materials/${encodeURIComponent(file.materialCode)}/files/${file.kind}`;
  return { url, name: file.name, mime: file.mime, size: file.size };
}

/** Each material with its 示例样本 (`sample`) and 空白表格 (`blankForm`) when there are any. */
function presentMaterials(materials: ItemContent['materials'], files: readonly MaterialSample[]) {
  return materials.map((m) => {
    const of = (kind: MaterialSample['kind']) => presentMaterialFile(files.find((f) => f.materialCode === m.code && f.kind === kind));
    const sample = of('sample');
    const blankForm = of('blank_form');
    return { ...m, ...(sample && { sample }), ...(blankForm && { blankForm }) };
  });
}

/** 办事指南: the published version as an applicant reads it, with links to its QR code. */
export function presentGuide({ version, departments, regionName, materialFiles = [] }: NamedVersion) {
  const c = version.content;
  const path = `/api/v1/items/${encodeURIComponent(c.code)}`;
  return {
    ...c, ...presentSummary(version, departments), version: version.version, versionId: version.id, regionName,
    steps: c.steps.map((s) => presentStep(s, departments)), materials: presentMaterials(c.materials, materialFiles),
    onlineDepthName: ONLINE_DEPTHS.find((d) => d.level === c.onlineDepth)?.zh ?? '', license: licenseOfItem(c),
    guidePath: guidePath(c.code), qrCode: { svg: `${path}/qr.svg`, png: `${path}/qr.png` }, publishedAt: version.publishedAt,
  };
}

/** The 422 of a publish or import: the API.md error shape, and each reason with its code. */
export function presentRejection(error: DomainError, lang: Lang) {
  const reasons = error.fields.map((f) => ({ code: f.code, field: f.field, message: fieldMessage(f.code, lang, f.params) }));
  return {
    error: {
      code: error.code, message: errorMessage(error.code, lang, error.params),
      fields: reasons.map(({ field, message }) => ({ field, message })), reasons,
    },
  };
}
