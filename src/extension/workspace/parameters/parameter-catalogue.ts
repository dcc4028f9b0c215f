/** The catalogue of custom parameter types as the form-settings screen shows it. */
import { PARAMETER_TYPES } from '../../common/parameters/parameter-types';

export {
  APP_CODE_PATTERN,
  CURRENCY_CODE_PATTERN,
  ENUM_ITEM_CODE_MAX,
  ENUM_ITEMS_MAX,
  isParameterType,
  PARAMETER_CODE_MAX,
  PARAMETER_CODE_PATTERN,
  PARAMETER_DEFINITIONS_MAX,
  PARAMETER_NAME_MAX,
  PARAMETER_TYPES,
  RESERVED_PARAMETER_CODES,
} from '../../common/parameters/parameter-types';

export function parameterTypeLabel(type: string): string {
  return PARAMETER_TYPES.find((entry) => entry.type === type)?.label ?? type;
}
