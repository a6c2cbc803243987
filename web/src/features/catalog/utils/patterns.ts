import { FormFieldSchema, ItemCodeSchema, ItemInputSchema, MaterialSpecSchema, StepSchema } from '@core/catalog/item-schema';

const regex = (pattern: string | undefined) => new RegExp(pattern ?? '[\\s\\S]*');

/** The editor checks codes, keys and phones with the very patterns of the server's schema (core/catalog). */
export const PATTERNS = {
  itemCode: regex(ItemCodeSchema.pattern),
  materialCode: regex(MaterialSpecSchema.properties.code.pattern),
  formKey: regex(FormFieldSchema.properties.key.pattern),
  stepKey: regex(StepSchema.properties.key.pattern),
  phone: regex(ItemInputSchema.properties.contactPhone.pattern),
  url: regex(ItemInputSchema.properties.onlineUrl.pattern),
};
