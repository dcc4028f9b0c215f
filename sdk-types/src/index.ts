/**
 * `@elma365/sdk-types`: the ELMA365 platform contract an extension is written against, under the
 * SDK's own names, plus the host services (`host`) the SDK has no single name for.
 * Types and enums only.
 */
export * from './types';
export * from './items';
export * from './users';
export * from './processes';
export * from './lines';
export * from './host';
